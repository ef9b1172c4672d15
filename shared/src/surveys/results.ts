// A round's results from its stored answers: response rates, the KPI, figures per scale question, the free text.
import type { Bilingual } from '../levels';
import type { SurveyAnswer } from './answers';
import { satisfactionKpi, type SatisfactionKpi } from './kpi';
import type { SurveyQuestion } from './questionnaire';
import { responseRates, type ResponseRates, type SurveyPerson } from './response-rate';
import { isSatisfactionValue, type SatisfactionValue } from './scale';
import { scaleStatistics, type ScaleStatistics } from './statistics';

/** Who gave a response; null for every response of an anonymous round. */
export interface RespondentIdentity {
  id: string;
  username: string;
  displayName: string;
  level: number;
  unitCode: string | null;
}

export interface StoredResponse {
  responseId: string;
  respondent: RespondentIdentity | null;
  /** When last given; null in an anonymous round, where a time beside the list of who answered would name people. */
  submittedAt: string | null;
  answers: SurveyAnswer[];
}

export interface ScaleQuestionResult extends ScaleStatistics {
  questionId: string;
  position: number;
  text: Bilingual;
  isOverall: boolean;
}

export interface TextQuestionResult {
  questionId: string;
  position: number;
  text: Bilingual;
  answers: { text: string; respondent: RespondentIdentity | null }[];
}

export interface RoundResults {
  responseRate: ResponseRates;
  kpi: SatisfactionKpi & { questionId: string | null };
  scaleQuestions: ScaleQuestionResult[];
  textQuestions: TextQuestionResult[];
}

export interface RoundResultsInput {
  questions: readonly SurveyQuestion[];
  targetPercent: number;
  minimumRespondents: number;
  invitedNow: readonly SurveyPerson[];
  respondents: readonly SurveyPerson[];
  responses: readonly StoredResponse[];
}

export function roundResults(input: RoundResultsInput): RoundResults {
  const answersTo = (questionId: string) =>
    input.responses.flatMap((r) =>
      r.answers.filter((a) => a.questionId === questionId).map((a) => ({ value: a.value, respondent: r.respondent })),
    );
  const scaleValues = (questionId: string): SatisfactionValue[] =>
    answersTo(questionId).flatMap((a) => (typeof a.value === 'number' && isSatisfactionValue(a.value) ? [a.value] : []));

  const overall = input.questions.find((q) => q.isOverall) ?? null;
  const scaleQuestions = input.questions.flatMap((q, position) =>
    q.kind === 'scale'
      ? [{ questionId: q.id, position: position + 1, text: q.text, isOverall: q.isOverall, ...scaleStatistics(scaleValues(q.id)) }]
      : [],
  );
  const textQuestions = input.questions.flatMap((q, position) =>
    q.kind === 'text'
      ? [
          {
            questionId: q.id,
            position: position + 1,
            text: q.text,
            answers: answersTo(q.id).flatMap((a) => (typeof a.value === 'string' ? [{ text: a.value, respondent: a.respondent }] : [])),
          },
        ]
      : [],
  );
  return {
    responseRate: responseRates(input.invitedNow, input.respondents),
    kpi: {
      questionId: overall?.id ?? null,
      ...satisfactionKpi(overall ? scaleValues(overall.id) : [], input.targetPercent, input.minimumRespondents),
    },
    scaleQuestions,
    textQuestions,
  };
}
