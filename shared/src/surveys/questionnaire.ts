// A round's questionnaire and its timeline: the rules a questionnaire must keep, and whether a round is open now.
import type { Bilingual } from '../levels';

export const SURVEY_QUESTION_KINDS = ['scale', 'text'] as const;
export type SurveyQuestionKind = (typeof SURVEY_QUESTION_KINDS)[number];

export interface SurveyQuestion {
  /** Stable within the round: answers refer to it. */
  id: string;
  kind: SurveyQuestionKind;
  text: Bilingual;
  /** The overall-satisfaction question whose level-5 share is the KPI; exactly one per round, on the scale. */
  isOverall: boolean;
}

export const MAX_SURVEY_QUESTIONS = 30;
export const MAX_TEXT_ANSWER_LENGTH = 2000;

/** Why a questionnaire is refused; each key has a Thai and English message in RULE_MESSAGES. */
export type QuestionnaireRule = 'survey_one_overall' | 'survey_overall_on_scale' | 'survey_question_ids_unique';

export function questionnaireProblems(
  questions: readonly Pick<SurveyQuestion, 'id' | 'kind' | 'isOverall'>[],
): { rule: QuestionnaireRule; index: number }[] {
  const problems: { rule: QuestionnaireRule; index: number }[] = [];
  const overall = questions.flatMap((q, index) => (q.isOverall ? [index] : []));
  if (overall.length !== 1) problems.push({ rule: 'survey_one_overall', index: overall[1] ?? 0 });
  for (const index of overall) if (questions[index]?.kind !== 'scale') problems.push({ rule: 'survey_overall_on_scale', index });
  const seen = new Set<string>();
  questions.forEach((q, index) => {
    if (seen.has(q.id)) problems.push({ rule: 'survey_question_ids_unique', index });
    seen.add(q.id);
  });
  return problems;
}

export const SURVEY_PHASES = ['scheduled', 'open', 'closed'] as const;
/** scheduled: before opensAt, the questionnaire may still change; open: answers taken; closed: from closesAt on. */
export type SurveyPhase = (typeof SURVEY_PHASES)[number];

export function surveyPhase(round: { opensAt: string; closesAt: string }, now: Date): SurveyPhase {
  const t = now.getTime();
  if (t < Date.parse(round.opensAt)) return 'scheduled';
  return t < Date.parse(round.closesAt) ? 'open' : 'closed';
}

/** Who a round asks: everyone, or those at the chosen levels and those of the chosen units. */
export interface SurveyInvitation {
  allUsers: boolean;
  levels: number[];
  unitCodes: string[];
}

export function isInvited(
  invitation: SurveyInvitation,
  person: { level: number | null; unitCode: string | null; isAdmin: boolean },
): boolean {
  // Administrators run surveys; they are not the service's users and never answer.
  if (person.isAdmin || person.level === null) return false;
  if (invitation.allUsers) return true;
  return invitation.levels.includes(person.level) || (person.unitCode !== null && invitation.unitCodes.includes(person.unitCode));
}
