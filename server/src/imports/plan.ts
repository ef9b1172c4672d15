// The dry run: every row of the sheet read through the mapping, checked, and either accepted as the request it will
// become or refused with a reason per problem. Pure apart from the lookups it is given; the import itself runs the same.
import {
  FIRST_REVIEW_LEVEL,
  IMPORT_REFUSALS,
  TOP_LEVEL,
  AT_COUNCIL_STATUSES,
  FINAL_STATUSES,
  WITH_UNIT_STATUSES,
  TRACKING_PREFIX,
  bangkokDate,
  fiscalYearOf,
  isStorableText,
  datedContentIssues,
  requestContentSchema,
  routeRequest,
  routingFactsOf,
  type ImportField,
  type ImportMapping,
  type ImportRefusalCode,
  type Lang,
  type RequestContent,
  type RequestStatus,
  type RequestType,
  type RouteDecision,
  type RoutingRule,
} from '@bmrts/shared';
import { categoryOf, cellText, dateOf, integerOf, normalised, satangOf, statusOf, trackingNoParts, typeOf } from './cell-values';
import { contentProblemMessage, contentProblemsOf, type ContentProblem } from './content-problems';
import type { Sheet, SheetCell, SheetRow } from './read-sheet';

export interface ImportLookups {
  /** Unit code → code, and each unit's Thai and English name (normalised) → code. */
  units: ReadonlyMap<string, string>;
  /** Tracking numbers the database already holds, among those the sheet names. */
  existingTrackingNos: ReadonlySet<string>;
  /** Sheet references already imported before. */
  importedRefs: ReadonlySet<string>;
  rules: readonly RoutingRule[];
  /** Today in Bangkok (YYYY-MM-DD) by the server's clock: no letter is dated after it. */
  today: string;
}

export interface PlannedRequest {
  row: number;
  /** The sheet's own reference as written (its letter or tracking number). */
  sourceRef: string | null;
  /** Kept when the sheet's reference is one of our tracking numbers; otherwise a new one is given at import. */
  trackingNo: string | null;
  unitCode: string;
  content: RequestContent;
  status: RequestStatus;
  level: number;
  finalLevel: number | null;
  route: RouteDecision | null;
  createdAt: string;
  submittedAt: string | null;
  levelEnteredAt: string;
  decidedAt: string | null;
}

export interface RefusalReason {
  code: ImportRefusalCode;
  value: string;
  /** For content_invalid: the schema issue and the column it concerns, worded in the reader's language when sent. */
  problem?: ContentProblem;
}

export interface RefusedRow {
  row: number;
  reasons: RefusalReason[];
}

export interface ImportPlan {
  accepted: PlannedRequest[];
  refused: RefusedRow[];
}

export function refusalMessage(row: number, reason: RefusalReason, lang: Lang): string {
  if (reason.problem) return contentProblemMessage(row, reason.problem, lang);
  return IMPORT_REFUSALS[reason.code][lang].replace('{value}', () => reason.value.slice(0, 80));
}

/** Imported requests carry no transfer table or central-fund item of their own: placeholders the forms accept. */
function contentFor(
  type: RequestType,
  common: Omit<RequestContent, 'type' | 'details' | 'category'>,
  category: RequestContent['category'],
): unknown {
  const note = 'ไม่ระบุ (นำเข้าจากระบบเดิม)';
  switch (type) {
    case 'allotment':
      return { ...common, type, category, details: {} };
    case 'transfer':
      return { ...common, type, category, details: { lines: [{ fromItem: note, toItem: note, amountSatang: common.amountSatang }] } };
    case 'central_fund':
      return { ...common, type, category: 'central', details: { item: 'emergency_reserve' } };
  }
}

/** The level a request of this status may be recorded at; draft and returned wait with the unit, the Council after level 8. */
function levelFor(status: RequestStatus, given: number | null): number | null {
  // With the unit, the machine's context says level 1; a Council wait was approved at level 8, where its rules end.
  if (WITH_UNIT_STATUSES.includes(status)) return 1;
  if (AT_COUNCIL_STATUSES.includes(status)) return TOP_LEVEL;
  if (given === null || given > TOP_LEVEL) return null;
  if (status === 'withdrawn') return given >= 1 ? given : null;
  return given >= FIRST_REVIEW_LEVEL ? given : null;
}

