// The budget units analysts carry: an analyst's own portfolio is read for their every API call.
import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import { precompiled } from '../precompiled';

const portfolioOfOne = precompiled((db, p: { analystId: string }) =>
  db.selectFrom('analyst_portfolios').select('unit_code').distinct().where('analyst_id', '=', p.analystId),
);

/** The distinct units in these analysts' portfolios, in no particular order. */
export async function portfolioUnits(db: Kysely<Database>, analystIds: readonly string[]): Promise<string[]> {
  const [only, ...others] = analystIds;
  if (only === undefined) return [];
  // A section's or division's analysts vary in number, so only the one-analyst shape is compiled once.
  const rows =
    others.length === 0
      ? await portfolioOfOne.execute(db, { analystId: only })
      : await db.selectFrom('analyst_portfolios').select('unit_code').distinct().where('analyst_id', 'in', analystIds).execute();
  return rows.map((r) => r.unit_code);
}
