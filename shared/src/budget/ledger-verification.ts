// What `verify-ledger` says when the ledger and its cached totals, or the ledger and the approved requests, disagree
// (issue 16): one sentence in Thai and one in English naming the line or the request, the expected and the found figure.
// The CLI prints them, the admin API returns them, the admin page shows the one of its language.
import { z } from 'zod';
import type { Bilingual } from '../levels';
import { formatMoney } from '../format/money';
import type { LedgerKind } from './ledger-rules';

/** The kinds of ledger entry, in words: what each cached total on a line sums. */
export const LEDGER_KIND_NAMES: Record<LedgerKind, Bilingual> = {
  opening: { th: 'งบประมาณตามข้อบัญญัติ', en: 'appropriation' },
  allotment: { th: 'เงินประจำงวดที่อนุมัติ', en: 'allotted' },
  transfer_out: { th: 'โอนออก', en: 'transferred out' },
  transfer_in: { th: 'รับโอน', en: 'transferred in' },
  central_out: { th: 'จ่ายจากงบกลาง', en: 'paid out of the central fund' },
  central_in: { th: 'รับจัดสรรงบกลาง', en: 'received from the central fund' },
};

/** A budget line as a problem names it: its code is unique only within its fiscal year. */
export interface LineRef {
  code: string;
  fiscalYear: number;
}

const lineTh = (l: LineRef) => `รายการ ${l.code} ปีงบประมาณ ${l.fiscalYear}`;
const lineEn = (l: LineRef) => `line ${l.code} (FY ${l.fiscalYear})`;
const th = (satang: number) => formatMoney(satang, 'th');
const en = (satang: number) => formatMoney(satang, 'en');

/** How many pending claims draw on a line, and how much. */
interface PendingFigures {
  count: number;
  amountSatang: number;
}

