// The overview for division directors, executives and administrators: counts, waits per level, overdue requests.
import { z } from 'zod';
import { REQUEST_STATUSES } from '../status';
import { REQUEST_TYPES } from '../request-types';
import { fiscalYear } from './common';
import { requestSummarySchema } from './api';

export const overviewQuerySchema = z.strictObject({
  fiscalYear: z.coerce.number().pipe(fiscalYear).optional().describe('BE fiscal year; every year when left out'),
});
export type OverviewQuery = z.infer<typeof overviewQuerySchema>;

export const MAX_OVERDUE_LISTED = 100;

export const overdueRequestSchema = requestSummarySchema.extend({
  targetDays: z.number().int().describe('Target working days at the request’s current level'),
});
export type OverdueRequest = z.infer<typeof overdueRequestSchema>;

export const levelWaitSchema = z.object({
  level: z.number().int(),
  waiting: z.number().int().describe('Requests waiting at this level now (level 8 includes those awaiting the Council)'),
  averageWorkingDays: z.number().nullable().describe('One decimal; null when nothing waits'),
  longestWorkingDays: z.number().int().nullable(),
  targetDays: z.number().int(),
});
export type LevelWait = z.infer<typeof levelWaitSchema>;

export const overviewResponseSchema = z.object({
  fiscalYear: z.number().int().nullable(),
  counts: z.array(z.object({ type: z.enum(REQUEST_TYPES), status: z.enum(REQUEST_STATUSES), count: z.number().int() })).describe('Only combinations that occur'),
  inReviewByLevel: z.array(z.object({ level: z.number().int(), count: z.number().int() })).describe('Levels 2–8, zeros included'),
  waits: z.array(levelWaitSchema).describe('Levels 2–8'),
  overdueCount: z.number().int(),
  overdue: z.array(overdueRequestSchema).describe(`Longest wait first, at most ${MAX_OVERDUE_LISTED}`),
});
export type OverviewResponse = z.infer<typeof overviewResponseSchema>;
