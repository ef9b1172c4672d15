// The oversight dashboard for levels 4–8 and administrators: waits per level, the ageing grid of unit × level, first-pass
// yield per unit and monthly volumes by type. docs/decisions/0009-oversight-dashboard-figures.md defines each figure.
import { z } from 'zod';
import { REQUEST_TYPES } from '../request-types';
import { EXPORT_FORMATS } from './api';
import { budgetOverviewSchema } from './budget';
import { fiscalYear } from './common';
import { headlineSchema, trendMonthSchema } from './overview-headline';

export const overviewQuerySchema = z.strictObject({
  fiscalYear: z.coerce.number().pipe(fiscalYear).optional().describe('BE fiscal year of the yearly figures; the current one when left out'),
});
export type OverviewQuery = z.infer<typeof overviewQuerySchema>;

/** The dashboard's tables that export as a spreadsheet. */
export const OVERVIEW_TABLES = ['levels', 'ageing', 'firstPass', 'monthly'] as const;
export type OverviewTable = (typeof OVERVIEW_TABLES)[number];

export const overviewExportQuerySchema = z.strictObject({
  ...overviewQuerySchema.shape,
  table: z
    .enum(OVERVIEW_TABLES)
    .describe(
      'levels: waits per level and the Council; ageing: unit × level; firstPass: first-pass yield per unit; monthly: submissions per month',
    ),
  format: z.enum(EXPORT_FORMATS).describe('csv: UTF-8 with BOM; xlsx: Thai headers, numbers as numbers'),
});
export type OverviewExportQuery = z.infer<typeof overviewExportQuerySchema>;

const bilingual = z.object({ th: z.string(), en: z.string() });
const days = z.number().int().nullable().describe('Working days; null when nothing waits');

export const waitFiguresSchema = z.object({
  waiting: z.number().int(),
  medianWorkingDays: days.describe('Nearest-rank 50th percentile of working days waited at the current step'),
  p90WorkingDays: days.describe('Nearest-rank 90th percentile'),
});

export const levelFiguresSchema = waitFiguresSchema.extend({
  level: z.number().int(),
  overdue: z.number().int().describe('Waiting more working days than the target for the level and the request’s type'),
  targetDays: z
    .record(z.enum(REQUEST_TYPES), z.number().int().nullable())
    .describe('Target working days at this level for each request type'),
});
export type LevelFigures = z.infer<typeof levelFiguresSchema>;

export const ageingCellSchema = z.object({ level: z.number().int(), waiting: z.number().int(), overdue: z.number().int() });
export type AgeingCell = z.infer<typeof ageingCellSchema>;

export const ageingRowSchema = z.object({
  unitCode: z.string(),
  unitName: bilingual,
  cells: z.array(ageingCellSchema).describe('Levels 2–8'),
  awaitingCouncil: z.number().int(),
  total: z.number().int(),
});
export type AgeingRow = z.infer<typeof ageingRowSchema>;

export const firstPassRowSchema = z.object({
  unitCode: z.string(),
  unitName: bilingual,
  approved: z.number().int().describe('Approved during the fiscal year'),
  firstPass: z.number().int().describe('Of those, never returned to the unit'),
  percent: z.number().describe('firstPass ÷ approved × 100, one decimal'),
});
export type FirstPassRow = z.infer<typeof firstPassRowSchema>;

export const monthlyVolumeSchema = z.object({
  month: z.string().describe('CE calendar month in Bangkok, YYYY-MM'),
  counts: z.record(z.enum(REQUEST_TYPES), z.number().int()),
  total: z.number().int(),
});
export type MonthlyVolume = z.infer<typeof monthlyVolumeSchema>;

export const overviewResponseSchema = z.object({
  fiscalYear: z.number().int(),
  asOf: z.string().describe('The moment the waits were measured (UTC ISO-8601)'),
  headline: headlineSchema,
  trend: z.array(trendMonthSchema).describe('Each month of the fiscal year, October first: time to a final decision and the on-time rate'),
  levels: z
    .array(levelFiguresSchema)
    .describe('Levels 2–8, zeros included; waits of every request in review now, whatever its fiscal year'),
  council: waitFiguresSchema.describe('Requests waiting for the BMA Council after level 8: no Office target, so never overdue'),
  ageing: z.array(ageingRowSchema).describe('Units with a request waiting now, most waiting first'),
  firstPass: z.array(firstPassRowSchema).describe('Units with a request approved during the fiscal year, lowest yield first'),
  monthly: z.array(monthlyVolumeSchema).describe('Requests first submitted in each month of the fiscal year, October first'),
  budget: budgetOverviewSchema.describe('The fiscal year’s budget lines added up, and those closest to empty (issue 16)'),
});
export type OverviewResponse = z.infer<typeof overviewResponseSchema>;
