import { describe, expect, it } from 'vitest';
import { parseCsvRecords, parseCsvRows } from '../../db/src/seed/csv';

describe('the seed CSV reader', () => {
  it('reads quoted fields holding commas, doubled quotes and line breaks', () => {
    const text = 'code,name\r\nD15,"Culture, Sports and Tourism"\r\nX01,"say ""hi""\nthere"\r\n';
    expect(parseCsvRows(text)).toEqual([
      ['code', 'name'],
      ['D15', 'Culture, Sports and Tourism'],
      ['X01', 'say "hi"\nthere'],
    ]);
  });

  it('keys records by the header, keeps empty fields and skips blank lines', () => {
    expect(parseCsvRecords('\ufeffa,b,c\n1,,3\n\n')).toEqual([{ a: '1', b: '', c: '3' }]);
  });

  it('refuses a row with the wrong number of fields', () => {
    expect(() => parseCsvRecords('a,b\n1,2,3\n')).toThrow(/line 2/);
  });
});
