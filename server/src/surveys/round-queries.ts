// Reading survey rounds: one round, the admin list (keyset by latest opening), and how many have answered each.
import type { Kysely } from 'kysely';
import type { Database } from '@bmrts/db';
import { NotFound, type SurveyRoundListQuery, type SurveyRoundView } from '@bmrts/shared';
import { decodeCursor, encodeCursor } from '../requests/queries';
import { roundOf, roundView, type SurveyRound } from './round-record';

export async function findRound(db: Kysely<Database>, id: string): Promise<SurveyRound> {
  const row = await db.selectFrom('survey_rounds').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new NotFound();
  return roundOf(row);
}

export async function responseCount(db: Kysely<Database>, roundId: string): Promise<number> {
  const row = await db
    .selectFrom('survey_participants')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('round_id', '=', roundId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function listRounds(
  db: Kysely<Database>,
  query: SurveyRoundListQuery,
  now: Date,
): Promise<{ items: SurveyRoundView[]; nextCursor: string | null }> {
  let q = db
    .selectFrom('survey_rounds')
    .selectAll()
    .orderBy('opens_at', 'desc')
    .orderBy('id', 'desc')
    .limit(query.limit + 1);
  if (query.cursor) {
    // The request list's cursor, its "created" instant holding the opening here.
    const { createdAt: opensAt, id } = decodeCursor(query.cursor);
    q = q.where((eb) => eb.or([eb('opens_at', '<', opensAt), eb.and([eb('opens_at', '=', opensAt), eb('id', '<', id)])]));
  }
  const rows = await q.execute();
  const page = rows.slice(0, query.limit);
  const counts = page.length
    ? await db
        .selectFrom('survey_participants')
        .select(['round_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where(
          'round_id',
          'in',
          page.map((r) => r.id),
        )
        .groupBy('round_id')
        .execute()
    : [];
  const countOf = new Map(counts.map((c) => [c.round_id, Number(c.n)]));
  const last = page[page.length - 1];
  return {
    items: page.map((row) => roundView(roundOf(row), countOf.get(row.id) ?? 0, now)),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ created_at: last.opens_at, id: last.id }) : null,
  };
}
