// The list's "overdue" filter as index ranges: per review level (and type, where the targets differ by type) the instant
// before which a request must have arrived to be past its target now (shared overdueCutoff).
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { Database } from '@bmrts/db';
import { REQUEST_TYPES, REVIEW_LEVELS, overdueCutoff, targetDaysFor, type RequestListFilters, type RequestType } from '@bmrts/shared';
import type { ListContext } from './queries';
import type { Timeliness } from '../timeliness/context';

export interface OverdueCutoff {
  level: number;
  types: RequestType[];
  /** UTC ISO instant: level_entered_at before it means overdue now. */
  before: string;
}

export function overdueCutoffs({ holidays, targets }: Timeliness, now: Date): OverdueCutoff[] {
  const byTarget = new Map<number, string>();
  const cutoffs: OverdueCutoff[] = [];
  for (const level of REVIEW_LEVELS) {
    const typesByTarget = new Map<number, RequestType[]>();
    for (const type of REQUEST_TYPES) {
      const target = targetDaysFor(targets, level, type);
      if (target !== null) typesByTarget.set(target, [...(typesByTarget.get(target) ?? []), type]);
    }
    for (const [target, types] of typesByTarget) {
      let before = byTarget.get(target);
      if (before === undefined) {
        before = overdueCutoff(now, target, holidays);
        byTarget.set(target, before);
      }
      cutoffs.push({ level, types, before });
    }
  }
  return cutoffs;
}

/**
 * Past its target now: at one of the cutoffs' levels (and types), having arrived there before the cutoff. Served by
 * requests_inbox (status, level, level_entered_at) per level; no cutoffs match nothing. Which statuses are measured is
 * position-sql's `overdue` (the Office's clock runs; never a Council wait, decision record 0015).
 */
export function pastCutoff(eb: ExpressionBuilder<Database, 'requests'>, cutoffs: readonly OverdueCutoff[]): Expression<SqlBool> {
  return eb.or(
    cutoffs.map((c) =>
      eb.and([
        eb('requests.level', '=', c.level),
        ...(c.types.length < REQUEST_TYPES.length ? [eb('requests.type', 'in', c.types)] : []),
        eb('requests.level_entered_at', '<', c.before),
      ]),
    ),
  );
}

/** What the list query needs beyond its filters (the list and its export alike): the cutoffs of now, when asked for overdue. */
export function listContextOf(filters: Pick<RequestListFilters, 'overdue'>, now: Date, timeliness: Timeliness): ListContext {
  return filters.overdue ? { overdueCutoffs: overdueCutoffs(timeliness, now) } : {};
}
