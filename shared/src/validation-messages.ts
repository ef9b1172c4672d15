// The one place a zod issue becomes words for a person: the field named as the form names it (validation/field-labels),
// what to do about it, in Thai or English. The server's 400 answers and the web's forms both call describeIssue, so no
// library text, type name or code value reaches anyone; cross-field rules keep their own sentences (RULE_MESSAGES).
import type { core } from 'zod';
import type { ValidationIssue } from './errors';
import type { Lang } from './messages';
import { RULE_MESSAGES } from './messages';
import { formatSatangNumber } from './format/money';
import { MAX_SATANG } from './limits';
import { UNKNOWN_FIELD, fieldLabelOf, type FieldLabel } from './validation/field-labels';

function isRuleKey(message: string): message is keyof typeof RULE_MESSAGES {
  return Object.hasOwn(RULE_MESSAGES, message);
}

/**
 * A union (a survey answer is a level or a text) fails as a whole with "invalid input"; when the value had the type of
 * just one branch, that branch's own first issue is the reason worth giving (a text answer holding control characters).
 */
function decisiveBranchIssue(issue: core.$ZodIssue): core.$ZodIssue | undefined {
  if (issue.code !== 'invalid_union') return undefined;
  const typed = issue.errors.filter((branch) => branch.some((i) => i.code !== 'invalid_type'));
  const decisive = typed.length === 1 ? typed[0]?.[0] : undefined;
  // A branch's issues are placed within the union's value: put back where that value is, so its field is named.
  return decisive && { ...decisive, path: [...issue.path, ...decisive.path] };
}

/** Large limits grouped (5,000); four-digit ones such as a year (2560) left as they are written. */
const grouped = (n: number, lang: Lang) => (Math.abs(n) < 10_000 ? String(n) : n.toLocaleString(lang === 'th' ? 'th-TH' : 'en-GB'));
/** English labels are lower case to sit inside a sentence; one that opens it gets a capital. */
const opening = (label: string) => label.charAt(0).toUpperCase() + label.slice(1);

