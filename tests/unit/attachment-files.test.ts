// Attachments are typed by their first bytes, not by what the browser claims, and their names are only names.
import { describe, expect, it } from 'vitest';
import { MAX_FILE_NAME_LENGTH, isUtf8Text, sanitizeFileName, sniffAttachmentKind } from '@bmrts/shared';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('sniffAttachmentKind', () => {
  it('recognises PDF and images by their signatures whatever the name says', () => {
    expect(sniffAttachmentKind(bytes('%PDF-1.7\n'), 'บันทึกข้อความ.pdf')).toBe('pdf');
    expect(sniffAttachmentKind(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), 'photo.jpg')).toBe('png');
    expect(sniffAttachmentKind(bytes([0xff, 0xd8, 0xff, 0xe0]), 'scan')).toBe('jpeg');
    expect(sniffAttachmentKind(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '), 'x.webp')).toBe('webp');
  });

  it('accepts ZIP and OLE containers only when the name says spreadsheet', () => {
    const zip = bytes([0x50, 0x4b, 0x03, 0x04, 20, 0]);
    expect(sniffAttachmentKind(zip, 'แผนการใช้จ่าย.XLSX')).toBe('xlsx');
    expect(sniffAttachmentKind(zip, 'plan.ods')).toBe('ods');
    expect(sniffAttachmentKind(zip, 'letter.docx')).toBeNull();
    const ole = bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(sniffAttachmentKind(ole, 'table.xls')).toBe('xls');
    expect(sniffAttachmentKind(ole, 'letter.doc')).toBeNull();
  });

  it('accepts UTF-8 text named .csv, and nothing else without a signature', () => {
    expect(sniffAttachmentKind(bytes([0xef, 0xbb, 0xbf], 'รายการ,จำนวนเงิน\r\nค่าวัสดุ,1000\n'), 'lines.csv')).toBe('csv');
    expect(sniffAttachmentKind(bytes('a,b\n'), 'lines.txt')).toBeNull();
    expect(sniffAttachmentKind(bytes('MZ', [0x90, 0]), 'lines.csv')).toBeNull();
    expect(sniffAttachmentKind(bytes('<html><script>'), 'page.pdf')).toBeNull();
  });

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
