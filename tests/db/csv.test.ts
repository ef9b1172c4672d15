// The seed's reference files (budget units, public holidays) as csv-parse reads them: what an RFC 4180 file saved by
// Excel or a text editor may hold.
import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../../db/src/seed/csv';

describe('the seed CSV reader', () => {
  it('reads Thai text, quoted commas, doubled quotes and line breaks inside quotes, over CRLF lines', () => {
    const text =
      'code,name_th,name_en\r\nD15,"สำนักวัฒนธรรม กีฬา และการท่องเที่ยว","Culture, Sports and Tourism"\r\nX01,"เขต ""ทดลอง""","say ""hi""\r\nthere"\r\n';
    expect(parseCsvRecords(text)).toEqual([
      { code: 'D15', name_th: 'สำนักวัฒนธรรม กีฬา และการท่องเที่ยว', name_en: 'Culture, Sports and Tourism' },
      { code: 'X01', name_th: 'เขต "ทดลอง"', name_en: 'say "hi"\r\nthere' },
    ]);
  });

  it('drops a byte-order mark before the header, keeps empty fields and skips blank lines', () => {
    expect(parseCsvRecords('\ufeffa,b,c\n1,,3\n\n4,5,6\n\n')).toEqual([
      { a: '1', b: '', c: '3' },
      { a: '4', b: '5', c: '6' },
    ]);
  });

  it('refuses a row with the wrong number of fields, naming its line', () => {
    expect(() => parseCsvRecords('a,b\n1,2,3\n')).toThrow(/line 2/);
  });

  it('refuses a quote that is never closed', () => {
    expect(() => parseCsvRecords('a,b\n"1,2\n')).toThrow();
  });
});
