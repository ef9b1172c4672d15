// A database full of requests waiting for one analyst, a load of concurrent APPROVE decisions over real HTTP, and the check that every acknowledged one is stored exactly once.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { SQLITE_FILE_NAME, createDatabase, migrateToLatest, seedReferenceData, verifyHistory, type Database } from '@bmrts/db';
import { createApp, uuidIds } from '@bmrts/server';
import type { RequestView } from '@bmrts/shared';
import { CHEAP_SCRYPT, DEFAULT_NOW, TestClock } from './test-app';
import { PASSWORD, buildOffice } from './office';
import { smallAllotment } from './requests';

export interface PendingDecision {
  id: string;
  /** The version the decision is made on. */
  version: number;
}

export interface ReviewDatabase {
  /** The analyst who may approve every request at level 2. */
  reviewer: { username: string; password: string };
  pending: PendingDecision[];
}

async function post(app: ReturnType<typeof createApp>, path: string, cookie: string, body: unknown): Promise<RequestView> {
  const res = await app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify(body),
  });
  if (res.status >= 300) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as RequestView;
}

async function signInCookie(app: ReturnType<typeof createApp>, username: string): Promise<string> {
  const res = await app.request('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${username}: ${res.status}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

/** DATA_DIR/bmrts.db with the test office and `count` K01 requests submitted and waiting at level 2, closed cleanly (no WAL left). */
export async function buildReviewDatabase(dataDir: string, count: number): Promise<ReviewDatabase> {
  mkdirSync(dataDir, { recursive: true });
  const handle = createDatabase({ dataDir });
  try {
    await migrateToLatest(handle.db);
    // Building the fixture needs no durability: the file is closed cleanly before anyone relies on it.
    await sql`PRAGMA synchronous = OFF`.execute(handle.db);
    await seedReferenceData(handle.db, DEFAULT_NOW);
    const office = await buildOffice(handle.db);
    const app = createApp({
      db: handle.db,
      clock: new TestClock(new Date(DEFAULT_NOW)),
      ids: uuidIds,
      config: { sessionIdleMinutes: 60, secureCookies: false, holdersMayAppoint: true, passwordCost: CHEAP_SCRYPT },
    });
    const cookie = await signInCookie(app, office.unitK01.username);
    const pending: PendingDecision[] = [];
    for (let i = 0; i < count; i++) {
      const draft = await post(app, '/api/requests', cookie, smallAllotment());
      const submitted = await post(app, `/api/requests/${draft.id}/events`, cookie, { type: 'SUBMIT', version: draft.version });
      pending.push({ id: submitted.id, version: submitted.version });
    }
    return { reviewer: { username: office.analystA.username, password: PASSWORD }, pending };
  } finally {
    await handle.close();
  }
}

/** A fresh copy of a cleanly closed database into another DATA_DIR. */
export function copyDatabase(fromDataDir: string, toDataDir: string): void {
  const from = join(fromDataDir, SQLITE_FILE_NAME);
  if (existsSync(`${from}-wal`)) throw new Error(`${from} was not closed cleanly`);
  mkdirSync(toDataDir, { recursive: true });
  copyFileSync(from, join(toDataDir, SQLITE_FILE_NAME));
}

export async function signInOverHttp(baseUrl: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${username} over HTTP: ${res.status} ${await res.text()}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

export interface Acknowledged {
  id: string;
  /** The request's version after the decision, as the 2xx response said. */
  version: number;
}

export interface DecisionLog {
  attempted: number;
  acknowledged: Acknowledged[];
  /** Non-2xx answers by status (e.g. 503 while shutting down). */
  refused: Map<number, number>;
  /** Calls that ended in a connection error or a body that never arrived: outcome unknown to the client. */
  failed: number;
}

/**
 * `connections` loops, each taking the next request and approving it; a loop ends when the queue is empty, `stop()` says so,
 * or its connection fails (the server is gone). Only a complete 2xx response with a body counts as acknowledged.
 */
export async function driveDecisions(
  baseUrl: string,
  cookie: string,
  queue: PendingDecision[],
  options: { connections: number; stop?: () => boolean; onAcknowledged?: () => void },
): Promise<DecisionLog> {
  const log: DecisionLog = { attempted: 0, acknowledged: [], refused: new Map(), failed: 0 };
  let next = 0;
  async function loop(): Promise<void> {
    for (;;) {
      if (options.stop?.()) return;
      const decision = queue[next++];
      if (!decision) return;
      log.attempted++;
      let status: number;
      let text: string;
      try {
        const res = await fetch(`${baseUrl}/api/requests/${decision.id}/events`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({ type: 'APPROVE', version: decision.version }),
        });
        status = res.status;
        text = await res.text();
      } catch {
        log.failed++;
        return;
      }
      if (status >= 200 && status < 300) {
        const view = JSON.parse(text) as RequestView;
        log.acknowledged.push({ id: view.id, version: view.version });
        options.onAcknowledged?.();
      } else {
        log.refused.set(status, (log.refused.get(status) ?? 0) + 1);
      }
    }
  }
  await Promise.all(Array.from({ length: options.connections }, loop));
  return log;
}

export interface DurabilityCheck {
  acknowledged: number;
  /** Acknowledged decisions whose event (at the acknowledged version) is missing. */
  lost: Acknowledged[];
  /** Requests with more than one APPROVE, or whose version disagrees with their history (version = 1 + events, no edits here). */
  doubled: string[];
  /** APPROVE events stored: acknowledged ones plus those committed just before the answer could be sent. */
  applied: number;
  historyOk: boolean;
  historyBroken: string[];
}

export async function checkDecisions(db: Kysely<Database>, acknowledged: Acknowledged[]): Promise<DurabilityCheck> {
  const approvals = await db.selectFrom('request_events').select(['request_id', 'seq']).where('type', '=', 'APPROVE').execute();
  const approvedAt = new Map<string, number[]>();
  for (const a of approvals) approvedAt.set(a.request_id, [...(approvedAt.get(a.request_id) ?? []), a.seq]);

  // A decision on version v is the event with seq v - 1 (a draft starts at version 1 with no events) and leaves the request at version v.
  const lost = acknowledged.filter((ack) => !(approvedAt.get(ack.id) ?? []).includes(ack.version - 1));

  const counts = await db
    .selectFrom('requests')
    .leftJoin('request_events', 'request_events.request_id', 'requests.id')
    .select((eb) => ['requests.id', 'requests.version', eb.fn.count<number>('request_events.id').as('events')])
    .groupBy(['requests.id', 'requests.version'])
    .execute();
  const doubled = new Set<string>();
  for (const row of counts) if (row.version !== 1 + Number(row.events)) doubled.add(row.id);
  for (const [id, seqs] of approvedAt) if (seqs.length > 1) doubled.add(id);

  const history = await verifyHistory(db);
  return {
    acknowledged: acknowledged.length,
    lost,
    doubled: [...doubled],
    applied: approvals.length,
    historyOk: history.ok,
    historyBroken: history.broken.map((b) => `${b.chainName} seq ${b.seq}: ${b.problem}`),
  };
}

/** Opens DATA_DIR's database (the server must be stopped), runs the check, closes it. */
export async function checkDataDir(dataDir: string, acknowledged: Acknowledged[]): Promise<DurabilityCheck> {
  const handle = createDatabase({ dataDir });
  try {
    return await checkDecisions(handle.db, acknowledged);
  } finally {
    await handle.close();
  }
}