/** The sentences, each with the field's label in the reader's language. */
const SAY = {
  enter: { th: (l: string) => `กรุณาระบุ${l}`, en: (l: string) => `Enter the ${l}` },
  choose: { th: (l: string) => `กรุณาเลือก${l}`, en: (l: string) => `Choose the ${l}` },
  atLeastChars: {
    th: (l: string, n: string) => `กรุณาระบุ${l}อย่างน้อย ${n} ตัวอักษร`,
    en: (l: string, n: string) => `Enter at least ${n} characters for the ${l}`,
  },
  atMostChars: {
    th: (l: string, n: string) => `${l}ยาวได้ไม่เกิน ${n} ตัวอักษร กรุณาตัดให้สั้นลง`,
    en: (l: string, n: string) => `${opening(l)} can be at most ${n} characters long; please shorten it`,
  },
  moreThanZero: { th: (l: string) => `กรุณาระบุ${l}มากกว่าศูนย์`, en: (l: string) => `Enter more than zero for the ${l}` },
  atLeast: { th: (l: string, n: string) => `${l}ต้องไม่น้อยกว่า ${n}`, en: (l: string, n: string) => `${opening(l)} must be at least ${n}` },
  moreThan: { th: (l: string, n: string) => `${l}ต้องมากกว่า ${n}`, en: (l: string, n: string) => `${opening(l)} must be more than ${n}` },
  atMost: { th: (l: string, n: string) => `${l}ต้องไม่เกิน ${n}`, en: (l: string, n: string) => `${opening(l)} must be at most ${n}` },
  lessThan: { th: (l: string, n: string) => `${l}ต้องน้อยกว่า ${n}`, en: (l: string, n: string) => `${opening(l)} must be less than ${n}` },
  bahtAtMost: {
    th: (l: string, n: string) => `${l}ต้องไม่เกิน ${n} บาท`,
    en: (l: string, n: string) => `${opening(l)} can be at most ${n} baht`,
  },
  bahtAtLeast: {
    th: (l: string, n: string) => `${l}ต้องไม่น้อยกว่า ${n} บาท`,
    en: (l: string, n: string) => `${opening(l)} must be at least ${n} baht`,
  },
  yesOrNo: { th: (l: string) => `กรุณาระบุว่า${l}หรือไม่`, en: (l: string) => `Say yes or no to “${l}”` },
  tooLarge: { th: (l: string) => `${l}มีค่ามากเกินไป`, en: (l: string) => `${opening(l)} is far too large` },
  wholeForm: {
    th: () => 'ข้อมูลที่ส่งมาไม่ครบหรือไม่อยู่ในรูปแบบที่ระบบรับ กรุณาโหลดหน้าใหม่แล้วลองอีกครั้ง',
    en: () => 'What was sent is incomplete or not in a form this system takes; please reload the page and try again',
  },
  digits: { th: (l: string) => `กรุณาระบุ${l}เป็นตัวเลข`, en: (l: string) => `Enter the ${l} in digits` },
  whole: { th: (l: string) => `${l}ต้องเป็นจำนวนเต็ม`, en: (l: string) => `${opening(l)} must be a whole number` },
  twoDecimals: {
    th: (l: string) => `${l}มีทศนิยมได้ไม่เกิน 2 ตำแหน่ง`,
    en: (l: string) => `${opening(l)} can have at most 2 decimals`,
  },
  chooseAtLeast: {
    th: (l: string, n: string) => `กรุณาเลือก${l}อย่างน้อย ${n} รายการ`,
    en: (l: string, n: string) => `Choose at least ${n} for the ${l}`,
  },
  atMostItems: {
    th: (l: string, n: string) => `${l}มีได้ไม่เกิน ${n} รายการ`,
    en: (l: string, n: string) => `${opening(l)} can have at most ${n} entries`,
  },
  date: { th: (l: string) => `กรุณาระบุ${l}เป็นวันที่ที่ถูกต้อง`, en: (l: string) => `Enter a valid date for the ${l}` },
  dateTime: {
    th: (l: string) => `กรุณาระบุ${l}เป็นวันที่และเวลาที่ถูกต้อง`,
    en: (l: string) => `Enter a valid date and time for the ${l}`,
  },
  likeExample: {
    th: (l: string, e: string) => `${l}ไม่อยู่ในรูปแบบที่ใช้ได้ กรุณาระบุให้เหมือนตัวอย่าง เช่น ${e}`,
    en: (l: string, e: string) => `${opening(l)} is not in a form that works; write it like ${e}`,
  },
  notValid: {
    th: (l: string) => `${l}ไม่ถูกต้อง กรุณาตรวจสอบและระบุใหม่`,
    en: (l: string) => `${opening(l)} is not valid; please check it and try again`,
  },
  staleChoice: {
    th: (l: string) => `${l}ที่เลือกใช้ไม่ได้ กรุณาโหลดหน้าใหม่แล้วเลือกอีกครั้ง`,
    en: (l: string) => `The ${l} chosen cannot be used; please reload the page and choose again`,
  },
  extraFields: {
    th: () => 'แบบฟอร์มส่งข้อมูลที่ระบบไม่รับมาด้วย กรุณาโหลดหน้าใหม่แล้วลองอีกครั้ง',
    en: () => 'The form sent something this system does not take; please reload the page and try again',
  },
} as const;

