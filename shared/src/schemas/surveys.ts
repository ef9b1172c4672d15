// The survey API's payloads: rounds as administrators shape them, and answers as invited users give them.
import { z } from 'zod';
import { SURVEY_QUESTION_TEXT_MAX, SURVEY_ROUND_TITLE_MAX } from '../limits';
import {
  MAX_SURVEY_QUESTIONS,
  MAX_TEXT_ANSWER_LENGTH,
  SURVEY_PHASES,
  SURVEY_QUESTION_KINDS,
  questionnaireProblems,
} from '../surveys/questionnaire';
import { DEFAULT_MINIMUM_RESPONDENTS, DEFAULT_TARGET_PERCENT, MAX_MINIMUM_RESPONDENTS } from '../surveys/kpi';
import { fiscalYear, idParam, unitCode } from './common';
import { boundedText } from './text';
import { MAX_PAGE_SIZE } from './api';

const bilingual = z.object({ th: z.string(), en: z.string() });
const isoDateTime = z.string().describe('UTC ISO-8601 instant');
const questionText = z.strictObject({ th: boundedText(1, SURVEY_QUESTION_TEXT_MAX), en: boundedText(1, SURVEY_QUESTION_TEXT_MAX) });
export const SURVEY_QUESTION_ID_PATTERN = /^[a-z0-9_-]{1,64}$/;
const questionId = z.string().regex(SURVEY_QUESTION_ID_PATTERN);

// ---- questionnaire ----
export const surveyQuestionSchema = z.object({
  id: z.string(),
  kind: z.enum(SURVEY_QUESTION_KINDS).describe('scale: the five levels of satisfaction; text: a free-text answer'),
  text: bilingual,
  isOverall: z.boolean().describe('The overall-satisfaction question: its share of level-5 answers is the KPI'),
});

const questionInput = z.strictObject({
  id: questionId.optional().describe('Keep the id of an existing question; a new question gets one from the server'),
  kind: z.enum(SURVEY_QUESTION_KINDS),
  text: questionText,
  isOverall: z.boolean().default(false),
});

const questionnaireInput = z
  .array(questionInput)
  .min(1)
  .max(MAX_SURVEY_QUESTIONS)
  .describe('The whole questionnaire in order: add, remove and reorder by sending the new list; exactly one overall question, on the scale')
  .superRefine((questions, ctx) => {
    const named = questions.map((q, index) => ({ ...q, id: q.id ?? `#new-${index}` }));
    for (const problem of questionnaireProblems(named)) ctx.addIssue({ code: 'custom', message: problem.rule, path: [problem.index] });
  });

// ---- rounds ----
export const surveyInvitationSchema = z
  .strictObject({
    allUsers: z.boolean().default(false),
    levels: z.array(z.number().int().min(1).max(8)).max(8).default([]),
    unitCodes: z.array(unitCode).max(200).default([]),
  })
  .describe('Everyone (allUsers), or the users at these levels and the users of these units. Administrators are never invited.')
  .refine((i) => i.allUsers || i.levels.length > 0 || i.unitCodes.length > 0, { message: 'survey_invitation_empty', path: ['allUsers'] });

const targetPercent = z.number().min(0).max(100).describe('Target share (%) of respondents at level 5 overall; kept to 1 decimal');
const minimumRespondents = z
  .number()
  .int()
  .min(1)
  .max(MAX_MINIMUM_RESPONDENTS)
  .describe('Below this many respondents the results say they cannot conclude, rather than pass or fail (default 30)');
const anonymous = z
  .boolean()
  .describe(
    'Answers kept apart from who gave them (docs/decisions/0005-anonymous-survey-responses.md); new rounds are anonymous unless told',
  );

export const createSurveyRoundBodySchema = z
  .strictObject({
    title: boundedText(1, SURVEY_ROUND_TITLE_MAX),
    fiscalYear,
    opensAt: z.iso.datetime({ offset: true }),
    closesAt: z.iso.datetime({ offset: true }),
    targetPercent: targetPercent.default(DEFAULT_TARGET_PERCENT),
    minimumRespondents: minimumRespondents.default(DEFAULT_MINIMUM_RESPONDENTS),
    anonymous: anonymous.default(true),
    invitation: surveyInvitationSchema,
    questions: questionnaireInput.optional().describe('Omitted: the default questionnaire (DEFAULT_SURVEY_QUESTIONS)'),
  })
  .refine((b) => Date.parse(b.opensAt) < Date.parse(b.closesAt), { message: 'survey_closes_before_opens', path: ['closesAt'] });
