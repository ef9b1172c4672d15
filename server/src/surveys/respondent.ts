// Finding a person's own response to a round: by their id in a named round, by their edit key in an anonymous one.
import type { Kysely } from 'kysely';
import type { Database } from '@bmrts/db';
import type { SurveyAnswer } from '@bmrts/shared';
import { editKeyOf } from './anonymity';
import type { SurveyRound } from './round-record';

export async function hasAnswered(db: Kysely<Database>, roundId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('survey_participants')
    .select('user_id')
    .where('round_id', '=', roundId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

/** The id of the person's response, or null when it cannot be found (not answered, or an anonymous round since closed). */
export async function ownResponseId(db: Kysely<Database>, round: SurveyRound, userId: string): Promise<string | null> {
  let q = db.selectFrom('survey_responses').select('id').where('round_id', '=', round.id);
  if (round.anonymous) {
    if (round.responseSecret === null) return null;
    q = q.where('edit_key', '=', editKeyOf(round.responseSecret, userId));
  } else {
    q = q.where('respondent_id', '=', userId);
  }
  return (await q.executeTakeFirst())?.id ?? null;
}

export async function answersOf(db: Kysely<Database>, responseId: string, round: SurveyRound): Promise<SurveyAnswer[]> {
  const rows = await db
    .selectFrom('survey_answers')
    .select(['question_id', 'scale_value', 'text_value'])
    .where('response_id', '=', responseId)
    .execute();
  const byQuestion = new Map(rows.map((r) => [r.question_id, r]));
  // In the questionnaire's order, whatever order the rows come back in.
  return round.questions.flatMap((q) => {
    const row = byQuestion.get(q.id);
    if (!row) return [];
    const value = row.scale_value ?? row.text_value;
    return value === null ? [] : [{ questionId: q.id, value }];
  });
}
