// The reminder scheduler as administrators see it: when it last ran, whether it is late, its runs and what it sent.
import { z } from 'zod';
import { NOTIFICATION_KINDS } from './notifications';
import { SCHEDULER_NOTICE_KINDS } from '../timeliness/due-notices';

const isoDateTime = z.string().describe('UTC ISO-8601 instant');

export const schedulerRunSchema = z.object({
  id: z.string(),
  holder: z.string().describe('The server process that ran it'),
  startedAt: isoDateTime,
  finishedAt: isoDateTime.nullable().describe('null while running, or if the process died mid-run'),
  evaluated: z.number().int().describe('Open requests looked at'),
  reminders: z.number().int(),
  escalations: z.number().int(),
  error: z.string().nullable(),
});
export type SchedulerRun = z.infer<typeof schedulerRunSchema>;

export const schedulerJobSchema = z.object({
  id: z.string(),
  sentAt: isoDateTime,
  kind: z.enum(SCHEDULER_NOTICE_KINDS),
  level: z.number().int(),
  workingDays: z.number().int(),
  targetDays: z.number().int(),
  request: z.object({ id: z.string(), trackingNo: z.string(), title: z.string() }),
  recipients: z.array(z.object({ id: z.string(), displayName: z.string(), kind: z.enum(NOTIFICATION_KINDS) })),
});
export type SchedulerJob = z.infer<typeof schedulerJobSchema>;

export const schedulerStatusSchema = z.object({
  intervalMinutes: z.number().int(),
  lateAfterMinutes: z.number().int().describe('No run for longer than this (or none since the server started that long ago) is late'),
  late: z.boolean(),
  lastRun: schedulerRunSchema.nullable(),
  runs: z.array(schedulerRunSchema).describe('The latest runs, newest first'),
  jobs: z.array(schedulerJobSchema).describe('The latest reminders and escalations sent, newest first'),
});
export type SchedulerStatus = z.infer<typeof schedulerStatusSchema>;
