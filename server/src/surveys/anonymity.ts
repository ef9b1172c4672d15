// Anonymous rounds: the keyed hash that lets a respondent replace their own answer, and its erasure at closing.
// See docs/decisions/0005-anonymous-survey-responses.md.
import { createHmac, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '@bmrts/db';
import { surveyPhase } from '@bmrts/shared';
import type { SurveyRound } from './round-record';

export function newRoundSecret(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * The edit key of a person's anonymous response: HMAC-SHA256 of their id under the round's secret. Without the
 * secret the key cannot be computed from a user id, and the secret is erased when the round closes.
 */
export function editKeyOf(secret: string, userId: string): string {
  return createHmac('sha256', secret).update(userId).digest('hex');
}

/**
 * Once a round has closed nobody may change an answer, so nothing needs to find a person's response any more:
 * the secret and every edit key are erased, and from then on not even the database holds the link. Called by
 * whatever reads or answers a round; idempotent.
 */
export async function forgetLinksIfClosed(db: Kysely<Database>, round: SurveyRound, now: Date): Promise<void> {
  if (!round.anonymous || round.responseSecret === null || surveyPhase(round, now) !== 'closed') return;
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('survey_responses').set({ edit_key: null }).where('round_id', '=', round.id).execute();
    await trx.updateTable('survey_rounds').set({ response_secret: null }).where('id', '=', round.id).execute();
  });
  round.responseSecret = null;
}
