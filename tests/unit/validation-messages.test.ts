// Every way a person's input can fail a shared schema is said in words: the field named as the form names it and what
// to do, in Thai and in English, never zod's own text, a type name or a code value.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { en as zodEn, th as zodTh } from 'zod/locales';
import * as shared from '@bmrts/shared';
import { FIELD_LABELS, MAX_SATANG, describeIssue, describeIssues, fieldLabelOf, requestContentSchema } from '@bmrts/shared';
import type { Lang } from '@bmrts/shared';
import { codeValues, wrongValues } from '../support/schema-failures';

/** The schemas that read what people send: request bodies, queries and path parameters, and the few named otherwise. */
const INPUT_SCHEMA =
  /(Body|Query|Params)Schema$|^(requestContentSchema|levelTargetsSchema|importMappingSchema|importUploadSchema|attachmentUploadSchema)$/;
const inputSchemas: [string, z.ZodType][] = Object.entries(shared).flatMap(([name, value]: [string, unknown]) =>
  INPUT_SCHEMA.test(name) && value instanceof z.ZodType ? [[name, value] as [string, z.ZodType]] : [],
);

const ZOD_WORDING = [
  /Too (small|big)/i,
  /Invalid (input|option|string|key|element|type)/i,
  /Unrecognized key/i,
  /\bexpected\b/i,
  /\breceived\b/i,
  /[<>]=?\s*\d/,
  /ควรเป็น|ควรมี|น้อยกว่ากำหนด|มากกว่ากำหนด|ข้อมูลไม่ถูกต้อง:|ประเภท(ข้อมูล)?ไม่ถูกต้อง/,
];
const TYPE_NAMES =
  /\b(string|boolean|enum|array|object|undefined|null|bigint|int|NaN|record|literal|union|uuid|regex|datetime|iso|safeint)\b/i;
/** Latin text a Thai message may show: the examples of how to write a field, which are data, not English. */
const EXAMPLES = [...Object.values(FIELD_LABELS).flatMap((label) => (label.example ? [label.example] : [])), 'https://', 'http://'];
/** "number" is a type name, and also plain English ("whole number", "order number"): a Thai message has no Latin at all. */
const withoutExamples = (message: string) => EXAMPLES.reduce((m, e) => m.split(e).join(' '), message);

interface Finding {
  schema: string;
  input: string;
  path: string;
  lang: Lang;
  message: string;
  problem: string;
}

function problemsOf(message: string, lang: Lang, issue: z.core.$ZodIssue, codes: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const zodSaid = [zodTh().localeError, zodEn().localeError].map((say) => {
    const said = say(issue as unknown as z.core.$ZodRawIssue);
    return typeof said === 'string' ? said : said?.message;
  });
  if (zodSaid.includes(message) || message === issue.message) problems.push('zod’s own text');
  if (ZOD_WORDING.some((p) => p.test(message))) problems.push('zod’s wording');
  if (TYPE_NAMES.test(message)) problems.push('a type name');
  if (/["|]/.test(message)) problems.push('a quoted list');
  const tokens = withoutExamples(message).match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? [];
  const code = tokens.find((t) => codes.has(t) && (/[_A-Z0-9]/.test(t.slice(1)) || lang === 'th'));
  if (code) problems.push(`the code value ${code}`);
  if (lang === 'th') {
    if (/[A-Za-z]/.test(withoutExamples(message))) problems.push('English in the Thai message');
  }
  const labelled = issue.path.length === 0 || issue.code === 'unrecognized_keys' || issue.code === 'custom' || fieldLabelOf(issue.path);
  if (!labelled) problems.push('no label for the field');
  return problems;
}

describe('validation messages', () => {
  it('covers the input schemas', () => {
    expect(inputSchemas.length).toBeGreaterThan(45);
  });

  it('word every failure of every input schema from the catalogue, in Thai and in English', () => {
    const findings: Finding[] = [];
    let issuesRead = 0;
    for (const [name, schema] of inputSchemas) {
      const codes = codeValues(schema);
      for (const input of wrongValues(schema)) {
        const result = schema.safeParse(input);
        if (result.success) continue;
        for (const issue of result.error.issues) {
          issuesRead += 1;
          for (const lang of ['th', 'en'] as const) {
            const message = describeIssue(issue, lang);
            for (const problem of problemsOf(message, lang, issue, codes))
              findings.push({
                schema: name,
                input: JSON.stringify(input)?.slice(0, 80) ?? 'undefined',
                path: issue.path.join('.'),
                lang,
                message,
                problem,
              });
          }
        }
      }
    }
    expect(issuesRead).toBeGreaterThan(1000);
    // One line per distinct problem, so a failure reads as a to-do list.
    const distinct = [...new Map(findings.map((f) => [`${f.schema} ${f.path} ${f.lang} ${f.problem}`, f])).values()];
    expect(distinct.map((f) => `${f.schema} ${f.path} [${f.lang}] ${f.problem}: ${f.message}  (input ${f.input})`)).toEqual([]);
  });

  describe('on the empty request form', () => {
    const empty = { fiscalYear: 2570, title: '', justification: '', amountSatang: 0, category: 'central', details: { item: '' } };
    const messages = (lang: Lang) =>
      Object.fromEntries(
        describeIssues(requestContentSchema.safeParse({ type: 'central_fund', ...empty }).error?.issues ?? [], lang).map((i) => [
          i.path.join('.'),
          i.message,
        ]),
      );

    it('asks for a title of 3 characters or more, a central-fund item and an amount, naming each field', () => {
      expect(messages('th')).toEqual({
        title: 'กรุณาระบุชื่อเรื่องอย่างน้อย 3 ตัวอักษร',
        'details.item': 'กรุณาเลือกรายการงบกลาง',
        amountSatang: 'กรุณาระบุจำนวนเงินมากกว่าศูนย์',
      });
      expect(messages('en')).toEqual({
        title: 'Enter at least 3 characters for the title',
        'details.item': 'Choose the central-fund item',
        amountSatang: 'Enter an amount greater than zero',
      });
    });
  });

  it('says how much an amount may be, in baht', () => {
    const result = requestContentSchema.safeParse({
      type: 'allotment',
      fiscalYear: 2570,
      title: 'ซื้อครุภัณฑ์',
      category: 'operating',
      amountSatang: MAX_SATANG + 1,
    });
    expect(describeIssues(result.error?.issues ?? [], 'th')).toEqual([
      { path: ['amountSatang'], message: 'จำนวนเงินต้องไม่เกิน 100,000,000,000.00 บาท' },
    ]);
    expect(describeIssues(result.error?.issues ?? [], 'en')[0]?.message).toBe('Amount can be at most 100,000,000,000.00 baht');
  });

  it('says how long a title may be', () => {
    const result = requestContentSchema.safeParse({
      type: 'allotment',
      fiscalYear: 2570,
      title: 'ก'.repeat(301),
      category: 'operating',
      amountSatang: 100,
    });
    expect(describeIssues(result.error?.issues ?? [], 'th')[0]?.message).toBe('ชื่อเรื่องยาวได้ไม่เกิน 300 ตัวอักษร กรุณาตัดให้สั้นลง');
  });
});
