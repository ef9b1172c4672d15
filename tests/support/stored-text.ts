// Arbitrary text for the stored-text properties, and what the API should make of it — worked out here on its own terms
// (Unicode categories), not with the shared rule it checks.
import fc from 'fast-check';
import { expect } from 'vitest';
import type { TestApp } from './test-app';
import { call, type ApiResult } from './http-client';

/** Any UTF-16 code unit: lone surrogate halves included, which fast-check's code-point units never produce. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));

/** Characters where text goes wrong: controls, line ends, surrogate halves, Thai marks, combining accents, odd spaces. */
const tricky = fc.constantFrom(
  '\u0000',
  '\u0001',
  '\t',
  '\n',
  '\r',
  '\u000b',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u009f',
  '\ud800',
  '\udbff',
  '\udc00',
  '\udfff',
  'e',
  '\u0301',
  'A',
  '\u030a',
  'ก',
  'ุ',
  '่',
  'ำ',
  '\u0e4d',
  '\u0e32',
  'ฤ',
  '\u00a0',
  '\u2028',
  '\u200b',
  '\ufeff',
  ' ',
  '\ufffe',
  '\uffff',
  '😀',
  '\ud83d\ude00',
  'ﬁ',
  '\u1e9b\u0323',
  '\u0958',
  '\u212b',
);

/** Short strings of every kind: whole code points, raw code units, the tricky ones, printable graphemes. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.string({ unit: codeUnit, maxLength: 24 }),
  fc.string({ unit: tricky, maxLength: 24 }),
  fc.string({ unit: 'grapheme', maxLength: 24 }),
);

/** Control characters other than tab, line feed and carriage return, or a lone surrogate (\p{Cs} under /u). */
const NOT_STORABLE = /[^\P{Cc}\t\n\r]|\p{Cs}/u;

/** The string the API should keep for `text`: composed (NFC) and trimmed. */
export const expectedStored = (text: string): string => text.normalize('NFC').trim();

/** Whether the API may keep `text`: its stored form (a form feed trimmed off the end is no fault) holds nothing unstorable. */
export const storable = (text: string): boolean => !NOT_STORABLE.test(expectedStored(text));

/** Whether a text field bounded to [min, max] characters (code points, as zod counts them) should take `text`. */
export const fits = (text: string, min: number, max: number): boolean => {
  const length = [...expectedStored(text)].length;
  return storable(text) && length >= min && length <= max;
};

/** A refusal of text: 400 validation_failed, and the Thai reason named for the unstorable text when that was the fault. */
export function expectTextRefusal(res: ApiResult, text: string): void {
  expect(res.status, JSON.stringify(res.body)).toBe(400);
  expect(res.body.error.code).toBe('validation_failed');
  if (!storable(text)) expect(res.body.error.issues.map((i: { message: string }) => i.message)).toContain(TEXT_REFUSAL_TH);
}

export const TEXT_REFUSAL_TH = 'ข้อความมีอักขระควบคุมที่มองไม่เห็นหรืออักขระที่เสีย (มักติดมาจากการคัดลอกข้อความ) กรุณาลบส่วนนั้นแล้วพิมพ์ใหม่';

/** Every hash chain (each request's events, the audit log) verifies, as the admin page's check reports it. */
export async function everyChainVerifies(t: TestApp, adminCookie: string): Promise<void> {
  const res = await call(t, 'GET', '/api/admin/history/verify', { cookie: adminCookie });
  expect(res.status).toBe(200);
  expect(res.body.broken).toEqual([]);
  expect(res.body.ok).toBe(true);
}

/** Runs per property: enough to meet every kind of string, few enough that each engine's pass stays in seconds. */
export const RUNS = Number(process.env.STORED_TEXT_RUNS ?? 30);
export const SEED = Number(process.env.STORED_TEXT_SEED ?? 20_260_302);