/** The sentences of each disagreement verify-ledger can find. */
export const LEDGER_PROBLEM_WORDS = {
  /** A line's cached total of one kind is not the sum of its entries of that kind. */
  cachedTotal: (line: LineRef, kind: LedgerKind, cachedSatang: number, entriesSatang: number): Bilingual => ({
    th: `${lineTh(line)}: ยอด${LEDGER_KIND_NAMES[kind].th}ที่บันทึกไว้ ${th(cachedSatang)} แต่รวมจากบัญชีได้ ${th(entriesSatang)}`,
    en: `${lineEn(line)}: the ${LEDGER_KIND_NAMES[kind].en} total kept on the line is ${en(cachedSatang)}, but its ledger entries add up to ${en(entriesSatang)}`,
  }),
  /** A line's cached pending totals are not the count and sum of the claims of the requests in review drawing on it. */
  cachedPending: (line: LineRef, cached: PendingFigures, fromClaims: PendingFigures): Bilingual => ({
    th: `${lineTh(line)}: ยอดคำขอที่รอพิจารณาที่บันทึกไว้ ${cached.count} เรื่อง ${th(cached.amountSatang)} แต่รวมจากคำขอที่อยู่ระหว่างพิจารณาได้ ${fromClaims.count} เรื่อง ${th(fromClaims.amountSatang)}`,
    en: `${lineEn(line)}: the pending claims kept on the line are ${cached.count} for ${en(cached.amountSatang)}, but the requests in review claim ${fromClaims.count} for ${en(fromClaims.amountSatang)}`,
  }),
  /** An opening entry that names a request, or an entry that moved money for no request. */
  entryWithoutRequest: (line: LineRef, kind: LedgerKind, amountSatang: number): Bilingual =>
    kind === 'opening'
      ? {
          th: `${lineTh(line)}: รายการงบประมาณตามข้อบัญญัติ ${th(amountSatang)} อ้างถึงคำขอ แต่ควรไม่มีคำขอ`,
          en: `${lineEn(line)}: an opening entry of ${en(amountSatang)} names a request; an opening entry has none`,
        }
      : {
          th: `${lineTh(line)}: มีรายการ${LEDGER_KIND_NAMES[kind].th} ${th(amountSatang)} ที่ไม่มีคำขอที่อนุมัติรองรับ`,
          en: `${lineEn(line)}: an entry ${LEDGER_KIND_NAMES[kind].en} of ${en(amountSatang)} names no approved request`,
        },
  /** An approved request's claim with no entry. */
  missingEntry: (trackingNo: string, line: LineRef, kind: LedgerKind, expectedSatang: number): Bilingual => ({
    th: `คำขอ ${trackingNo} อนุมัติแล้ว แต่ไม่มีรายการ${LEDGER_KIND_NAMES[kind].th}ใน${lineTh(line)} ที่ควรมี ${th(expectedSatang)} (พบ 0.00 บาท)`,
    en: `Request ${trackingNo} is approved but has no ${LEDGER_KIND_NAMES[kind].en} entry on ${lineEn(line)}: expected ${en(expectedSatang)}, found none`,
  }),
  /** An approved request's entry for a claim, of another amount. */
  wrongAmount: (trackingNo: string, line: LineRef, kind: LedgerKind, expectedSatang: number, foundSatang: number): Bilingual => ({
    th: `คำขอ ${trackingNo}: รายการ${LEDGER_KIND_NAMES[kind].th}ใน${lineTh(line)} ควรเป็น ${th(expectedSatang)} แต่บันทึกไว้ ${th(foundSatang)}`,
    en: `Request ${trackingNo}: its ${LEDGER_KIND_NAMES[kind].en} entry on ${lineEn(line)} should be ${en(expectedSatang)} but is ${en(foundSatang)}`,
  }),
  /** An entry a request should not have: it is not approved, names no such line, or has it twice. */
  extraEntry: (trackingNo: string, line: LineRef, kind: LedgerKind, foundSatang: number, approved: boolean): Bilingual =>
    approved
      ? {
          th: `คำขอ ${trackingNo}: มีรายการ${LEDGER_KIND_NAMES[kind].th}ใน${lineTh(line)} ${th(foundSatang)} ที่คำขอไม่ได้ขอ (ควรเป็น 0.00 บาท)`,
          en: `Request ${trackingNo}: an entry ${LEDGER_KIND_NAMES[kind].en} of ${en(foundSatang)} on ${lineEn(line)} that the request does not claim (expected none)`,
        }
      : {
          th: `คำขอ ${trackingNo} ยังไม่อนุมัติ แต่มีรายการ${LEDGER_KIND_NAMES[kind].th}ใน${lineTh(line)} ${th(foundSatang)} (ควรเป็น 0.00 บาท)`,
          en: `Request ${trackingNo} is not approved but has an entry ${LEDGER_KIND_NAMES[kind].en} of ${en(foundSatang)} on ${lineEn(line)} (expected none)`,
        },
  /** An approved request's entry that points at another event than the approval that made it final. */
  wrongEvent: (trackingNo: string, line: LineRef, kind: LedgerKind): Bilingual => ({
    th: `คำขอ ${trackingNo}: รายการ${LEDGER_KIND_NAMES[kind].th}ใน${lineTh(line)} ไม่ได้อ้างถึงการอนุมัติที่ทำให้คำขอเป็นที่สุด`,
    en: `Request ${trackingNo}: its ${LEDGER_KIND_NAMES[kind].en} entry on ${lineEn(line)} does not point at the approval that made the request final`,
  }),
} as const;

/** GET /api/admin/ledger/verify and `npm run verify-ledger`: every line's totals and every request's entries checked. */
export const ledgerVerificationSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    lines: z.number().int().nonnegative().describe('Budget lines checked'),
    entries: z.number().int().nonnegative().describe('Ledger entries checked'),
  }),
  z.object({
    ok: z.literal(false),
    firstProblem: z.object({
      lineCode: z.string().optional().describe('The line that disagrees (codes are unique within a fiscal year)'),
      fiscalYear: z.number().int().optional().describe('The fiscal year (BE) of that line'),
      requestTrackingNo: z.string().optional().describe('The request whose entries disagree with it'),
      what: z
        .object({ th: z.string(), en: z.string() })
        .describe('The disagreement in words: the line or request, the expected and the found figure'),
    }),
  }),
]);
export type LedgerVerification = z.infer<typeof ledgerVerificationSchema>;
export type LedgerProblem = Extract<LedgerVerification, { ok: false }>['firstProblem'];
