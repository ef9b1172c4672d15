// Answering a round: one response per invited person, replaced by a later answer until the round closes.
import { randomUUID } from 'node:crypto';
import {
  Forbidden,
  NotFound,
  RULE_MESSAGES,
  SurveyRefused,
  ValidationFailed,
  answerProblems,
  answersToKeep,
  isInvited,
  surveyPhase,
  type Lang,
  type SurveyAnswer,
  type SurveyResponseBody,
} from '@bmrts/shared';
import type { AppDeps, Caller } from '../deps';
import { editKeyOf, forgetLinksIfClosed } from './anonymity';
import { findRound } from './round-queries';
import type { SurveyRound } from './round-record';
import { hasAnswered, ownResponseId } from './respondent';

/** Who may answer at all: everyone but administrators, who run surveys and are not their subject. */
export function refuseAdministrators(caller: Caller): void {
  if (caller.isAdmin) throw new Forbidden();
}

function checkAnswers(round: SurveyRound, answers: SurveyAnswer[], lang: Lang): void {
  const problems = answerProblems(round.questions, answers);
  if (problems.length) {
    throw new ValidationFailed(problems.map((p) => ({ path: ['answers', p.at], message: RULE_MESSAGES[p.rule][lang] })));
  }
}

export async function submitResponse(
  deps: AppDeps,
  caller: Caller,
  roundId: string,
  body: SurveyResponseBody,
  lang: Lang,
): Promise<{ roundId: string; answers: SurveyAnswer[]; replaced: boolean }> {
  refuseAdministrators(caller);
  const now = deps.clock.now();
  const round = await findRound(deps.db, roundId);
  // A round the caller is not invited to does not exist for them, as a request outside one's scope does not.
  if (!isInvited(round.invitation, caller)) throw new NotFound();
  const phase = surveyPhase(round, now);
  if (phase === 'scheduled') throw new SurveyRefused('survey_not_open');
  if (phase === 'closed') {
    await forgetLinksIfClosed(deps.db, round, now);
    throw new SurveyRefused('survey_closed');
  }
  checkAnswers(round, body.answers, lang);
  const answers = answersToKeep(body.answers);

  return deps.db.transaction().execute(async (trx) => {
    const answeredBefore = await hasAnswered(trx, round.id, caller.id);
    let responseId = answeredBefore ? await ownResponseId(trx, round, caller.id) : null;
    // The participant row exists exactly when a response does, and the secret lives until closing, so this is a bug.
    if (answeredBefore && responseId === null) throw new Error(`the response of a participant of round ${round.id} is missing`);
    if (responseId === null) {
      // An anonymous response's id is random whatever id generator the app runs with, so it says nothing of
      // when or by whom it was given; a named response's id need not hide anything.
      responseId = round.anonymous ? randomUUID() : deps.ids.newId();
      await trx
        .insertInto('survey_responses')
        .values({
          id: responseId,
          round_id: round.id,
          respondent_id: round.anonymous ? null : caller.id,
          // An anonymous response keeps no time: its time beside the participant row's would name the person.
          edit_key: round.anonymous && round.responseSecret !== null ? editKeyOf(round.responseSecret, caller.id) : null,
          submitted_at: round.anonymous ? null : now.toISOString(),
        })
        .execute();
      // caller.level is not null: isInvited admits only people with a level.
      await trx
        .insertInto('survey_participants')
        .values({
          round_id: round.id,
          user_id: caller.id,
          level: caller.level ?? 0,
          unit_code: caller.unitCode,
          answered_at: now.toISOString(),
        })
        .execute();
    } else {
      await trx.deleteFrom('survey_answers').where('response_id', '=', responseId).execute();
      if (!round.anonymous)
        await trx.updateTable('survey_responses').set({ submitted_at: now.toISOString() }).where('id', '=', responseId).execute();
    }
    if (answers.length) {
      const id = responseId;
      await trx
        .insertInto('survey_answers')
        .values(
          answers.map((a) => ({
            response_id: id,
            question_id: a.questionId,
            scale_value: typeof a.value === 'number' ? a.value : null,
            text_value: typeof a.value === 'string' ? a.value : null,
          })),
        )
        .execute();
    }
    return { roundId: round.id, answers, replaced: answeredBefore };
  });
}
