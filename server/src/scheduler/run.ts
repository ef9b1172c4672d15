// One run of the reminder scheduler: take the lease, look at every open request that could be past a target and
// whose visit is not yet fully handled, send what is due, and log the run.
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Database } from '@bmrts/db';
import {
  REQUEST_TYPES,
  REVIEW_LEVELS,
  bangkokDate,
  dueNotices,
  earliestUndueEntry,
  targetDaysFor,
  waitTargetOf,
  workingDaysBetween,
  type LevelTargets,
  type RequestType,
  type SchedulerNoticeKind,
} from '@bmrts/shared';
import type { AppConfig, AppDeps } from '../deps';
import { readHolidays } from '../reference/reference-data';
import { readLevelTargets } from '../timeliness/targets';
import { clockRunning, positionOfRow } from '../requests/position-sql';
import { acquireLease, releaseLease } from './lease';
import { sendNotice, type Visit } from './send-notice';

/** With `config.email`, the notices also go out by email (through insertNotifications and the outbox). */
export type SchedulerDeps = Pick<AppDeps, 'db' | 'clock' | 'ids'> & {
  config?: (Pick<AppConfig, 'email'> & Partial<Pick<AppConfig, 'holdersMayAppoint'>>) | undefined;
};

/** A one-off run holds the lease at most this long, should its process die before releasing it. */
const ONE_OFF_LEASE_MS = 10 * 60_000;

export interface RunOptions {
  /** Who takes the lease; a one-off run gets a fresh id, the periodic scheduler its process's. */
  holder?: string;
  leaseMs?: number;
  /** Keep the lease after the run (the periodic scheduler renews it every interval); otherwise it is released. */
  keepLease?: boolean;
}

export interface RunOutcome {
  /** False when another runner held the lease: this call did nothing. */
  ran: boolean;
  evaluated: number;
  reminders: number;
  escalations: number;
}

export interface EvaluationCounts {
  evaluated: number;
  reminders: number;
  escalations: number;
}

function smallestTarget(targets: LevelTargets): number {
  const all = REVIEW_LEVELS.flatMap((level) => REQUEST_TYPES.map((type) => targetDaysFor(targets, level, type)));
  const known = all.filter((t): t is number => t !== null);
  return known.length === 0 ? 0 : Math.min(...known);
}

/** Open requests that may be past a target, with whether this visit already had its reminder; fully handled visits are left out. */
function candidates(db: Kysely<Database>, enteredBefore: string) {
  // Only where the Office's clock runs: never the unit's time, never a Council wait (decision record 0015).
  // Served by requests_inbox (status, level, level_entered_at, id) and, per row, by scheduler_jobs_visit.
  return db
    .selectFrom('requests')
    .select(['requests.id', 'requests.type', 'requests.unit_code', 'requests.status', 'requests.level', 'requests.level_entered_at'])
    .select((eb) => eb.exists(jobOfVisit(eb, 'reminder')).as('reminded'))
    .where((eb) => clockRunning(eb))
    .where('requests.level_entered_at', '<', enteredBefore)
    .where((eb) => eb.not(eb.exists(jobOfVisit(eb, 'escalation'))))
    .orderBy('requests.level_entered_at')
    .orderBy('requests.id')
    .execute();
}

/** The notice of this kind already sent for the row's current visit. */
function jobOfVisit(eb: ExpressionBuilder<Database, 'requests'>, kind: SchedulerNoticeKind) {
  return eb
    .selectFrom('scheduler_jobs as j')
    .select('j.id')
    .whereRef('j.request_id', '=', 'requests.id')
    .whereRef('j.visit_started_at', '=', 'requests.level_entered_at')
    .where('j.kind', '=', kind);
}

/**
 * Sends every reminder and escalation due now and not yet sent. Safe to run concurrently with itself: each notice is
 * written once, whoever gets there first (tests call it without the lease to prove that).
 */
export async function evaluateOpenRequests(deps: SchedulerDeps, runId: string): Promise<EvaluationCounts> {
  const now = deps.clock.now();
  const nowIso = now.toISOString();
  // Read afresh each run (every few minutes): a change of holidays or targets applies from the next run on.
  const holidays = await readHolidays(deps.db);
  const targets = await readLevelTargets(deps.db);
  const rows = await candidates(deps.db, earliestUndueEntry(bangkokDate(now), smallestTarget(targets)));
  const counts: EvaluationCounts = { evaluated: rows.length, reminders: 0, escalations: 0 };
  // Whoever acts for a holder is reminded only under an appointment that keeps the rules; unset is the server's default (on).
  const holdersMayAppoint = deps.config?.holdersMayAppoint ?? true;
  for (const row of rows) {
    const position = positionOfRow(row);
    const status = position.status;
    const level = position.heldAtLevel;
    const targetDays = waitTargetOf(position, targets, row.type as RequestType);
    if (level === null || targetDays === null) continue;
    const workingDays = workingDaysBetween(row.level_entered_at, nowIso, holidays);
    const visit: Visit = {
      requestId: row.id,
      unitCode: row.unit_code,
      level,
      status,
      visitStartedAt: row.level_entered_at,
      workingDays,
      targetDays,
    };
    for (const kind of dueNotices(workingDays, targetDays)) {
      if (kind === 'reminder' && Boolean(row.reminded)) continue;
      if (!(await sendNotice(deps, runId, visit, kind, nowIso, holdersMayAppoint))) continue;
      if (kind === 'reminder') counts.reminders++;
      else counts.escalations++;
    }
  }
  return counts;
}

/** One run, if this caller gets the lease: the run is logged with what it looked at and sent, or the error it met. */
export async function runSchedulerOnce(deps: SchedulerDeps, options: RunOptions = {}): Promise<RunOutcome> {
  const holder = options.holder ?? `once:${deps.ids.newId()}`;
  const started = deps.clock.now();
  const startedIso = started.toISOString();
  const expiresAt = new Date(started.getTime() + (options.leaseMs ?? ONE_OFF_LEASE_MS)).toISOString();
  if (!(await acquireLease(deps.db, holder, startedIso, expiresAt))) return { ran: false, evaluated: 0, reminders: 0, escalations: 0 };

  const runId = deps.ids.newId();
  await deps.db
    .insertInto('scheduler_runs')
    .values({ id: runId, holder, started_at: startedIso, finished_at: null, evaluated: 0, reminders: 0, escalations: 0, error: null })
    .execute();
  try {
    const counts = await evaluateOpenRequests(deps, runId);
    await deps.db
      .updateTable('scheduler_runs')
      .set({ ...counts, finished_at: deps.clock.now().toISOString() })
      .where('id', '=', runId)
      .execute();
    return { ran: true, ...counts };
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    await deps.db
      .updateTable('scheduler_runs')
      .set({ error: error.slice(0, 2000), finished_at: deps.clock.now().toISOString() })
      .where('id', '=', runId)
      .execute();
    throw err;
  } finally {
    if (!options.keepLease) await releaseLease(deps.db, holder, deps.clock.now().toISOString());
  }
}
