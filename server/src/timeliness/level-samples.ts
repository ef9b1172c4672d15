// How long each level took on recent past requests of a type: the history the predicted decision date rests on.
// Per level and type only the latest completed visits are read (an index on the events that leave a level), and the
// answer is kept for a few minutes (AppCaches.levelSamples): a request page never scans the whole history.
import { sql, type Kysely } from 'kysely';
import type { Database } from '@bmrts/db';
import { REVIEW_LEVELS, workingDaysBetween, type RequestType } from '@bmrts/shared';

export const SAMPLES_PER_LEVEL = 200;

export type LevelSamples = Readonly<Record<number, readonly number[]>>;

/** One completed visit: entered the level in review (the previous event), then left it (this event). */
async function latestVisits(db: Kysely<Database>, type: RequestType, level: number) {
  return db
    .selectFrom('request_events as e')
    .innerJoin('request_events as p', (join) => join.onRef('p.request_id', '=', 'e.request_id').on(sql<boolean>`p.seq = e.seq - 1`))
    .innerJoin('requests as r', 'r.id', 'e.request_id')
    .select(['p.at as enteredAt', 'e.at as leftAt'])
    .where('e.from_level', '=', level)
    .where('e.from_status', '=', 'in_review')
    .where('p.to_level', '=', level)
    .where('p.to_status', '=', 'in_review')
    .where('r.type', '=', type)
    .orderBy('e.at', 'desc')
    .limit(SAMPLES_PER_LEVEL)
    .execute();
}

export async function readLevelSamples(db: Kysely<Database>, type: RequestType, holidays: ReadonlySet<string>): Promise<LevelSamples> {
  const samples: Record<number, number[]> = {};
  for (const level of REVIEW_LEVELS) {
    samples[level] = (await latestVisits(db, type, level)).map((v) => workingDaysBetween(v.enteredAt, v.leftAt, holidays));
  }
  return samples;
}
