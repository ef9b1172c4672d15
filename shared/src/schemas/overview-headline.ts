// The dashboard's headline figures and its month trend: waiting and overdue now, the median working days to a final
// decision, the on-time rate and the first-pass yield, each beside its value at the end of the previous month.
// docs/decisions/0016-dashboard-headline-figures.md defines each.
import { z } from 'zod';

const previousAt = z.string().describe('The instant the previous value was measured at: the start of a Bangkok month (UTC ISO-8601)');

export const countFigureSchema = z.object({
  value: z.number().int(),
  previous: z.number().int(),
  previousAt,
});
export type CountFigure = z.infer<typeof countFigureSchema>;

export const rateFigureSchema = z.object({
  value: z.number().nullable().describe('null when n is 0'),
  n: z.number().int().describe('How many the value is of'),
  previous: z.number().nullable().describe('The same figure counted up to previousAt; null when its n is 0'),
  previousN: z.number().int(),
  previousAt,
});
export type RateFigure = z.infer<typeof rateFigureSchema>;

export const headlineSchema = z.object({
  waitingNow: countFigureSchema.describe('In review at levels 2–8 or awaiting the Council, every fiscal year'),
  overdueNow: countFigureSchema.describe('Of those, past the target of their level and type'),
  medianDaysToDecision: rateFigureSchema.describe(
    'Nearest-rank median of working days from first submission to approval or rejection, of the requests finally decided in the fiscal year',
  ),
  onTimePercent: rateFigureSchema.describe(
    'Of the visits to a review level that ended (by any decision) in the fiscal year, the share within the level’s target for the type; one decimal',
  ),
  firstPassPercent: rateFigureSchema.describe(
    'Of the requests approved in the fiscal year, the share never returned to the unit; one decimal',
  ),
});
export type Headline = z.infer<typeof headlineSchema>;

export const trendMonthSchema = z.object({
  month: z.string().describe('CE calendar month in Bangkok, YYYY-MM'),
  decisions: z.number().int().describe('Requests approved or rejected in the month'),
  medianDaysToDecision: z.number().int().nullable(),
  visits: z.number().int().describe('Visits to a review level that ended in the month'),
  onTimePercent: z.number().nullable(),
});
export type TrendMonth = z.infer<typeof trendMonthSchema>;
