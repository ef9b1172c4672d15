// Attachments are typed by their bytes, not by what the browser claims, and their names are only names, ending as their kind's do.
import { describe, expect, it } from 'vitest';
import {
  AttachmentRefused,
  MAX_FILE_NAME_LENGTH,
  attachmentKindOf,
  classifyAttachment,
  isUtf8Text,
  sanitizeFileName,
  zipEntryNames,
} from '@bmrts/shared';
import { zipOf } from '../support/zip-entries';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

/** The kind, or the code of the refusal. */
function kindOr(bytes: Uint8Array, name: string): string {
  try {
    return attachmentKindOf(bytes, name);
  } catch (error) {
    if (error instanceof AttachmentRefused) return error.code;
    throw error;
  }
}

const OOXML_TYPES = { '[Content_Types].xml': '<Types/>' };

describe('attachmentKindOf', () => {
  it('recognises PDF and images by their signatures whatever the name says', () => {
    expect(attachmentKindOf(bytes('%PDF-1.7\n'), 'บันทึกข้อความ.pdf')).toBe('pdf');
    expect(attachmentKindOf(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), 'photo.jpg')).toBe('png');
    expect(attachmentKindOf(bytes([0xff, 0xd8, 0xff, 0xe0]), 'scan')).toBe('jpeg');
    expect(attachmentKindOf(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '), 'x.webp')).toBe('webp');
  });

  it('takes a ZIP for a spreadsheet only when it holds a workbook', () => {
    expect(kindOr(zipOf({ ...OOXML_TYPES, 'xl/workbook.xml': '<workbook/>' }), 'plan.zip')).toBe('xlsx');
    const ods = zipOf({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<office:document-content/>' });
    expect(kindOr(ods, 'plan.ods')).toBe('ods');
    expect(kindOr(bytes([0x50, 0x4b, 0x03, 0x04, 20, 0]), 'แผนการใช้จ่าย.XLSX')).toBe('attachment_not_a_spreadsheet');
    expect(kindOr(zipOf({ 'xl/workbook.xml': '<workbook/>' }), 'plan.xlsx')).toBe('attachment_not_a_spreadsheet');
    const text = zipOf({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<x/>' });
    expect(kindOr(text, 'plan.ods')).toBe('attachment_not_a_spreadsheet');
    expect(kindOr(zipOf({ ...OOXML_TYPES, 'word/document.xml': '<w/>' }), 'letter.docx')).toBe('attachment_type_not_allowed');
  });

  it('refuses a workbook with a VBA project or Excel 4 macro sheets', () => {
    const workbook = { ...OOXML_TYPES, 'xl/workbook.xml': '<workbook/>' };
    expect(kindOr(zipOf({ ...workbook, 'xl/vbaProject.bin': 'x' }), 'plan.xlsx')).toBe('attachment_has_macros');
    expect(kindOr(zipOf({ ...workbook, 'xl/macrosheets/sheet1.xml': '<x/>' }), 'plan.xlsx')).toBe('attachment_has_macros');
  });

  it('accepts an OLE container only when named .xls', () => {
    const ole = bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(kindOr(ole, 'table.xls')).toBe('xls');
    expect(kindOr(ole, 'letter.doc')).toBe('attachment_type_not_allowed');
  });

  it('accepts UTF-8 text named .csv, and nothing else without a signature', () => {
    expect(kindOr(bytes([0xef, 0xbb, 0xbf], 'รายการ,จำนวนเงิน\r\nค่าวัสดุ,1000\n'), 'lines.csv')).toBe('csv');
    expect(kindOr(bytes('a,b\n'), 'lines.txt')).toBe('attachment_type_not_allowed');
    expect(kindOr(bytes('MZ', [0x90, 0]), 'lines.csv')).toBe('attachment_type_not_allowed');
    expect(kindOr(bytes('<html><script>'), 'page.pdf')).toBe('attachment_type_not_allowed');
  });
});

describe('zipEntryNames', () => {
  it('lists the entries of a ZIP and gives up on one cut short', () => {
    const zip = zipOf({ 'a.txt': 'ก', 'โฟลเดอร์/b.xml': '<b/>' });
    expect(zipEntryNames(zip)).toEqual(['a.txt', 'โฟลเดอร์/b.xml']);
    expect(zipEntryNames(zip.subarray(0, zip.length - 1))).toBeNull();
    expect(zipEntryNames(bytes([0x50, 0x4b]))).toBeNull();
  });
});

describe('classifyAttachment', () => {
  const PDF = bytes('%PDF-1.7\n');

  it('refuses program, script and page names whatever the bytes, after cleaning the name', () => {
    for (const name of [
      'budget.bat',
      'setup.EXE',
      'a.hta',
      'b.html',
      'c.svg',
      'd.js',
      'e.xml',
      'f.xlsm',
      'invoice\u202Efdp.exe',
      'run.cmd.',
    ]) {
      expect(() => classifyAttachment(name, PDF), name).toThrow(expect.objectContaining({ code: 'attachment_name_not_allowed' }));
    }
  });

  it('names the file for its kind: kept, replaced or added', () => {
    expect(classifyAttachment('memo.PDF', PDF)).toEqual({
      kind: 'pdf',
      contentType: 'application/pdf',
      fileName: 'memo.PDF',
      renamedFrom: null,
    });
    expect(classifyAttachment('budget.doc', PDF)).toMatchObject({ fileName: 'budget.pdf', renamedFrom: 'budget.doc' });
    expect(classifyAttachment('บันทึก ฉบับที่ 2.1', PDF).fileName).toBe('บันทึก ฉบับที่ 2.1.pdf');
    expect(classifyAttachment('รูป.jpeg', bytes([0xff, 0xd8, 0xff, 0xe0])).renamedFrom).toBeNull();
    const long = classifyAttachment(`${'ก'.repeat(MAX_FILE_NAME_LENGTH)}`, PDF).fileName;
    expect([...long]).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(long.endsWith('ก.pdf')).toBe(true);
  });
});

describe('isUtf8Text', () => {
  it('tells well-formed UTF-8 text from binary', () => {
    expect(isUtf8Text(bytes('ไทย and English\t1\n'))).toBe(true);
    expect(isUtf8Text(bytes([0xe0, 0xb8]))).toBe(false); // cut short
    expect(isUtf8Text(bytes([0xc0, 0xaf]))).toBe(false); // overlong "/"
    expect(isUtf8Text(bytes([0xed, 0xa0, 0x80]))).toBe(false); // a surrogate
    expect(isUtf8Text(bytes([0x00]))).toBe(false);
  });
});

describe('sanitizeFileName', () => {
  it('keeps only the last path segment', () => {
    expect(sanitizeFileName('C:\\fakepath\\ใบเสนอราคา.pdf')).toBe('ใบเสนอราคา.pdf');
    expect(sanitizeFileName('../../etc/passwd')).toBe('passwd');
  });

  it('drops control and direction-changing characters and leading dots', () => {
    expect(sanitizeFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(sanitizeFileName('..hidden\u0000name.csv')).toBe('hiddenname.csv');
    expect(sanitizeFileName('a"b<c>.pdf')).toBe('abc.pdf');
  });

  it('drops lone surrogates, which could not be stored as written, and keeps the name composed', () => {
    expect(sanitizeFileName('ใบ\ud800เสนอ\udc00.pdf')).toBe('ใบเสนอ.pdf');
    expect(sanitizeFileName('😀 cafe\u0301.pdf')).toBe('😀 caf\u00e9.pdf');
  });

  it('falls back to a plain name when nothing is left', () => {
    expect(sanitizeFileName('../')).toBe('attachment');
    expect(sanitizeFileName('   ')).toBe('attachment');
  });

  it('bounds the length and keeps the extension', () => {
    const long = `${'ก'.repeat(300)}.xlsx`;
    const name = sanitizeFileName(long);
    expect([...name]).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(name.endsWith('.xlsx')).toBe(true);
  });
});
