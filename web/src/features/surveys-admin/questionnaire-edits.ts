// The questionnaire as the editor holds it, and the edits on it: add, remove, move, retype, choose the overall question.
import type { SurveyQuestion, SurveyQuestionKind } from '@bmrts/shared';

export interface QuestionDraft {
  /** React's key: the question's id when it has one, else a local one. */
  key: string;
  id: string | undefined;
  kind: SurveyQuestionKind;
  th: string;
  en: string;
  isOverall: boolean;
}

let nextLocal = 0;

export function draftsOf(questions: readonly SurveyQuestion[]): QuestionDraft[] {
  return questions.map((q) => ({ key: q.id, id: q.id, kind: q.kind, th: q.text.th, en: q.text.en, isOverall: q.isOverall }));
}

export function newQuestion(kind: SurveyQuestionKind): QuestionDraft {
  nextLocal += 1;
  return { key: `new-${nextLocal}`, id: undefined, kind, th: '', en: '', isOverall: false };
}

export function moveQuestion(drafts: readonly QuestionDraft[], index: number, by: -1 | 1): QuestionDraft[] {
  const target = index + by;
  if (target < 0 || target >= drafts.length) return [...drafts];
  const next = [...drafts];
  const [moved] = next.splice(index, 1);
  if (moved) next.splice(target, 0, moved);
  return next;
}

export function removeQuestion(drafts: readonly QuestionDraft[], index: number): QuestionDraft[] {
  return drafts.filter((_, i) => i !== index);
}

export function changeQuestion(
  drafts: readonly QuestionDraft[],
  index: number,
  change: Partial<Omit<QuestionDraft, 'key' | 'id'>>,
): QuestionDraft[] {
  return drafts.map((q, i) => {
    if (i !== index) return change.isOverall ? { ...q, isOverall: false } : q;
    const next = { ...q, ...change };
    // Only a scale question can be the overall one.
    return next.kind === 'text' ? { ...next, isOverall: false } : next;
  });
}

/** The questionnaire as the API takes it: ids kept for existing questions, new ones get theirs from the server. */
export function questionsBody(drafts: readonly QuestionDraft[]) {
  return drafts.map((q) => ({
    ...(q.id ? { id: q.id } : {}),
    kind: q.kind,
    text: { th: q.th.trim(), en: q.en.trim() },
    isOverall: q.isOverall,
  }));
}

/** What keeps the questionnaire from being saved, as catalogue keys with their numbers. */
export function questionnaireProblem(
  drafts: readonly QuestionDraft[],
): { key: 'needQuestionText'; n: number } | { key: 'needOverall' } | null {
  const blank = drafts.findIndex((q) => q.th.trim() === '' || q.en.trim() === '');
  if (blank >= 0) return { key: 'needQuestionText', n: blank + 1 };
  if (drafts.filter((q) => q.isOverall && q.kind === 'scale').length !== 1) return { key: 'needOverall' };
  return null;
}
