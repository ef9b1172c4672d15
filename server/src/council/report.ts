// Builds the Council report of a fiscal year: rows in a stable order, totals per central-fund item and per type.
import type { Kysely } from 'kysely';
import type { Database } from '@bmrts/db';
import {
  CENTRAL_FUND_ITEMS,
  COUNCIL_REPORT_OUTCOMES,
  REQUEST_TYPES,
  councilTotalsOf,
  fiscalYearSpanUtc,
  type CentralFundItem,
  type CouncilLedger,
  type CouncilReport,
  type CouncilReportOutcome,
  type CouncilReportRow,
  type RequestType,
} from '@bmrts/shared';
import type { Scope } from '../deps';
import {
  centralFundDecisions,
  centralLedgerSums,
  councilSubmissions,
  type CentralFundDecisionRow,
  type CouncilSubmissionRow,
} from './queries';

const COUNCIL_EVENTS = new Set(['COUNCIL_APPROVE', 'COUNCIL_REJECT']);

function isOneOf<T extends string>(values: readonly T[], value: string | null | undefined): value is T {
  return value !== null && value !== undefined && (values as readonly string[]).includes(value);
}

/** The central-fund item from the stored details JSON; the schema admitted it, so anything else means another type. */
function centralFundItemOf(type: string, details: string): CentralFundItem | null {
  if (type !== 'central_fund') return null;
  const parsed: unknown = JSON.parse(details);
  const item = typeof parsed === 'object' && parsed !== null && 'item' in parsed ? parsed.item : null;
  return typeof item === 'string' && isOneOf(CENTRAL_FUND_ITEMS, item) ? item : null;
}

function toRow(r: CentralFundDecisionRow | CouncilSubmissionRow, councilAt: string | null): CouncilReportRow {
  // Statuses and types in these columns were admitted by the machine and the schema; a stray value is a bug worth a 500.
  const outcome: CouncilReportOutcome | undefined = isOneOf(COUNCIL_REPORT_OUTCOMES, r.decision_status)
    ? r.decision_status
    : isOneOf(COUNCIL_REPORT_OUTCOMES, r.status)
      ? r.status
      : undefined;
  if (!outcome || !isOneOf(REQUEST_TYPES, r.type)) throw new Error(`unexpected request ${r.tracking_no}: ${r.type} ${r.status}`);
  const decided = outcome === 'approved' || outcome === 'rejected';
  return {
    id: r.id,
    trackingNo: r.tracking_no,
    type: r.type,
    unitCode: r.unit_code,
    unitName: { th: r.unit_name_th, en: r.unit_name_en },
    centralFundItem: centralFundItemOf(r.type, r.details),
    title: r.title,
    amountSatang: Number(r.amount_satang),
    ruleId: r.rule_id,
    submittedAt: r.submitted_at,
    councilSubmittedAt: councilAt,
    decidedAt: r.decided_at ?? null,
    outcome,
    decidedAtLevel: decided && r.decision_level !== null ? r.decision_level : null,
    decidedByCouncil: decided && COUNCIL_EVENTS.has(r.decision_type ?? ''),
  };
}

/** Byte order of ISO-8601 text is time order; the tracking number breaks ties. Never the database's (Thai) collation. */
function byTime(time: (row: CouncilReportRow) => string | null) {
  return (a: CouncilReportRow, b: CouncilReportRow) => {
    const ta = time(a) ?? '';
    const tb = time(b) ?? '';
    if (ta !== tb) return ta < tb ? -1 : 1;
    return a.trackingNo < b.trackingNo ? -1 : a.trackingNo > b.trackingNo ? 1 : 0;
  };
}

/** The ledger's side of part 1: per item what it paid out for the approved requests, and whether that agrees. */
function ledgerOf(sums: Awaited<ReturnType<typeof centralLedgerSums>>, rows: readonly CouncilReportRow[]): CouncilLedger {
  const out = (item: CentralFundItem | null) =>
    sums.filter((s) => s.kind === 'central_out' && (item === null || s.central_item === item)).reduce((a, s) => a + Number(s.amount), 0);
  const centralInSatang = sums.filter((s) => s.kind === 'central_in').reduce((a, s) => a + Number(s.amount), 0);
  const byItem = CENTRAL_FUND_ITEMS.map((item) => ({
    item,
    requestsSatang: councilTotalsOf(rows.filter((r) => r.centralFundItem === item)).approvedSatang,
    ledgerSatang: out(item),
  }));
  const centralOutSatang = out(null);
  return {
    byItem,
    centralOutSatang,
    centralInSatang,
    agrees: centralOutSatang === centralInSatang && byItem.every((i) => i.requestsSatang === i.ledgerSatang),
  };
}

export async function buildCouncilReport(db: Kysely<Database>, scope: Scope, fiscalYear: number, now: Date): Promise<CouncilReport> {
  const period = fiscalYearSpanUtc(fiscalYear);
  const centralRows = (await centralFundDecisions(db, scope, period)).map((r) => toRow(r, null)).sort(byTime((r) => r.decidedAt));
  const councilRows = (await councilSubmissions(db, scope, period))
    .map((r) => toRow(r, r.council_at))
    .sort(byTime((r) => r.councilSubmittedAt));
  const typesPresent = REQUEST_TYPES.filter((type) => councilRows.some((r) => r.type === type));
  return {
    fiscalYear,
    periodStart: period.start,
    periodEnd: period.end,
    generatedAt: now.toISOString(),
    allUnits: scope.allUnits,
    centralFund: {
      rows: centralRows,
      byItem: CENTRAL_FUND_ITEMS.map((item) => ({ item, ...councilTotalsOf(centralRows.filter((r) => r.centralFundItem === item)) })),
      total: councilTotalsOf(centralRows),
      ledger: ledgerOf(await centralLedgerSums(db, scope, period), centralRows),
    },
    council: {
      rows: councilRows,
      byType: typesPresent.map((type: RequestType) => ({ type, ...councilTotalsOf(councilRows.filter((r) => r.type === type)) })),
      total: councilTotalsOf(councilRows),
    },
  };
}