function sizeMessage(issue: core.$ZodIssue & { code: 'too_small' | 'too_big' }, field: FieldLabel, lang: Lang): string {
  const l = field[lang];
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive !== false;
  switch (issue.origin) {
    case 'string':
      if (small) return limit <= 1 ? (field.choice ? SAY.choose : SAY.enter)[lang](l) : SAY.atLeastChars[lang](l, grouped(limit, lang));
      return SAY.atMostChars[lang](l, grouped(limit, lang));
    case 'array':
    case 'set':
      if (small) return limit <= 1 ? (field.choice ? SAY.choose : SAY.enter)[lang](l) : SAY.chooseAtLeast[lang](l, grouped(limit, lang));
      return SAY.atMostItems[lang](l, grouped(limit, lang));
    case 'number':
    case 'int':
    case 'bigint':
      // zod's own bound of a whole number (2^53): no limit a person could use, so no figure.
      if (issue.origin === 'int' && !field.money && !small) return SAY.tooLarge[lang](l);
      if (field.money) {
        if (small) return limit <= 0 && !inclusive ? SAY.moreThanZero[lang](l) : SAY.bahtAtLeast[lang](l, formatSatangNumber(limit));
        return SAY.bahtAtMost[lang](l, formatSatangNumber(Math.min(limit, MAX_SATANG)));
      }
      if (small) return (inclusive ? SAY.atLeast : SAY.moreThan)[lang](l, grouped(limit, lang));
      return (inclusive ? SAY.atMost : SAY.lessThan)[lang](l, grouped(limit, lang));
    default:
      return SAY.notValid[lang](l);
  }
}

function typeMessage(expected: string, field: FieldLabel, lang: Lang): string {
  const l = field[lang];
  if (expected === 'int') return (field.money ? SAY.twoDecimals : SAY.whole)[lang](l);
  if (expected === 'number' || expected === 'bigint') return SAY.digits[lang](l);
  if (expected === 'boolean') return SAY.yesOrNo[lang](l);
  if (field.choice) return SAY.choose[lang](l);
  return SAY.enter[lang](l);
}

function formatMessage(format: string, field: FieldLabel, lang: Lang): string {
  const l = field[lang];
  if (format === 'date') return SAY.date[lang](l);
  if (format === 'datetime') return SAY.dateTime[lang](l);
  if (field.example) return SAY.likeExample[lang](l, field.example);
  // An id the page chose (uuid and the like) that does not fit: the page is out of date, not the person wrong.
  return field.choice ? SAY.staleChoice[lang](l) : SAY.notValid[lang](l);
}

export function describeIssue(issue: core.$ZodIssue, lang: Lang): string {
  if (issue.code === 'custom' && isRuleKey(issue.message)) return RULE_MESSAGES[issue.message][lang];
  const decisive = decisiveBranchIssue(issue);
  if (decisive) return describeIssue(decisive, lang);
  // The body as a whole is not what the page sends (not an object, say): no field to name, so no field is named.
  if (issue.path.length === 0 && issue.code !== 'unrecognized_keys') return SAY.wholeForm[lang]();
  const field = fieldLabelOf(issue.path) ?? UNKNOWN_FIELD;
  switch (issue.code) {
    case 'too_small':
    case 'too_big':
      return sizeMessage(issue, field, lang);
    case 'invalid_type':
      return typeMessage(issue.expected, field, lang);
    case 'invalid_value':
      return (field.choice ? SAY.choose : SAY.notValid)[lang](field[lang]);
    case 'invalid_format':
      return formatMessage(issue.format, field, lang);
    case 'unrecognized_keys':
      return SAY.extraFields[lang]();
    case 'invalid_key':
    case 'invalid_element':
    case 'invalid_union':
      return field.choice ? SAY.staleChoice[lang](field[lang]) : SAY.notValid[lang](field[lang]);
    default:
      return SAY.notValid[lang](field[lang]);
  }
}

/** Every issue worded, each message once per field (a huge amount breaks both its own limit and zod's bound of 2^53). */
export function describeIssues(issues: readonly core.$ZodIssue[], lang: Lang): ValidationIssue[] {
  const seen = new Set<string>();
  const described: ValidationIssue[] = [];
  for (const issue of issues) {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    const message = describeIssue(issue, lang);
    const key = JSON.stringify([path, message]);
    if (seen.has(key)) continue;
    seen.add(key);
    described.push({ path, message });
  }
  return described;
}
