// Checks one person's answers against the round's questions: every scale question answered 1–5, text optional.
import { MAX_TEXT_ANSWER_LENGTH, type SurveyQuestion } from './questionnaire';
import { isSatisfactionValue } from './scale';

export interface SurveyAnswer {
  questionId: string;
  value: number | string;
}

export type AnswerRule =
  | 'survey_answer_required'
  | 'survey_answer_unknown_question'
  | 'survey_answer_duplicate'
  | 'survey_answer_needs_level'
  | 'survey_answer_needs_text';

export interface AnswerProblem {
  rule: AnswerRule;
  /** Index in the answers sent, or, for a missing answer, the question's id. */
  at: number | string;
}

export function answerProblems(questions: readonly SurveyQuestion[], answers: readonly SurveyAnswer[]): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  const byId = new Map(questions.map((q) => [q.id, q]));
  const answered = new Set<string>();
  for (const [index, answer] of answers.entries()) {
    const question = byId.get(answer.questionId);
    if (!question) {
      problems.push({ rule: 'survey_answer_unknown_question', at: index });
    } else if (answered.has(answer.questionId)) {
      problems.push({ rule: 'survey_answer_duplicate', at: index });
    } else {
      answered.add(answer.questionId);
      if (question.kind === 'scale' && !(typeof answer.value === 'number' && isSatisfactionValue(answer.value))) {
        problems.push({ rule: 'survey_answer_needs_level', at: index });
      }
      if (question.kind === 'text' && (typeof answer.value !== 'string' || answer.value.length > MAX_TEXT_ANSWER_LENGTH)) {
        problems.push({ rule: 'survey_answer_needs_text', at: index });
      }
    }
  }
  for (const question of questions) {
    if (question.kind === 'scale' && !answered.has(question.id)) problems.push({ rule: 'survey_answer_required', at: question.id });
  }
  return problems;
}

/** What is kept of the answers: blank text answers say nothing and are dropped, the rest trimmed. */
export function answersToKeep(answers: readonly SurveyAnswer[]): SurveyAnswer[] {
  return answers.flatMap((a) => {
    if (typeof a.value === 'number') return [a];
    const text = a.value.trim();
    return text === '' ? [] : [{ questionId: a.questionId, value: text }];
  });
}
