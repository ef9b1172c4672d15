// The one text rule of the API (shared boundedText): what it refuses, the one form it keeps, and how it words a refusal.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedText, describeIssues, isStorableText, storedText, surveyResponseBodySchema } from '@bmrts/shared';
import { anyText, expectedStored, storable } from '../support/stored-text';

const anyLength = boundedText(0, 100_000);

describe('the text rule', () => {
  it('refuses control characters other than tab, line feed and carriage return, and lone surrogates', () => {
    const refused = [
      '\u0000',
      '\u0001',
      '\u0008',
      '\u000b',
      '\u000e',
      '\u001b',
      '\u001f',
      '\u007f',
      '\u0080',
      '\u0085',
      '\u009f',
      '\ud800',
      '\udbff',
      '\udc00',
      '\udfff',
      'a\ud800b',
      '\udc00\ud800',
    ];
    for (const ch of refused) {
      const result = anyLength.safeParse(`ก${ch}ข`);
      expect(result.success, JSON.stringify(ch)).toBe(false);
      expect(result.error?.issues).toEqual([expect.objectContaining({ code: 'custom', message: 'text_unreadable', path: [] })]);
    }
  });

  it('keeps tabs, line breaks, paired surrogates, Thai marks and noncharacters as they are', () => {
    for (const text of ['ก\tข', 'บรรทัด 1\nบรรทัด 2', 'Windows\r\ntext', '😀 🙏🏽', 'น้ำ กุ้ง ฤๅษี', '\ufffe\uffff', 'ก\u200b\u2028ข']) {
      expect(anyLength.parse(text), JSON.stringify(text)).toBe(text);
    }
  });

  it('keeps text composed and trimmed, and measures the kept form in characters', () => {
    expect(anyLength.parse('  e\u0301  ')).toBe('\u00e9');
    expect(anyLength.parse('\fค่าจ้าง\u000b')).toBe('ค่าจ้าง');
    expect(boundedText(1, 1).parse('e\u0301')).toBe('\u00e9');
    expect(boundedText(3, 3).safeParse('😀😀').success).toBe(false);
    expect(boundedText(2, 2).parse('😀😀')).toBe('😀😀');
  });

  it('for any string, refuses it or keeps exactly its NFC, trimmed form, which the rule then keeps as it is', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = anyLength.safeParse(text);
        expect(result.success).toBe(storable(text));
        expect(isStorableText(storedText(text))).toBe(storable(text));
        if (!result.success) return;
        expect(result.data).toBe(expectedStored(text));
        expect(result.data.normalize('NFC')).toBe(result.data);
        expect(result.data.trim()).toBe(result.data);
        expect(anyLength.parse(result.data)).toBe(result.data);
      }),
      { numRuns: 2000, seed: 20_260_302 },
    );
  });

  it('words the refusal for a clerk, in Thai or English', () => {
    const issues = anyLength.safeParse('x\u0000y').error?.issues ?? [];
    expect(describeIssues(issues, 'th')).toEqual([
      { path: [], message: 'ข้อความมีอักขระควบคุมที่มองไม่เห็นหรืออักขระที่เสีย (มักติดมาจากการคัดลอกข้อความ) กรุณาลบส่วนนั้นแล้วพิมพ์ใหม่' },
    ]);
    expect(describeIssues(issues, 'en')[0]?.message).toBe(
      'The text holds invisible control characters or broken characters (often left by copying and pasting); please delete that part and type it again',
    );
  });

  it('gives the text reason for a survey answer, which may be a level or a text', () => {
    const result = surveyResponseBodySchema.safeParse({ answers: [{ questionId: 'suggestions', value: 'ดี\u0007มาก' }] });
    expect(describeIssues(result.error?.issues ?? [], 'en')).toEqual([
      { path: ['answers', 0, 'value'], message: expect.stringContaining('invisible control characters') },
    ]);
    const neither = surveyResponseBodySchema.safeParse({ answers: [{ questionId: 'suggestions', value: true }] });
    expect(describeIssues(neither.error?.issues ?? [], 'en')[0]?.message).not.toContain('control characters');
  });
});
