// What administrators read of a round: live results, a comparison of rounds, the printable summary, the exports.
import { z } from 'zod';
import { INTERVAL_SIDES, KPI_VERDICTS } from '../surveys/kpi';
import { MEAN_BAND_KEYS } from '../surveys/scale';
import { SURVEY_PHASES } from '../surveys/questionnaire';
import { idParam } from './common';
import { surveyRoundSchema } from './surveys';

const bilingual = z.object({ th: z.string(), en: z.string() });
const percent = z
  .number()
  .nullable()
  .describe('Percent, rounded half up to 1 decimal (29 of 30 → 96.7); null when there is nothing to divide by');

const rateRow = { invited: z.number().int(), responded: z.number().int(), percent };
export const responseRateSchema = z.object({
  ...rateRow,
  byLevel: z.array(z.object({ level: z.number().int(), title: bilingual, ...rateRow })),
  byUnit: z.array(z.object({ unitCode: z.string(), name: bilingual.nullable(), ...rateRow })).describe('Budget-unit staff by their unit'),
});

export const surveyKpiSchema = z
  .object({
    questionId: z.string().nullable(),
    respondents: z.number().int(),
    atLevel5: z.number().int(),
    percent: percent.describe('ร้อยละของผู้ใช้บริการที่มีความพึงพอใจในระดับดีมาก: atLevel5 / respondents × 100, half up to 1 decimal'),
    interval: z
      .object({ lower: z.number(), upper: z.number() })
      .nullable()
      .describe(
        '95 % Wilson score interval of that share, in percent, half up to 1 decimal (29 of 30 → 83.3–99.4); null with no respondents',
      ),
    intervalSide: z
      .enum(INTERVAL_SIDES)
      .nullable()
      .describe('Where the whole interval lies against the target: above it, below it, or across it (the verdict could be chance)'),
    targetPercent: z.number(),
    minimumRespondents: z.number().int().describe('Below this many respondents no verdict is claimed'),
    verdict: z
      .enum(KPI_VERDICTS)
      .describe('no_answers; too_few (fewer respondents than the minimum: cannot conclude); passed / failed (reported percent vs target)'),
    passed: z.boolean().nullable().describe('The reported percent (1 decimal) ≥ the target; null with no verdict (no_answers or too_few)'),
  })
  .describe('The KPI: the share of respondents whose overall satisfaction is level 5 (DOMAIN.md §6)');

const band = z.object({ key: z.enum(MEAN_BAND_KEYS), label: bilingual }).nullable();

const scaleFigures = {
  n: z.number().int(),
  mean: z.number().nullable().describe('Σx / n, half up to 2 decimals'),
  band: band.describe('Thai band of the rounded mean: 4.51–5.00 มากที่สุด, 3.51–4.50 มาก, 2.51–3.50 ปานกลาง, 1.51–2.50 น้อย, 1.00–1.50 น้อยที่สุด'),
  sd: z.number().nullable().describe('Sample standard deviation (divisor n − 1), half up to 2 decimals; null when n < 2'),
  percentAt5: percent,
  percentAt4to5: percent,
  meanPercent: percent.describe('mean / 5 × 100 from the exact mean, half up to 1 decimal'),
};

export const scaleQuestionResultSchema = z.object({
  questionId: z.string(),
  position: z.number().int().describe('Number of the question in the questionnaire, from 1'),
  text: bilingual,
  isOverall: z.boolean(),
  ...scaleFigures,
  distribution: z.array(z.object({ value: z.number().int(), label: bilingual, count: z.number().int(), percent })),
});

const respondent = z
  .object({ id: z.string(), username: z.string(), displayName: z.string(), level: z.number().int(), unitCode: z.string().nullable() })
  .nullable()
  .describe('Who wrote it; always null in an anonymous round');

export const textQuestionResultSchema = z.object({
  questionId: z.string(),
  position: z.number().int(),
  text: bilingual,
  answers: z.array(z.object({ text: z.string(), respondent })),
});

export const surveyResultsSchema = z.object({
  round: surveyRoundSchema,
  computedAt: z.string().describe('UTC ISO-8601 instant: results are live, computed at each call'),
  responseRate: responseRateSchema,
  kpi: surveyKpiSchema,
  scaleQuestions: z.array(scaleQuestionResultSchema),
  textQuestions: z.array(textQuestionResultSchema),
});
export type SurveyResults = z.infer<typeof surveyResultsSchema>;

