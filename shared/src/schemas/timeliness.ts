// Timeliness payloads: the level targets administrators edit, and the predicted decision date on the request page.
import { z } from 'zod';
import { REQUEST_TYPES, type RequestType } from '../request-types';
import type { LevelTargets } from '../timeliness/targets';

export const MIN_TARGET_DAYS = 1;
export const MAX_TARGET_DAYS = 60;
export const TARGET_LEVEL_KEYS = ['2', '3', '4', '5', '6', '7', '8'] as const;

const targetDays = z
  .number()
  .refine((n) => Number.isInteger(n) && n >= MIN_TARGET_DAYS && n <= MAX_TARGET_DAYS, { message: 'target_days_range' })
  .describe(`Whole working days, ${MIN_TARGET_DAYS}–${MAX_TARGET_DAYS}`);
const levelKey = z.enum(TARGET_LEVEL_KEYS).describe('Review level 2–8');

/** The office's targets: every level 2–8 in `default`; for a type, only the levels where it differs. */
export const levelTargetsSchema = z.strictObject({
  default: z.record(levelKey, targetDays),
  byType: z.partialRecord(z.enum(REQUEST_TYPES), z.partialRecord(levelKey, targetDays)),
});
export type LevelTargetsBody = z.infer<typeof levelTargetsSchema>;

export const predictionSchema = z
  .object({
    expectedDate: z.string().describe('Bangkok date (YYYY-MM-DD) by which the decision is expected: median times of the levels ahead'),
    likelyByDate: z.string().describe('Bangkok date by which it comes in about 80 % of past cases (80th percentiles)'),
    basis: z.enum(['history', 'targets', 'mixed']).describe('Whether past requests of this type or the targets gave the times'),
  })
  .describe('For requests in review; null otherwise');
export type PredictionView = z.infer<typeof predictionSchema>;

type LevelKey = (typeof TARGET_LEVEL_KEYS)[number];

function keyed(days: Readonly<Record<number, number>>): Partial<Record<LevelKey, number>> {
  return Object.fromEntries(TARGET_LEVEL_KEYS.flatMap((key) => (days[Number(key)] === undefined ? [] : [[key, days[Number(key)]]])));
}

function numbered(days: Readonly<Partial<Record<string, number>>>): Record<number, number> {
  return Object.fromEntries(Object.entries(days).flatMap(([level, d]) => (d === undefined ? [] : [[Number(level), d]])));
}

/** LevelTargets as JSON: level keys as strings ("2"), every level of the office table present. */
export function levelTargetsBody(targets: LevelTargets): LevelTargetsBody {
  const office = keyed(targets.default);
  const byType: LevelTargetsBody['byType'] = {};
  for (const type of REQUEST_TYPES) {
    const days = targets.byType[type];
    if (days && Object.keys(days).length > 0) byType[type] = keyed(days);
  }
  return {
    default: TARGET_LEVEL_KEYS.reduce((all, key) => ({ ...all, [key]: office[key] ?? MIN_TARGET_DAYS }), {} as Record<LevelKey, number>),
    byType,
  };
}

/** The JSON shape back to LevelTargets; a type with no levels set is left out. */
export function levelTargetsOf(body: LevelTargetsBody): LevelTargets {
  const byType: Partial<Record<RequestType, Record<number, number>>> = {};
  for (const type of REQUEST_TYPES) {
    const days = body.byType[type];
    if (days && Object.keys(days).length > 0) byType[type] = numbered(days);
  }
  return { default: numbered(body.default), byType };
}
