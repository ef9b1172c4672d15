// One reminder or escalation: the job row and its notifications in one transaction, the job row first and only if
// absent, so two runners (or a run after a restart) can never send the same notice twice.
import type { Kysely } from 'kysely';
import type { Database } from '@bmrts/db';
import type { NotificationKind, RequestEventType, RequestStatus, SchedulerNoticeKind } from '@bmrts/shared';
import type { AppDeps } from '../deps';
import { unitStaff } from '../notifications/recipients';
import { insertNotifications, type NotificationDeps } from '../notifications/store';
import { escalationLevelOf, holdersNow } from './recipients';

/** One visit of an open request to a level: the request there since `visitStartedAt`. */
export interface Visit {
  requestId: string;
  unitCode: string;
  /** The level whose target applies (8 while the Council's decision is awaited). */
  level: number;
  status: RequestStatus;
  visitStartedAt: string;
  workingDays: number;
  targetDays: number;
}

/** The visit ended (a decision) between the scheduler's look and its write: nothing is sent, and the job row is undone. */
class VisitEnded extends Error {}

async function recipientsOf(
  trx: Kysely<Database>,
  visit: Visit,
  kind: SchedulerNoticeKind,
  nowIso: string,
  holdersMayAppoint: boolean,
): Promise<Map<string, NotificationKind>> {
  const recipients = new Map<string, NotificationKind>();
  if (kind === 'reminder') {
    for (const id of await holdersNow(trx, visit.level, visit.unitCode, nowIso, holdersMayAppoint)) recipients.set(id, 'reminder');
    return recipients;
  }
  for (const id of await unitStaff(trx, visit.unitCode)) recipients.set(id, 'late');
  for (const id of await holdersNow(trx, escalationLevelOf(visit.level), visit.unitCode, nowIso, holdersMayAppoint))
    recipients.set(id, 'escalation');
  return recipients;
}

/** Sends the notice unless it was sent already or the visit has ended; true when this call sent it. */
export async function sendNotice(
  deps: Pick<AppDeps, 'db' | 'ids'> & NotificationDeps,
  runId: string,
  visit: Visit,
  kind: SchedulerNoticeKind,
  nowIso: string,
  holdersMayAppoint: boolean,
): Promise<boolean> {
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const jobId = deps.ids.newId();
      // Written first: on PostgreSQL a concurrent insert of the same key waits here for the other's commit and then
      // inserts nothing; on SQLite the transaction takes the write lock before it reads anything.
      const inserted = await trx
        .insertInto('scheduler_jobs')
        .values({
          id: jobId,
          run_id: runId,
          request_id: visit.requestId,
          level: visit.level,
          visit_started_at: visit.visitStartedAt,
          kind,
          working_days: visit.workingDays,
          target_days: visit.targetDays,
          recipients: '[]',
          sent_at: nowIso,
        })
        .onConflict((oc) => oc.columns(['request_id', 'visit_started_at', 'kind', 'level']).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 0) return false;

      const current = await trx
        .selectFrom('requests')
        .select(['status', 'level_entered_at'])
        .where('id', '=', visit.requestId)
        .executeTakeFirst();
      if (!current || current.status !== visit.status || current.level_entered_at !== visit.visitStartedAt) throw new VisitEnded();
      // The notice carries the event that brought the request to this level, like the 'arrived' notice did.
      const arrival = await trx
        .selectFrom('request_events')
        .select('type')
        .where('request_id', '=', visit.requestId)
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirstOrThrow();

      const recipients = await recipientsOf(trx, visit, kind, nowIso, holdersMayAppoint);
      await insertNotifications(
        trx,
        deps,
        [...recipients].map(([userId, notificationKind]) => ({
          userId,
          requestId: visit.requestId,
          kind: notificationKind,
          eventType: arrival.type as RequestEventType,
          fromLevel: visit.level,
          toLevel: visit.level,
          toStatus: visit.status,
          at: nowIso,
        })),
      );
      await trx
        .updateTable('scheduler_jobs')
        .set({ recipients: JSON.stringify([...recipients].map(([userId, k]) => ({ userId, kind: k }))) })
        .where('id', '=', jobId)
        .execute();
      return true;
    });
  } catch (err) {
    if (err instanceof VisitEnded) return false;
    throw err;
  }
}