// ---- comparison ----
export const MAX_COMPARED_ROUNDS = 6;
export const surveyCompareQuerySchema = z.strictObject({
  rounds: z
    .string()
    .max(MAX_COMPARED_ROUNDS * 37)
    .describe('Round ids separated by commas, 2 to 6, in the order to show them')
    .transform((s) => s.split(',').map((id) => id.trim()))
    .pipe(z.array(idParam).min(2).max(MAX_COMPARED_ROUNDS)),
});

/** The KPI's change from the round before, by compareRoundKpis (shared/src/surveys/round-change.ts). */
export const roundKpiChangeSchema = z
  .discriminatedUnion('verdict', [
    z.object({
      verdict: z.literal('cannot_conclude'),
      inconclusive: z
        .array(
          z.object({
            round: z.enum(['earlier', 'later']),
            reason: z.enum(['no_answers', 'too_few']),
            respondents: z.number().int(),
            minimumRespondents: z.number().int(),
          }),
        )
        .describe('The round(s) below their minimum sample (or with no answers): no change is claimed'),
    }),
    z.object({
      verdict: z.literal('compared'),
      changePoints: z.number().describe('Later − earlier KPI, percentage points, 1 decimal'),
      intervalsOverlap: z.boolean().describe('The two 95 % intervals overlap: the change could be chance'),
    }),
  ])
  .nullable()
  .describe('The KPI’s change from the round before this one in the list; null for the first');

export const surveyComparisonSchema = z.object({
  rounds: z.array(
    z.object({
      round: z.object({
        id: z.string(),
        title: z.string(),
        fiscalYear: z.number().int(),
        opensAt: z.string(),
        closesAt: z.string(),
        phase: z.enum(SURVEY_PHASES),
        anonymous: z.boolean(),
      }),
      invited: z.number().int(),
      responded: z.number().int(),
      responseRatePercent: percent,
      kpi: surveyKpiSchema,
      kpiChange: roundKpiChangeSchema,
      questions: z
        .array(z.object({ questionId: z.string(), text: bilingual, isOverall: z.boolean(), ...scaleFigures }))
        .describe('Scale questions; the default ones keep their ids across rounds'),
    }),
  ),
});

export type SurveyComparison = z.infer<typeof surveyComparisonSchema>;

// ---- printable summary ----
export const surveySummarySchema = z
  .object({
    title: z.string(),
    fiscalYearLabel: z.string().describe('"ปีงบประมาณ พ.ศ. 2569"'),
    periodLabel: z.string().describe('Opening to closing date, Thai, Buddhist Era'),
    generatedAtLabel: z.string(),
    anonymous: z.boolean(),
    invited: z.number().int(),
    responded: z.number().int(),
    responseRatePercent: percent,
    kpi: surveyKpiSchema.extend({
      statement: z.string().describe('"ร้อยละ 96.7 ของผู้ใช้บริการผ่านระบบ BMRTS มีความพึงพอใจในระดับดีมาก (เป้าหมายร้อยละ 90.0)"'),
      verdictText: z.string().describe('ผ่านเป้าหมาย / ไม่ผ่านเป้าหมาย / ยังสรุปไม่ได้ / ยังไม่มีผู้ตอบ'),
      reason: z
        .string()
        .nullable()
        .describe('Why no verdict: "ตอบ 1 จาก 83 คน น้อยกว่าขั้นต่ำ 30 คน"; null when there is one or nobody answered'),
      intervalText: z.string().nullable().describe('"ช่วงความเชื่อมั่น 95%: ร้อยละ 83.3–99.4"'),
    }),
    rows: z.array(
      z.object({
        position: z.number().int(),
        question: z.string(),
        isOverall: z.boolean(),
        ...scaleFigures,
        bandLabel: z.string().describe('The Thai band, "-" with no answers'),
      }),
    ),
    scale: z.array(z.object({ value: z.number().int(), label: z.string() })),
    bands: z.array(z.object({ range: z.string(), label: z.string() })).describe('How a mean is read, for the note under the table'),
    suggestionCount: z.number().int(),
  })
  .describe('A one-page summary in Thai for the office’s annual performance report; the web prints it');
export type SurveySummary = z.infer<typeof surveySummarySchema>;

// ---- exports ----
export const SURVEY_EXPORT_CONTENTS = ['results', 'answers'] as const;
export const SURVEY_EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export const surveyExportQuerySchema = z.strictObject({
  what: z
    .enum(SURVEY_EXPORT_CONTENTS)
    .default('results')
    .describe('results: the figures; answers: one row per response (no identity in an anonymous round)'),
  format: z.enum(SURVEY_EXPORT_FORMATS).default('xlsx'),
});
export type SurveyExportQuery = z.infer<typeof surveyExportQuerySchema>;
