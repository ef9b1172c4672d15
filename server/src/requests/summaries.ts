// A page of request rows as the API's summaries, each naming who holds it: the holders are read once for the page.
import type { RequestSummary } from '@bmrts/shared';
import { readerOf, type AppDeps } from '../deps';
import type { Timeliness } from '../timeliness/context';
import { holdersOfDesks, type DeskOf } from './position-holders';
import { positionOfRow } from './position-sql';
import type { RequestListRow } from './queries';
import { toSummary } from './request-view';

/** Where a stored row's desk is: its unit, and the level whose people have it now. */
export function deskOfRow(row: { unit_code: string; status: string; level: number }): DeskOf {
  return { unitCode: row.unit_code, deskLevel: positionOfRow(row).deskLevel };
}

export async function summariesOf(
  deps: AppDeps,
  rows: readonly RequestListRow[],
  now: Date,
  timeliness: Timeliness,
): Promise<RequestSummary[]> {
  const holders = await holdersOfDesks(readerOf(deps), rows.map(deskOfRow), now.toISOString(), deps.config.holdersMayAppoint);
  return rows.map((row) => toSummary(row, now, timeliness, holders.of(deskOfRow(row))));
}
