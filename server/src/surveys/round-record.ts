// A stored survey round as the domain and the API see it: JSON columns parsed, the target in percent, its phase now.
import { z } from 'zod';
import type { SurveyRoundRow } from '@bmrts/db';
import { SURVEY_QUESTION_KINDS, surveyPhase, type SurveyInvitation, type SurveyQuestion, type SurveyRoundView } from '@bmrts/shared';

// The JSON columns are written only by this capability; parsing them again still refuses a row edited by hand.
const storedInvitation = z.object({ allUsers: z.boolean(), levels: z.array(z.number().int()), unitCodes: z.array(z.string()) });
const storedQuestions = z.array(
  z.object({
    id: z.string(),
    kind: z.enum(SURVEY_QUESTION_KINDS),
    text: z.object({ th: z.string(), en: z.string() }),
    isOverall: z.boolean(),
  }),
);

export interface SurveyRound {
  id: string;
  title: string;
  fiscalYear: number;
  opensAt: string;
  closesAt: string;
  targetPercent: number;
  minimumRespondents: number;
  anonymous: boolean;
  invitation: SurveyInvitation;
  questions: SurveyQuestion[];
  responseSecret: string | null;
  createdAt: string;
  updatedAt: string;
}

export function roundOf(row: SurveyRoundRow): SurveyRound {
  return {
    id: row.id,
    title: row.title,
    fiscalYear: row.fiscal_year,
    opensAt: row.opens_at,
    closesAt: row.closes_at,
    targetPercent: row.target_tenths / 10,
    minimumRespondents: row.min_respondents,
    anonymous: row.anonymous === 1,
    invitation: storedInvitation.parse(JSON.parse(row.invitation)),
    questions: storedQuestions.parse(JSON.parse(row.questions)),
    responseSecret: row.response_secret,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export const targetTenthsOf = (percent: number): number => Math.round(percent * 10);

/** The round as the API shows it (never its secret). */
export function roundView(round: SurveyRound, responseCount: number, now: Date): SurveyRoundView {
  const phase = surveyPhase(round, now);
  return {
    id: round.id,
    title: round.title,
    fiscalYear: round.fiscalYear,
    opensAt: round.opensAt,
    closesAt: round.closesAt,
    phase,
    targetPercent: round.targetPercent,
    minimumRespondents: round.minimumRespondents,
    anonymous: round.anonymous,
    invitation: round.invitation,
    questions: round.questions,
    questionnaireEditable: phase === 'scheduled',
    responseCount,
    createdAt: round.createdAt,
    updatedAt: round.updatedAt,
  };
}
