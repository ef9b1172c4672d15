// The reminder and escalation scheduler runs and proves it: with an injected clock a request passes its level's target
// (one reminder to whoever holds it) and twice the target (one escalation to the level above, and the unit is told it
// is late), exactly once, also when two runners race, across two servers and across a restart.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireLease, evaluateOpenRequests, runSchedulerOnce, uuidIds, type SchedulerDeps } from '@bmrts/server';
import { workingDaysBetween, type NotificationListResponse, type RequestView, type SchedulerStatus } from '@bmrts/shared';
import { anotherAppOn, makeTestApp, type TestApp } from '../support/test-app';
import { onPostgres } from '../support/test-database';
import { addColleagueOfAnalystA, buildOffice, type Office, type OfficeUser } from '../support/office';
import { call } from '../support/http-client';
import { Actors, createDraft, send } from '../support/workflow';
import { smallAllotment } from '../support/requests';
import { TEST_ORDER } from '../support/appointments';

let t: TestApp;
let office: Office;
let actors: Actors;

beforeEach(async () => {
  t = await makeTestApp();
  office = await buildOffice(t.handle.db);
  actors = new Actors(t);
});
afterEach(() => t.close());

const depsOf = (app: TestApp): SchedulerDeps => ({ db: app.handle.db, clock: app.clock, ids: uuidIds });

/** A small allotment of K01, submitted now: it waits at level 2 (target 3 working days) with analyst A. */
async function submitted(): Promise<RequestView> {
  return send(t, actors, office.unitK01, await createDraft(t, actors, office.unitK01, smallAllotment()), 'SUBMIT');
}

/** Moves the clock a day at a time (at 10:00 Bangkok) until exactly `n` working days have passed since `fromIso`. */
async function moveToWorkingDay(fromIso: string, n: number): Promise<void> {
  const holidays = new Set((await t.handle.db.selectFrom('public_holidays').select('date').execute()).map((r) => r.date));
  while (workingDaysBetween(fromIso, t.clock.now().toISOString(), holidays) < n) t.clock.advanceMinutes(24 * 60);
  expect(workingDaysBetween(fromIso, t.clock.now().toISOString(), holidays)).toBe(n);
  // Days later every session has expired: people sign in again.
  actors = new Actors(t);
}

async function notificationsOf(user: OfficeUser): Promise<string[]> {
  const res = await call<NotificationListResponse>(t, 'GET', '/api/notifications', { cookie: await actors.cookie(user) });
  expect(res.status).toBe(200);
  return res.body.items
    .filter((n) => ['reminder', 'escalation', 'late'].includes(n.kind))
    .map((n) => `${n.kind} ${n.request.trackingNo} L${n.toLevel}`);
}

async function jobsSent(): Promise<string[]> {
  const rows = await t.handle.db
    .selectFrom('scheduler_jobs')
    .select(['kind', 'level'])
    .orderBy('sent_at')
    .orderBy('kind', 'desc')
    .execute();
  return rows.map((r) => `${r.kind} L${r.level}`);
}

