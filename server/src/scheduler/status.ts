// What administrators see of the scheduler: its last run and whether it is late, recent runs, recent notices sent.
import type { Kysely } from 'kysely';
import type { Database, SchedulerRunTable } from '@bmrts/db';
import type { NotificationKind, SchedulerJob, SchedulerNoticeKind, SchedulerRun, SchedulerStatus } from '@bmrts/shared';
import { LATE_AFTER_INTERVALS } from './scheduler';

const RECENT_RUNS = 20;
const RECENT_JOBS = 50;

function runOf(r: SchedulerRunTable): SchedulerRun {
  return {
    id: r.id,
    holder: r.holder,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    evaluated: r.evaluated,
    reminders: r.reminders,
    escalations: r.escalations,
    error: r.error,
  };
}

async function recentJobs(db: Kysely<Database>): Promise<SchedulerJob[]> {
  const rows = await db
    .selectFrom('scheduler_jobs')
    .innerJoin('requests', 'requests.id', 'scheduler_jobs.request_id')
    .select([
      'scheduler_jobs.id',
      'scheduler_jobs.sent_at',
      'scheduler_jobs.kind',
      'scheduler_jobs.level',
      'scheduler_jobs.working_days',
      'scheduler_jobs.target_days',
      'scheduler_jobs.recipients',
      'requests.id as request_id',
      'requests.tracking_no',
      'requests.title',
    ])
    .orderBy('scheduler_jobs.sent_at', 'desc')
    .orderBy('scheduler_jobs.id', 'desc')
    .limit(RECENT_JOBS)
    .execute();
  const recipientsOf = new Map(rows.map((r) => [r.id, JSON.parse(r.recipients) as { userId: string; kind: NotificationKind }[]]));
  const userIds = [...new Set([...recipientsOf.values()].flat().map((x) => x.userId))];
  const names = new Map<string, string>();
  if (userIds.length > 0) {
    for (const u of await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', userIds).execute())
      names.set(u.id, u.display_name);
  }
  return rows.map((r) => ({
    id: r.id,
    sentAt: r.sent_at,
    kind: r.kind as SchedulerNoticeKind,
    level: r.level,
    workingDays: r.working_days,
    targetDays: r.target_days,
    request: { id: r.request_id, trackingNo: r.tracking_no, title: r.title },
    recipients: (recipientsOf.get(r.id) ?? []).map((x) => ({ id: x.userId, displayName: names.get(x.userId) ?? x.userId, kind: x.kind })),
  }));
}

/**
 * Late when the last run started longer than LATE_AFTER_INTERVALS intervals ago, or when there has been no run at
 * all while this server has been up that long.
 */
export async function schedulerStatus(
  db: Kysely<Database>,
  now: Date,
  serverStartedAt: Date,
  intervalMinutes: number,
): Promise<SchedulerStatus> {
  const runs = (
    await db.selectFrom('scheduler_runs').selectAll().orderBy('started_at', 'desc').orderBy('id', 'desc').limit(RECENT_RUNS).execute()
  ).map(runOf);
  const lastRun = runs[0] ?? null;
  const lateAfterMinutes = intervalMinutes * LATE_AFTER_INTERVALS;
  const since = lastRun ? new Date(lastRun.startedAt) : serverStartedAt;
  return {
    intervalMinutes,
    lateAfterMinutes,
    late: now.getTime() - since.getTime() > lateAfterMinutes * 60_000,
    lastRun,
    runs,
    jobs: await recentJobs(db),
  };
}