export type CreateSurveyRoundBody = z.infer<typeof createSurveyRoundBodySchema>;

export const updateSurveyRoundBodySchema = z
  .strictObject({
    title: boundedText(1, SURVEY_ROUND_TITLE_MAX).optional(),
    fiscalYear: fiscalYear.optional(),
    opensAt: z.iso.datetime({ offset: true }).optional(),
    closesAt: z.iso.datetime({ offset: true }).optional(),
    targetPercent: targetPercent.optional(),
    minimumRespondents: minimumRespondents.optional(),
    anonymous: anonymous.optional(),
    invitation: surveyInvitationSchema.optional(),
    questions: questionnaireInput.optional(),
  })
  .describe(
    'Before the round opens anything may change; once open only the title and the closing time (not into the past); once closed only the title',
  )
  .refine((b) => !b.opensAt || !b.closesAt || Date.parse(b.opensAt) < Date.parse(b.closesAt), {
    message: 'survey_closes_before_opens',
    path: ['closesAt'],
  });
export type UpdateSurveyRoundBody = z.infer<typeof updateSurveyRoundBodySchema>;

export const surveyRoundSchema = z.object({
  id: z.string(),
  title: z.string(),
  fiscalYear: z.number().int(),
  opensAt: isoDateTime,
  closesAt: isoDateTime,
  phase: z.enum(SURVEY_PHASES).describe('scheduled (before opensAt), open, closed (from closesAt on)'),
  targetPercent: z.number(),
  minimumRespondents: z.number().int(),
  anonymous: z.boolean(),
  invitation: z.object({ allUsers: z.boolean(), levels: z.array(z.number().int()), unitCodes: z.array(z.string()) }),
  questions: z.array(surveyQuestionSchema),
  questionnaireEditable: z
    .boolean()
    .describe('Whether the questions, invitation and anonymity may still change (only before the round opens)'),
  responseCount: z.number().int(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type SurveyRoundView = z.infer<typeof surveyRoundSchema>;

export const surveyRoundListQuerySchema = z.strictObject({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
});
export type SurveyRoundListQuery = z.infer<typeof surveyRoundListQuerySchema>;
export const surveyRoundListResponseSchema = z.object({
  items: z.array(surveyRoundSchema).describe('Latest opening first'),
  nextCursor: z.string().nullable(),
});

export const surveyRoundParamsSchema = z.strictObject({ roundId: idParam });

// ---- answering ----
export const surveyScaleSchema = z
  .array(z.object({ value: z.number().int(), label: bilingual }))
  .describe('The five levels with the labels of the original BMA form (Thai, word for word) and an English translation');

export const surveyAnswerSchema = z.strictObject({
  questionId,
  value: z
    .union([z.number().int().min(1).max(5), boundedText(0, MAX_TEXT_ANSWER_LENGTH)])
    .describe('1–5 for a scale question; text (≤ 2000) for a text question'),
});
export const surveyResponseBodySchema = z.strictObject({
  answers: z
    .array(surveyAnswerSchema)
    .max(MAX_SURVEY_QUESTIONS)
    .describe('Every scale question must be answered; text answers are optional'),
});
export type SurveyResponseBody = z.infer<typeof surveyResponseBodySchema>;

const answerView = z.object({ questionId: z.string(), value: z.union([z.number().int(), z.string()]) });

export const surveyResponseSchema = z.object({
  roundId: z.string(),
  answers: z.array(answerView),
  replaced: z.boolean().describe('Whether this answer replaced the caller’s earlier one'),
});

export const pendingSurveySchema = z.object({
  id: z.string(),
  title: z.string(),
  fiscalYear: z.number().int(),
  opensAt: isoDateTime,
  closesAt: isoDateTime.describe('Answers may be given and changed until then'),
  anonymous: z.boolean(),
  questions: z.array(surveyQuestionSchema),
  answered: z.boolean(),
  myAnswers: z.array(answerView).nullable().describe('The caller’s current answers, to change them; null before they answer'),
});
export const pendingSurveysResponseSchema = z.object({
  items: z.array(pendingSurveySchema).describe('Open rounds the caller is invited to, soonest closing first'),
  scale: surveyScaleSchema,
  promptNow: z
    .boolean()
    .describe(
      'An open round waits for the caller’s answer: the web asks on the home page, and a budget unit right after one of its requests is decided',
    ),
});
export type PendingSurveysResponse = z.infer<typeof pendingSurveysResponseSchema>;
