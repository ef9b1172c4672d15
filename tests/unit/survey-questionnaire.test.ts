// The default questionnaire, the rules a questionnaire keeps, who is invited, and what an answer must hold.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SURVEY_QUESTIONS,
  answerProblems,
  answersToKeep,
  createSurveyRoundBodySchema,
  isInvited,
  questionnaireProblems,
  surveyPhase,
} from '@bmrts/shared';

const fullAnswers = () => [
  { questionId: 'overall', value: 5 },
  { questionId: 'ease_of_use', value: 4 },
  { questionId: 'tracking_speed', value: 5 },
  { questionId: 'status_accuracy', value: 3 },
  { questionId: 'notification_usefulness', value: 4 },
];

describe('the default questionnaire', () => {
  it('asks overall satisfaction (the KPI), four questions on the service on the scale, and a free-text suggestion', () => {
    expect(DEFAULT_SURVEY_QUESTIONS.map((q) => [q.id, q.kind, q.isOverall])).toEqual([
      ['overall', 'scale', true],
      ['ease_of_use', 'scale', false],
      ['tracking_speed', 'scale', false],
      ['status_accuracy', 'scale', false],
      ['notification_usefulness', 'scale', false],
      ['suggestions', 'text', false],
    ]);
    for (const q of DEFAULT_SURVEY_QUESTIONS) expect(q.text.th && q.text.en).toBeTruthy();
    expect(questionnaireProblems(DEFAULT_SURVEY_QUESTIONS)).toEqual([]);
  });
});

describe('questionnaire rules', () => {
  it('needs exactly one overall question, on the scale, and distinct ids', () => {
    const noOverall = DEFAULT_SURVEY_QUESTIONS.map((q) => ({ ...q, isOverall: false }));
    expect(questionnaireProblems(noOverall).map((p) => p.rule)).toEqual(['survey_one_overall']);
    const two = DEFAULT_SURVEY_QUESTIONS.map((q) => ({
      ...q,
      isOverall: q.kind === 'scale' && q.id !== 'ease_of_use' ? q.isOverall : true,
    }));
    expect(questionnaireProblems(two).map((p) => p.rule)).toContain('survey_one_overall');
    expect(questionnaireProblems([{ id: 'x', kind: 'text', isOverall: true }]).map((p) => p.rule)).toEqual(['survey_overall_on_scale']);
    expect(
      questionnaireProblems([
        { id: 'x', kind: 'scale', isOverall: true },
        { id: 'x', kind: 'text', isOverall: false },
      ]).map((p) => p.rule),
    ).toEqual(['survey_question_ids_unique']);
  });

  it('refuses a round body that closes before it opens or invites nobody', () => {
    const body = { title: 'รอบที่ 1', fiscalYear: 2569, opensAt: '2026-03-02T00:00:00Z', closesAt: '2026-03-01T00:00:00Z', invitation: {} };
    const issues = createSurveyRoundBodySchema.safeParse(body).error?.issues.map((i) => i.message) ?? [];
    expect(issues).toEqual(expect.arrayContaining(['survey_invitation_empty', 'survey_closes_before_opens']));
  });
});

describe('a round over time', () => {
  const round = { opensAt: '2026-03-02T00:00:00.000Z', closesAt: '2026-03-09T00:00:00.000Z' };
  it('is scheduled before it opens, open from opensAt, closed from closesAt', () => {
    expect(surveyPhase(round, new Date('2026-03-01T23:59:59.999Z'))).toBe('scheduled');
    expect(surveyPhase(round, new Date('2026-03-02T00:00:00.000Z'))).toBe('open');
    expect(surveyPhase(round, new Date('2026-03-08T23:59:59.999Z'))).toBe('open');
    expect(surveyPhase(round, new Date('2026-03-09T00:00:00.000Z'))).toBe('closed');
  });
});

describe('who is invited', () => {
  const unitStaff = { level: 1, unitCode: 'K01', isAdmin: false };
  const analyst = { level: 2, unitCode: null, isAdmin: false };
  it('takes everyone, or the chosen levels and the chosen units, and never an administrator', () => {
    expect(isInvited({ allUsers: true, levels: [], unitCodes: [] }, unitStaff)).toBe(true);
    expect(isInvited({ allUsers: true, levels: [], unitCodes: [] }, { level: null, unitCode: null, isAdmin: true })).toBe(false);
    expect(isInvited({ allUsers: false, levels: [2], unitCodes: [] }, analyst)).toBe(true);
    expect(isInvited({ allUsers: false, levels: [2], unitCodes: [] }, unitStaff)).toBe(false);
    expect(isInvited({ allUsers: false, levels: [], unitCodes: ['K01'] }, unitStaff)).toBe(true);
    expect(isInvited({ allUsers: false, levels: [], unitCodes: ['D05'] }, unitStaff)).toBe(false);
  });
});

describe('answers', () => {
  it('accept every scale question answered, with or without the suggestion', () => {
    expect(answerProblems(DEFAULT_SURVEY_QUESTIONS, fullAnswers())).toEqual([]);
    expect(answerProblems(DEFAULT_SURVEY_QUESTIONS, [...fullAnswers(), { questionId: 'suggestions', value: 'ดีมาก' }])).toEqual([]);
  });

  it('need every scale question, levels 1–5 only, text where text is asked, each question once', () => {
    const [, ...withoutOverall] = fullAnswers();
    expect(answerProblems(DEFAULT_SURVEY_QUESTIONS, withoutOverall)).toEqual([{ rule: 'survey_answer_required', at: 'overall' }]);
    // One problem per question: a level out of range is reported as that, not also as missing.
    expect(answerProblems(DEFAULT_SURVEY_QUESTIONS, [...withoutOverall, { questionId: 'overall', value: 6 }])).toEqual([
      { rule: 'survey_answer_needs_level', at: 4 },
    ]);
    expect(
      answerProblems(DEFAULT_SURVEY_QUESTIONS, [...fullAnswers(), { questionId: 'suggestions', value: 5 }]).map((p) => p.rule),
    ).toEqual(['survey_answer_needs_text']);
    expect(answerProblems(DEFAULT_SURVEY_QUESTIONS, [...fullAnswers(), { questionId: 'overall', value: 4 }]).map((p) => p.rule)).toEqual([
      'survey_answer_duplicate',
    ]);
    expect(answerProblems(DEFAULT_SURVEY_QUESTIONS, [...fullAnswers(), { questionId: 'nope', value: 4 }]).map((p) => p.rule)).toEqual([
      'survey_answer_unknown_question',
    ]);
  });

  it('drop blank text and trim the rest', () => {
    expect(
      answersToKeep([
        { questionId: 'overall', value: 5 },
        { questionId: 'suggestions', value: '   ' },
      ]),
    ).toEqual([{ questionId: 'overall', value: 5 }]);
    expect(answersToKeep([{ questionId: 'suggestions', value: ' ดี ' }])).toEqual([{ questionId: 'suggestions', value: 'ดี' }]);
  });
});
