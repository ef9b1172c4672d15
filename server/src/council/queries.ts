// The Council report's reads: central-fund decisions of a period, and the requests that reached the Council in it.
import type { Kysely } from 'kysely';
import type { Database } from '@bmrts/db';
import { DECIDED_STATUSES, FINAL_STATUSES } from '@bmrts/shared';
import type { Scope } from '../deps';

export interface ReportPeriod {
  /** UTC ISO-8601, inclusive. */
  start: string;
  /** UTC ISO-8601, exclusive. */
  end: string;
}

/** Approved or rejected: the final states that are decisions (a withdrawal is not). */
const FINAL_DECISIONS = FINAL_STATUSES.filter((s) => DECIDED_STATUSES.includes(s));

function reportedRequests(db: Kysely<Database>, scope: Scope) {
  let q = db
    .selectFrom('requests')
    .innerJoin('budget_units', 'budget_units.code', 'requests.unit_code')
    .select([
      'requests.id',
      'requests.tracking_no',
      'requests.type',
      'requests.unit_code',
      'requests.title',
      'requests.amount_satang',
      'requests.details',
      'requests.rule_id',
      'requests.status',
      'requests.submitted_at',
      'budget_units.name_th as unit_name_th',
      'budget_units.name_en as unit_name_en',
    ]);
  if (!scope.allUnits) {
    q = scope.unitCodes.length === 0 ? q.where(({ lit }) => lit(false)) : q.where('requests.unit_code', 'in', scope.unitCodes);
  }
  return q;
}

/**
 * Central-fund requests whose rule reports them to the Council (council 'report', stored at submission), approved or
 * rejected within the period. The year is decided by the time of that final decision (its event), not by the
 * request's own budget year: the report tells the Council what was decided in the year.
 */
export function centralFundDecisions(db: Kysely<Database>, scope: Scope, period: ReportPeriod) {
  return reportedRequests(db, scope)
    .innerJoin('request_events as decision', (join) =>
      join.onRef('decision.request_id', '=', 'requests.id').on('decision.to_status', 'in', FINAL_DECISIONS),
    )
    .select([
      'decision.at as decided_at',
      'decision.type as decision_type',
      'decision.from_level as decision_level',
      'decision.to_status as decision_status',
    ])
    .where('requests.type', '=', 'central_fund')
    .where('requests.council', '=', 'report')
    .where('decision.at', '>=', period.start)
    .where('decision.at', '<', period.end)
    .execute();
}

/**
 * Requests that entered awaiting_council within the period (a request enters it once: from there it can only be
 * decided by the Council or withdrawn), with their closing event if there is one yet, whenever it came.
 */
export function councilSubmissions(db: Kysely<Database>, scope: Scope, period: ReportPeriod) {
  return reportedRequests(db, scope)
    .innerJoin('request_events as entered', (join) =>
      join.onRef('entered.request_id', '=', 'requests.id').on('entered.to_status', '=', 'awaiting_council'),
    )
    .leftJoin('request_events as decision', (join) =>
      join.onRef('decision.request_id', '=', 'requests.id').on('decision.to_status', 'in', FINAL_STATUSES),
    )
    .select([
      'entered.at as council_at',
      'decision.at as decided_at',
      'decision.type as decision_type',
      'decision.from_level as decision_level',
      'decision.to_status as decision_status',
    ])
    .where('entered.at', '>=', period.start)
    .where('entered.at', '<', period.end)
    .execute();
}

export type CentralFundDecisionRow = Awaited<ReturnType<typeof centralFundDecisions>>[number];
export type CouncilSubmissionRow = Awaited<ReturnType<typeof councilSubmissions>>[number];

/**
 * The budget ledger's central-fund entries (central_out, central_in) of the period, for the central-fund requests the
 * report's first part covers (council 'report', in scope), summed by kind and by the central-fund item of the line paid
 * from (a central_in's line is the unit's: it has none).
 */
export function centralLedgerSums(db: Kysely<Database>, scope: Scope, period: ReportPeriod) {
  let q = db
    .selectFrom('budget_ledger as e')
    .innerJoin('requests', 'requests.id', 'e.request_id')
    .innerJoin('budget_lines as line', 'line.id', 'e.line_id')
    .select((eb) => ['e.kind', 'line.central_item', eb.fn.sum<number | string>('e.amount_satang').as('amount')])
    .where('e.kind', 'in', ['central_out', 'central_in'])
    .where('requests.type', '=', 'central_fund')
    .where('requests.council', '=', 'report')
    .where('e.at', '>=', period.start)
    .where('e.at', '<', period.end)
    .groupBy(['e.kind', 'line.central_item']);
  if (!scope.allUnits) {
    q = scope.unitCodes.length === 0 ? q.where(({ lit }) => lit(false)) : q.where('requests.unit_code', 'in', scope.unitCodes);
  }
  return q.execute();
}
