// Live results of a round for administrators: loads who was invited, who answered and the answers, and hands them
// to the shared statistics. In an anonymous round no respondent is ever attached to an answer.
import type { Kysely } from 'kysely';
import type { Database } from '@bmrts/db';
import {
  LEVEL_TITLES,
  isLevel,
  roundResults,
  type RespondentIdentity,
  type StoredResponse,
  type SurveyAnswer,
  type SurveyResults,
} from '@bmrts/shared';
import type { AppDeps } from '../deps';
import { forgetLinksIfClosed } from './anonymity';
import { invitedPeople } from './invitations';
import { findRound } from './round-queries';
import { roundView, type SurveyRound } from './round-record';

async function storedResponses(db: Kysely<Database>, round: SurveyRound): Promise<StoredResponse[]> {
  const answers = await db
    .selectFrom('survey_answers')
    .innerJoin('survey_responses', 'survey_responses.id', 'survey_answers.response_id')
    .select(['survey_answers.response_id', 'survey_answers.question_id', 'survey_answers.scale_value', 'survey_answers.text_value'])
    .where('survey_responses.round_id', '=', round.id)
    .execute();
  const answersByResponse = new Map<string, SurveyAnswer[]>();
  for (const a of answers) {
    const value = a.scale_value ?? a.text_value;
    if (value === null) continue;
    answersByResponse.set(a.response_id, [...(answersByResponse.get(a.response_id) ?? []), { questionId: a.question_id, value }]);
  }
  if (round.anonymous) {
    // Ordered by the random id only: no order that could follow the order people answered in.
    const ids = await db.selectFrom('survey_responses').select('id').where('round_id', '=', round.id).orderBy('id').execute();
    return ids.map(({ id }) => ({ responseId: id, respondent: null, submittedAt: null, answers: answersByResponse.get(id) ?? [] }));
  }
  const named = await db
    .selectFrom('survey_responses')
    .innerJoin('users', 'users.id', 'survey_responses.respondent_id')
    .innerJoin('survey_participants', (join) =>
      join
        .onRef('survey_participants.round_id', '=', 'survey_responses.round_id')
        .onRef('survey_participants.user_id', '=', 'survey_responses.respondent_id'),
    )
    .select([
      'survey_responses.id',
      'users.id as userId',
      'users.username',
      'users.display_name',
      'survey_participants.level',
      'survey_participants.unit_code',
      'survey_responses.submitted_at',
    ])
    .where('survey_responses.round_id', '=', round.id)
    .orderBy('survey_responses.submitted_at')
    .orderBy('users.username')
    .execute();
  return named.map((r) => {
    const respondent: RespondentIdentity = {
      id: r.userId,
      username: r.username,
      displayName: r.display_name,
      level: r.level,
      unitCode: r.unit_code,
    };
    return { responseId: r.id, respondent, submittedAt: r.submitted_at, answers: answersByResponse.get(r.id) ?? [] };
  });
}

/** The round, its live results, and the stored responses the raw-answers export lists. */
export interface LoadedResults {
  round: SurveyRound;
  results: SurveyResults;
  responses: StoredResponse[];
}

export async function loadResults(deps: AppDeps, roundId: string): Promise<LoadedResults> {
  const now = deps.clock.now();
  const round = await findRound(deps.db, roundId);
  await forgetLinksIfClosed(deps.db, round, now);
  const participants = await deps.db
    .selectFrom('survey_participants')
    .select(['user_id', 'level', 'unit_code'])
    .where('round_id', '=', round.id)
    .execute();
  const responses = await storedResponses(deps.db, round);
  const computed = roundResults({
    questions: round.questions,
    targetPercent: round.targetPercent,
    minimumRespondents: round.minimumRespondents,
    invitedNow: await invitedPeople(deps.db, round.invitation),
    respondents: participants.map((p) => ({ id: p.user_id, level: p.level, unitCode: p.unit_code })),
    responses,
  });
  const units = await deps.db.selectFrom('budget_units').select(['code', 'name_th', 'name_en']).execute();
  const unitName = new Map(units.map((u) => [u.code, { th: u.name_th, en: u.name_en }]));
  const rates = computed.responseRate;
  const results: SurveyResults = {
    round: roundView(round, participants.length, now),
    computedAt: now.toISOString(),
    responseRate: {
      ...rates,
      byLevel: rates.byLevel.map((row) => ({
        ...row,
        title: isLevel(row.level) ? LEVEL_TITLES[row.level] : { th: `ระดับ ${row.level}`, en: `Level ${row.level}` },
      })),
      byUnit: rates.byUnit.map((row) => ({ ...row, name: unitName.get(row.unitCode) ?? null })),
    },
    kpi: computed.kpi,
    scaleQuestions: computed.scaleQuestions,
    textQuestions: computed.textQuestions,
  };
  return { round, results, responses };
}