function planRow(sheetRow: SheetRow, mapping: ImportMapping, lookups: ImportLookups, seen: Set<string>): PlannedRequest | RefusedRow {
  const reasons: RefusedRow['reasons'] = [];
  const refuse = (code: ImportRefusalCode, value: SheetCell | string = '') => reasons.push({ code, value: cellText(value) });
  const cell = (field: ImportField): SheetCell => {
    const header = mapping[field];
    return header === undefined ? null : (sheetRow.cells.get(header) ?? null);
  };
  const present = (field: ImportField) => cellText(cell(field)) !== '';
  // The cells kept as text (in the request, its history and the import record) follow the API's text rule: one that
  // cannot be stored is this row's refusal, not a history whose hash no longer matches.
  const storable = (field: 'title' | 'justification' | 'trackingNo' | 'letterNo') => {
    const ok = isStorableText(cellText(cell(field)));
    if (!ok) refuse('text_unreadable', mapping[field] ?? field);
    return ok;
  };

  const unitText = normalised(cellText(cell('unit')));
  const unitCode = lookups.units.get(unitText) ?? lookups.units.get(unitText.toUpperCase()) ?? null;
  if (!unitCode) refuse('unit_unknown', cell('unit'));

  const type = typeOf(cell('type'));
  if (!type) refuse('type_unknown', cell('type'));

  // Lengths in characters (code points), as the request's own schema counts them.
  const title = cellText(cell('title'));
  const titleLength = [...title].length;
  if (storable('title') && (titleLength < 3 || titleLength > 300)) refuse('title_invalid', title);
  const justification = cellText(cell('justification'));
  if (storable('justification') && [...justification].length > 5000) refuse('justification_too_long');

  // The unit's letter: optional; its length and date are the request schema's to judge (content_invalid names the field).
  const letterNo = storable('letterNo') ? cellText(cell('letterNo')) : '';
  const letterInstant = dateOf(cell('letterDate'));
  if (letterInstant === null) refuse('date_invalid', cell('letterDate'));
  const letterDate = letterInstant ? bangkokDate(letterInstant) : null;

  const amountSatang = satangOf(cell('amount'));
  if (amountSatang === null || amountSatang <= 0) refuse('amount_invalid', cell('amount'));

  let category: RequestContent['category'] = type === 'central_fund' ? 'central' : 'operating';
  if (present('category')) {
    const read = categoryOf(cell('category'));
    if (!read || (read === 'central') !== (type === 'central_fund')) refuse('category_unknown', cell('category'));
    else category = read;
  }

  const status = statusOf(cell('status'));
  if (!status) refuse('status_unknown', cell('status'));
  const level = status ? levelFor(status, integerOf(cell('level'))) : null;
  if (status && level === null) refuse('level_invalid', cell('level'));

  const dates = Object.fromEntries(
    (['createdAt', 'submittedAt', 'levelEnteredAt', 'decidedAt'] as const).map((field) => {
      const value = dateOf(cell(field));
      if (value === null) refuse('date_invalid', cell(field));
      return [field, value ?? null];
    }),
  ) as Record<'createdAt' | 'submittedAt' | 'levelEnteredAt' | 'decidedAt', string | null>;
  // A date that is there but unreadable was refused above; "missing" is only for a cell left empty.
  const submittedEmpty = dateOf(cell('submittedAt')) === undefined;
  if (status && status !== 'draft' && submittedEmpty) refuse('date_missing');
  if (dates.submittedAt && dates.decidedAt && dates.decidedAt < dates.submittedAt) refuse('dates_out_of_order', cell('decidedAt'));

  // The fiscal year: its own column, else our tracking number's, else the year the request was submitted in.
  const ref = storable('trackingNo') ? cellText(cell('trackingNo')) : '';
  const ours = ref ? trackingNoParts(ref) : null;
  let fiscalYear: number | null = null;
  if (present('fiscalYear')) {
    fiscalYear = integerOf(cell('fiscalYear'));
    if (fiscalYear === null || fiscalYear < 2560 || fiscalYear > 2700) refuse('fiscal_year_invalid', cell('fiscalYear'));
  } else if (ours) {
    fiscalYear = ours.fiscalYear;
  } else {
    const anchor = dates.submittedAt ?? dates.createdAt;
    fiscalYear = anchor ? fiscalYearOf(anchor) : null;
    if (fiscalYear === null && reasons.every((r) => r.code !== 'date_invalid')) refuse('date_missing');
  }

  let trackingNo: string | null = null;
  if (ref) {
    const key = ours ? ref.toUpperCase() : normalised(ref);
    if (ours && type && (ours.prefix !== TRACKING_PREFIX[type] || ours.fiscalYear !== fiscalYear)) refuse('tracking_no_mismatch', ref);
    else if (seen.has(key) || lookups.importedRefs.has(ref) || (ours && lookups.existingTrackingNos.has(key)))
      refuse('tracking_no_duplicate', ref);
    if (ours) trackingNo = key;
    seen.add(key);
  }

  if (reasons.length > 0 || !unitCode || !type || amountSatang === null || !status || level === null || fiscalYear === null) {
    return { row: sheetRow.row, reasons };
  }
  const parsed = requestContentSchema.safeParse(
    contentFor(type, { fiscalYear, title, justification, letterNo: letterNo === '' ? null : letterNo, letterDate, amountSatang }, category),
  );
  // The letter's date against today is no part of the schema (it needs the clock): told beside the schema's issues, alike.
  const dated = datedContentIssues({ letterDate }, lookups.today);
  const issues = [...(parsed.success ? [] : parsed.error.issues), ...dated];
  if (!parsed.success || issues.length > 0)
    return {
      row: sheetRow.row,
      reasons: contentProblemsOf(issues, mapping).map((problem) => ({ code: 'content_invalid', value: '', problem })),
    };
  const content = parsed.data;

  const route = status === 'draft' ? null : routeRequest(routingFactsOf(content), lookups.rules);
  const givenFinal = integerOf(cell('finalLevel'));
  // An approved request was decided where it stands; one still open keeps the level the rules give, and never below where it is.
  const finalLevel = !route
    ? null
    : givenFinal !== null && givenFinal >= level && givenFinal <= TOP_LEVEL
      ? givenFinal
      : status === 'approved'
        ? level
        : Math.max(route.finalLevel, level);
  const createdAt = dates.createdAt ?? dates.submittedAt ?? dates.decidedAt;
  if (!createdAt) return { row: sheetRow.row, reasons: [{ code: 'date_missing', value: '' }] };
  return {
    row: sheetRow.row,
    sourceRef: ref || null,
    trackingNo,
    unitCode,
    content,
    status,
    level,
    finalLevel,
    route,
    createdAt,
    submittedAt: status === 'draft' ? null : dates.submittedAt,
    levelEnteredAt: dates.levelEnteredAt ?? (FINAL_STATUSES.includes(status) ? dates.decidedAt : null) ?? dates.submittedAt ?? createdAt,
    decidedAt: FINAL_STATUSES.includes(status) ? (dates.decidedAt ?? dates.levelEnteredAt ?? dates.submittedAt) : null,
  };
}

export function planImport(sheet: Sheet, mapping: ImportMapping, lookups: ImportLookups): ImportPlan {
  const seen = new Set<string>();
  const plan: ImportPlan = { accepted: [], refused: [] };
  for (const row of sheet.rows) {
    const result = planRow(row, mapping, lookups, seen);
    if ('reasons' in result) {
      // Told once each: a too-large amount fails both the request's amount and its transfer line's, in the one column.
      const distinct = new Map(result.reasons.map((r) => [refusalMessage(result.row, r, 'th'), r]));
      plan.refused.push({ row: result.row, reasons: [...distinct.values()] });
    } else plan.accepted.push(result);
  }
  return plan;
}
