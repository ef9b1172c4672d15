// The open rounds the caller is invited to, with their questions, the five labels and the caller's current answers.
import { SATISFACTION_LABELS, SATISFACTION_VALUES, isInvited, type PendingSurveysResponse } from '@bmrts/shared';
import type { AppDeps, Caller } from '../deps';
import { roundOf } from './round-record';
import { answersOf, hasAnswered, ownResponseId } from './respondent';

export const SURVEY_SCALE = SATISFACTION_VALUES.map((value) => ({ value, label: SATISFACTION_LABELS[value] }));

export async function pendingSurveys(deps: AppDeps, caller: Caller): Promise<PendingSurveysResponse> {
  const now = deps.clock.now().toISOString();
  // Administrators are never invited, so their list is empty rather than refused: every home page may ask.
  const rows = caller.isAdmin
    ? []
    : await deps.db
        .selectFrom('survey_rounds')
        .selectAll()
        .where('opens_at', '<=', now)
        .where('closes_at', '>', now)
        .orderBy('closes_at')
        .orderBy('id')
        .execute();
  const items: PendingSurveysResponse['items'] = [];
  for (const round of rows.map(roundOf)) {
    if (!isInvited(round.invitation, caller)) continue;
    const answered = await hasAnswered(deps.db, round.id, caller.id);
    const responseId = answered ? await ownResponseId(deps.db, round, caller.id) : null;
    items.push({
      id: round.id,
      title: round.title,
      fiscalYear: round.fiscalYear,
      opensAt: round.opensAt,
      closesAt: round.closesAt,
      anonymous: round.anonymous,
      questions: round.questions,
      answered,
      myAnswers: responseId === null ? null : await answersOf(deps.db, responseId, round),
    });
  }
  return { items, scale: SURVEY_SCALE, promptNow: items.some((i) => !i.answered) };
}