async function schedulerNotificationCount(): Promise<number> {
  const row = await t.handle.db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('kind', 'in', ['reminder', 'escalation', 'late'])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('reminders and escalations', () => {
  it('reminds the analyst once the request has passed its target, and escalates once it has passed twice the target', async () => {
    const request = await submitted();
    const entered = request.levelEnteredAt;

    // On the target's last day the request is not yet overdue: nothing is sent.
    await moveToWorkingDay(entered, 3);
    expect((await runSchedulerOnce(depsOf(t))).reminders).toBe(0);
    expect(await notificationsOf(office.analystA)).toEqual([]);

    await moveToWorkingDay(entered, 4);
    expect(await runSchedulerOnce(depsOf(t))).toMatchObject({ ran: true, reminders: 1, escalations: 0 });
    expect(await notificationsOf(office.analystA)).toEqual([`reminder ${request.trackingNo} L2`]);
    expect(await notificationsOf(office.headSection1)).toEqual([]);
    // A later run the same day, and the next day, send nothing more.
    t.clock.advanceMinutes(2);
    expect((await runSchedulerOnce(depsOf(t))).reminders).toBe(0);

    await moveToWorkingDay(entered, 6);
    expect(await runSchedulerOnce(depsOf(t))).toMatchObject({ reminders: 0, escalations: 0 });

    await moveToWorkingDay(entered, 7);
    expect(await runSchedulerOnce(depsOf(t))).toMatchObject({ reminders: 0, escalations: 1 });
    expect(await notificationsOf(office.headSection1)).toEqual([`escalation ${request.trackingNo} L2`]);
    expect(await notificationsOf(office.unitK01)).toEqual([`late ${request.trackingNo} L2`]);
    expect(await notificationsOf(office.unitK01b)).toEqual([`late ${request.trackingNo} L2`]);
    expect(await notificationsOf(office.analystA)).toEqual([`reminder ${request.trackingNo} L2`]);
    // Nobody outside: the other section's head and the other unit hear nothing.
    expect(await notificationsOf(office.headSection2)).toEqual([]);
    expect(await t.handle.db.selectFrom('notifications').select('kind').where('user_id', '=', office.unitD05.id).execute()).toEqual([]);

    await moveToWorkingDay(entered, 12);
    expect(await runSchedulerOnce(depsOf(t))).toMatchObject({ evaluated: 0, reminders: 0, escalations: 0 });
    expect(await jobsSent()).toEqual(['reminder L2', 'escalation L2']);
  });

  it('sends both notices in order when a request is first seen already past twice its target', async () => {
    const request = await submitted();
    await moveToWorkingDay(request.levelEnteredAt, 9);
    expect(await runSchedulerOnce(depsOf(t))).toMatchObject({ reminders: 1, escalations: 1 });
    expect(await jobsSent()).toEqual(['reminder L2', 'escalation L2']);
  });

  it('reminds whoever acts for the holder under a running appointment too, but not under one that breaks the rules', async () => {
    const request = await submitted();
    const colleague = await addColleagueOfAnalystA(t.handle.db);
    const made = await call(t, 'POST', '/api/appointments', {
      cookie: await actors.cookie(office.admin),
      body: {
        actingUserId: colleague.id,
        forUserId: office.analystA.id,
        startsAt: t.clock.now().toISOString(),
        endsAt: new Date(t.clock.now().getTime() + 30 * 86_400_000).toISOString(),
        reason: 'ลาพักผ่อน',
        ...TEST_ORDER,
      },
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    // Written before the rules: another unit's clerk made to act for analyst A. It grants nothing, so it reminds nobody.
    await t.handle.db
      .insertInto('acting_appointments')
      .values({
        id: 'clerk-acting',
        acting_user_id: office.unitD05.id,
        for_user_id: office.analystA.id,
        for_level: null,
        starts_at: t.clock.now().toISOString(),
        ends_at: new Date(t.clock.now().getTime() + 30 * 86_400_000).toISOString(),
        reason: 'ก่อนมีกฎ',
        created_by: office.analystA.id,
        created_at: t.clock.now().toISOString(),
        revoked_at: null,
        order_no: TEST_ORDER.orderNo,
        order_date: TEST_ORDER.orderDate,
      })
      .execute();
    await moveToWorkingDay(request.levelEnteredAt, 4);
    await runSchedulerOnce(depsOf(t));
    expect(await notificationsOf(office.analystA)).toEqual([`reminder ${request.trackingNo} L2`]);
    expect(await notificationsOf(colleague)).toEqual([`reminder ${request.trackingNo} L2`]);
    expect(await t.handle.db.selectFrom('notifications').select('kind').where('user_id', '=', office.unitD05.id).execute()).toEqual([]);
  });

  it('gives a request sent back and arriving again a fresh reminder for its new visit', async () => {
    let request = await submitted();
    request = await send(t, actors, office.analystA, request, 'APPROVE');
    // Level 3's target is 1 working day: the second working day there is past it.
    await moveToWorkingDay(request.levelEnteredAt, 2);
    expect((await runSchedulerOnce(depsOf(t))).reminders).toBe(1);

    request = await send(t, actors, office.headSection1, request, 'SEND_BACK', 'ขอรายละเอียดเพิ่ม');
    request = await send(t, actors, office.analystA, request, 'APPROVE');
    expect(request.level).toBe(3);
    expect((await runSchedulerOnce(depsOf(t))).reminders).toBe(0);
    await moveToWorkingDay(request.levelEnteredAt, 2);
    expect((await runSchedulerOnce(depsOf(t))).reminders).toBe(1);
    expect(await notificationsOf(office.headSection1)).toEqual([`reminder ${request.trackingNo} L3`, `reminder ${request.trackingNo} L3`]);
    expect(await jobsSent()).toEqual(['reminder L3', 'reminder L3']);
  });

  it('sends nothing about a request returned to its unit: the Office’s clock stops', async () => {
    const request = await submitted();
    await send(t, actors, office.analystA, request, 'RETURN', 'ขาดเอกสารแนบ');
    await moveToWorkingDay(request.levelEnteredAt, 20);
    expect(await runSchedulerOnce(depsOf(t))).toMatchObject({ ran: true, evaluated: 0, reminders: 0, escalations: 0 });
    expect(await schedulerNotificationCount()).toBe(0);
  });
});

describe('exactly once', () => {
  it('lets only one of two simultaneous runs work, and sends each notice once', async () => {
    const request = await submitted();
    await moveToWorkingDay(request.levelEnteredAt, 7);
    // Both keep the lease when done, as the periodic scheduler does: a one-off run releases it at its end, and on
    // PostgreSQL's pool the second could then start after the first finished, legitimately running too.
    const outcomes = await Promise.all([
      runSchedulerOnce(depsOf(t), { holder: 'server-a', keepLease: true }),
      runSchedulerOnce(depsOf(t), { holder: 'server-b', keepLease: true }),
    ]);
    expect(outcomes.map((o) => o.ran).sort()).toEqual([false, true]);
    expect(await jobsSent()).toEqual(['reminder L2', 'escalation L2']);
    expect(await schedulerNotificationCount()).toBe(4); // analyst A; head 1; the two K01 staff
  });

  it('sends each notice once even when two evaluations race without the lease (the unique key is the safety net)', async () => {
    const first = await submitted();
    await submitted();
    await submitted();
    await moveToWorkingDay(first.levelEnteredAt, 7);
    const runs = await Promise.all([evaluateOpenRequests(depsOf(t), 'run-a'), evaluateOpenRequests(depsOf(t), 'run-b')]);
    expect(runs.reduce((n, r) => n + r.reminders, 0)).toBe(3);
    expect(runs.reduce((n, r) => n + r.escalations, 0)).toBe(3);
    expect(await schedulerNotificationCount()).toBe(12);
  });

  // One SQLite file serves one server process: there the two run one after the other (better-sqlite3 blocks the process
  // while it waits for the other connection's lock); on PostgreSQL they run at the same moment.
  it('sends each notice once when two servers on one database run at the same moment', async () => {
    const second = anotherAppOn(t);
    try {
      const first = await submitted();
      await submitted();
      await moveToWorkingDay(first.levelEnteredAt, 7);
      // Both keep the lease, as the periodic scheduler does: a one-off run releases it at its end, and the pool may start
      // the other after the first finished, when it would legitimately run too (and find every notice already sent).
      const runs = [
        () => runSchedulerOnce(depsOf(t), { holder: 'server-a', keepLease: true }),
        () => runSchedulerOnce(depsOf(second), { holder: 'server-b', keepLease: true }),
        () => evaluateOpenRequests(depsOf(second), 'unleased'),
      ] as const;
      if (onPostgres) {
        const outcomes = await Promise.all(runs.map((run) => run()));
        expect(outcomes.filter((o) => 'ran' in o && o.ran)).toHaveLength(1);
      } else {
        for (const run of runs) await run();
      }
      expect(await jobsSent()).toEqual(['reminder L2', 'reminder L2', 'escalation L2', 'escalation L2'].sort((a, b) => b.localeCompare(a)));
      expect(await schedulerNotificationCount()).toBe(8);
    } finally {
      await second.close();
    }
  });

  it('sends nothing again after a restart: a new server on the same database finds the notices already recorded', async () => {
    const request = await submitted();
    await moveToWorkingDay(request.levelEnteredAt, 7);
    expect(await runSchedulerOnce(depsOf(t))).toMatchObject({ reminders: 1, escalations: 1 });
    const restarted = anotherAppOn(t);
    try {
      t.clock.advanceMinutes(5);
      expect(await runSchedulerOnce(depsOf(restarted))).toMatchObject({ ran: true, reminders: 0, escalations: 0 });
    } finally {
      await restarted.close();
    }
    expect(await schedulerNotificationCount()).toBe(4);
  });
});

describe('the lease', () => {
  it('goes to exactly one of two runners asking at once, and to another only once it has expired', async () => {
    const now = t.clock.now();
    const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000).toISOString();
    const second = anotherAppOn(t);
    try {
      const got = await Promise.all([
        acquireLease(t.handle.db, 'server-a', at(0), at(3)),
        acquireLease(second.handle.db, 'server-b', at(0), at(3)),
      ]);
      expect(got.filter(Boolean)).toHaveLength(1);
      const [winner, loser] = got[0] ? ['server-a', 'server-b'] : ['server-b', 'server-a'];
      expect(await acquireLease(t.handle.db, loser, at(2), at(5))).toBe(false);
      // The holder renews it before it runs out.
      expect(await acquireLease(t.handle.db, winner, at(2), at(5))).toBe(true);
      expect(await acquireLease(t.handle.db, loser, at(4), at(7))).toBe(false);
      // Its holder gone quiet, the lease passes on once expired.
      expect(await acquireLease(second.handle.db, loser, at(5), at(8))).toBe(true);
    } finally {
      await second.close();
    }
  });

  it('does not run while another server holds the lease', async () => {
    const request = await submitted();
    await moveToWorkingDay(request.levelEnteredAt, 4);
    const now = t.clock.now();
    expect(await acquireLease(t.handle.db, 'other-server', now.toISOString(), new Date(now.getTime() + 3 * 60_000).toISOString())).toBe(
      true,
    );
    expect(await runSchedulerOnce(depsOf(t))).toMatchObject({ ran: false, reminders: 0 });
    t.clock.advanceMinutes(4);
    expect(await runSchedulerOnce(depsOf(t))).toMatchObject({ ran: true, reminders: 1 });
  });
});

describe('GET /api/admin/scheduler', () => {
  async function status(): Promise<SchedulerStatus> {
    const res = await call<SchedulerStatus>(t, 'GET', '/api/admin/scheduler', { cookie: await actors.cookie(office.admin) });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  }

  it('flags a scheduler that has not run for longer than twice its interval, and shows what it sent', async () => {
    const request = await submitted();
    expect(await status()).toMatchObject({ intervalMinutes: 2, lateAfterMinutes: 4, late: false, lastRun: null, runs: [], jobs: [] });
    // Never run while the server has been up longer than that: late.
    t.clock.advanceMinutes(5);
    expect((await status()).late).toBe(true);

    await moveToWorkingDay(request.levelEnteredAt, 7);
    await runSchedulerOnce(depsOf(t));
    const after = await status();
    expect(after.late).toBe(false);
    expect(after.lastRun).toMatchObject({ evaluated: 1, reminders: 1, escalations: 1, error: null });
    expect(after.lastRun?.finishedAt).not.toBeNull();
    expect(after.jobs.map((j) => `${j.kind} ${j.request.trackingNo} L${j.level}`).sort()).toEqual([
      `escalation ${request.trackingNo} L2`,
      `reminder ${request.trackingNo} L2`,
    ]);
    const escalation = after.jobs.find((j) => j.kind === 'escalation');
    expect(escalation?.recipients.map((r) => `${r.kind} ${r.displayName}`).sort()).toEqual([
      'escalation คุณ head-1',
      'late คุณ k01',
      'late คุณ k01b',
    ]);
    expect(escalation).toMatchObject({ workingDays: 7, targetDays: 3 });

    t.clock.advanceMinutes(4);
    expect((await status()).late).toBe(false);
    t.clock.advanceMinutes(1);
    expect((await status()).late).toBe(true);
  });

  it('is for administrators only', async () => {
    const res = await call(t, 'GET', '/api/admin/scheduler', { cookie: await actors.cookie(office.level6) });
    expect(res.status).toBe(403);
  });
});
