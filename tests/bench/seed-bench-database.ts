// Fills a SQLite file for the benchmark quickly: bulk inserts in big transactions, not the API.
// Requests over every budget unit and five fiscal years, with hash-chained histories, the demo's people
// (password DEMO_PASSWORD) and sessions for the reviewers the load uses.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, type Insertable } from 'kysely';
import {
  buildDemoPeople,
  chainEvents,
  hashPassword,
  insertBudgetLines,
  migrateToLatest,
  refreshPendingTotals,
  requestContentColumns,
  seedReferenceData,
  DEMO_PASSWORD,
  type Database,
} from '@bmrts/db';
import { TRACKING_PREFIX, claimsOf, formatTrackingNo, type RequestType } from '@bmrts/shared';
import { historyShapes, transferAwaitingFinal, type HistoryShape } from './history-shapes';

export interface BenchSeedOptions {
  file: string;
  requests: number;
  /** Requests left waiting at level 2 in analyst1's portfolio, each approved once by the load. */
  awaitingDecision: number;
  /** Transfers waiting at their final level (6) in each of two kinds, naming two budget lines and naming none. */
  awaitingFinal?: number;
  now: Date;
}

export interface BenchSession {
  username: string;
  cookie: string;
}

export interface BenchSeedResult {
  seconds: number;
  rows: number;
  rowsPerSecond: number;
  fileBytes: number;
  requests: number;
  events: number;
  awaitingDecision: string[];
  /** Transfers whose next approval (by bodirector, level 6) is final: naming two budget lines, and naming none. */
  awaitingFinal: { twoLines: string[]; noLines: string[] };
  sampleRequestIds: string[];
  sessions: Record<'analyst' | 'executive' | 'finalLevel', BenchSession>;
}

const FISCAL_YEARS = [2565, 2566, 2567, 2568, 2569];
const DAY_MS = 86_400_000;
/** Rows per transaction: big enough that commits cost nothing, small enough to keep the journal modest. */
const ROWS_PER_TRANSACTION = 20_000;

/** A prepared INSERT whose SQL Kysely writes, so the column list stays typed; run once per row without rebuilding the query. */
function preparedInsert<T extends keyof Database & string>(
  db: Kysely<Database>,
  raw: SQLite.Database,
  table: T,
  sample: Insertable<Database[T]>,
) {
  const { sql } = db.insertInto(table).values(sample).compile();
  const statement = raw.prepare(sql);
  // Kysely binds the values in the sample's key order; rows are read in that order whatever order they list keys in.
  const keys = Object.keys(sample) as (keyof Insertable<Database[T]>)[];
  return (row: Insertable<Database[T]>) => statement.run(keys.map((key) => row[key]));
}

/** Start of fiscal year `fy` (Buddhist era): 1 October of the previous Gregorian year, Bangkok midnight. */
function fiscalYearStartMs(fy: number): number {
  return Date.parse(`${fy - 544}-10-01T00:00:00+07:00`);
}

export async function seedBenchDatabase(options: BenchSeedOptions): Promise<BenchSeedResult> {
  const started = performance.now();
  const raw = new SQLite(options.file);
  // A throwaway file being filled: no journal and no syncs until it is complete; the server later opens it in WAL mode.
  raw.pragma('journal_mode = OFF');
  raw.pragma('synchronous = OFF');
  raw.pragma('cache_size = -1048576');
  raw.pragma('locking_mode = EXCLUSIVE');
  raw.pragma('temp_store = MEMORY');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  await migrateToLatest(db);
  const nowIso = options.now.toISOString();
  await seedReferenceData(db, nowIso);

  const units = await db
    .selectFrom('budget_units')
    .select(['code', 'kind', 'name_th', 'group_en'])
    .where('active', '=', 1)
    .orderBy('code')
    .execute();
  // Hashed once at the recommended cost, as the demo seed does: the sign-in benchmark verifies against it.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const people = buildDemoPeople({
    units,
    passwordHash,
    createdAt: new Date(fiscalYearStartMs(FISCAL_YEARS[0] ?? 2565)).toISOString(),
    newId: randomUUID,
  });
  await db.insertInto('org_divisions').values(people.divisions).execute();
  await db.insertInto('org_sections').values(people.sections).execute();
  for (let i = 0; i < people.users.length; i += 200)
    await db
      .insertInto('users')
      .values(people.users.slice(i, i + 200))
      .execute();
  await db.insertInto('analyst_portfolios').values(people.portfolios).execute();
  const userId = (username: string) => {
    const user = people.users.find((u) => u.username === username);
    if (!user) throw new Error(`bench seed: no demo account ${username}`);
    return user.id;
  };

  const { shapes, awaitingLevel2 } = historyShapes();
  const analyst1Units = units.filter((u) => people.sectionOfUnit.get(u.code) === 3).map((u) => u.code);
  const actors = new Map(units.map((u) => [u.code, people.actorsOf(u.code)]));
  const actorId = (unitCode: string, who: 'staff' | number): string => {
    const a = actors.get(unitCode);
    if (!a) throw new Error(`bench seed: no actors for ${unitCode}`);
    if (who === 'staff') return a.staffId;
    if (who === 2) return a.analystId;
    if (who === 3) return a.headId;
    if (who === 4) return a.directorId;
    return people.executiveAt(who);
  };

  const sampleContent = shapes[0]?.content;
  if (!sampleContent) throw new Error('bench seed: no shapes');
  const insertRequest = preparedInsert(db, raw, 'requests', requestRow(randomUUID(), 'X', 'K01', 2569, shapes[0] as HistoryShape, 0, 'u'));
  const insertEvent = preparedInsert(db, raw, 'request_events', {
    id: '',
    request_id: '',
    type: '',
    from_status: '',
    to_status: '',
    from_level: 0,
    to_level: 0,
    actor_id: '',
    on_behalf_of_id: null,
    appointment_id: null,
    comment: null,
    at: '',
    seq: 0,
    prev_hash: '',
    hash: '',
  });
  const insertRevision = preparedInsert(db, raw, 'request_revisions', { request_id: '', event_seq: 0, content: '', at: '' });

  const counters = new Map<string, number>();
  const nextTrackingNo = (fy: number, type: RequestType): string => {
    const key = `${TRACKING_PREFIX[type]}:${fy}`;
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    return formatTrackingNo(type, fy, n);
  };

  const totalWeight = shapes.reduce((sum, s) => sum + s.weight, 0);
  const nowMs = options.now.getTime();
  let events = 0;
  let rows = 0;
  const awaitingDecision: string[] = [];
  const sampleRequestIds: string[] = [];
  const historical = Math.max(0, options.requests - options.awaitingDecision);

  const writeRequest = (index: number, shape: HistoryShape, unitCode: string, fy: number, createdMs: number) => {
    const id = randomUUID();
    const staffId = actorId(unitCode, 'staff');
    const steps = shape.steps.map((step, n) => ({
      id: randomUUID(),
      request_id: id,
      type: step.type,
      from_status: step.from.value,
      to_status: step.to.value,
      from_level: step.from.context.level,
      to_level: step.to.context.level,
      actor_id: actorId(unitCode, step.actor),
      comment: step.comment,
      at: new Date(createdMs + ((n + 1) * DAY_MS) / 4).toISOString(),
    }));
    const chained = chainEvents(steps);
    insertRequest(requestRow(id, nextTrackingNo(fy, shape.content.type), unitCode, fy, shape, createdMs, staffId, chained.at(-1)?.at));
    for (const event of chained) insertEvent(event);
    for (const event of chained) {
      if (event.type === 'SUBMIT' || event.type === 'RESUBMIT') {
        insertRevision({
          request_id: id,
          event_seq: event.seq,
          content: JSON.stringify({ ...shape.content, fiscalYear: fy }),
          at: event.at,
        });
        rows++;
      }
    }
    events += chained.length;
    rows += 1 + chained.length;
    if (index % 97 === 0 && sampleRequestIds.length < 5_000) sampleRequestIds.push(id);
    return id;
  };

  let random = 0x2569;
  const next = () => {
    // xorshift32: fast and repeatable; Math.random would make every run's database differ.
    random ^= random << 13;
    random ^= random >>> 17;
    random ^= random << 5;
    return (random >>> 0) / 4_294_967_296;
  };

  const writeChunk = raw.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      if (i < historical) {
        let pick = next() * totalWeight;
        const shape = shapes.find((s) => (pick -= s.weight) < 0) ?? (shapes[0] as HistoryShape);
        const fy = FISCAL_YEARS[Math.floor(next() * FISCAL_YEARS.length)] ?? 2569;
        const start = fiscalYearStartMs(fy);
        const createdMs = Math.min(start + next() * 360 * DAY_MS, nowMs - 30 * DAY_MS);
        const unit = units[Math.floor(next() * units.length)]?.code ?? 'K01';
        writeRequest(i, shape, unit, fy, createdMs);
      } else {
        // The year-end rush: recent requests at level 2 in analyst1's portfolio, one approval each in the load.
        const unit = analyst1Units[i % analyst1Units.length] ?? 'K01';
        awaitingDecision.push(writeRequest(i, awaitingLevel2, unit, 2569, nowMs - 10 * DAY_MS + next() * 9 * DAY_MS));
      }
    }
  });
  const perChunk = Math.max(1000, Math.floor(ROWS_PER_TRANSACTION / 6));
  for (let i = 0; i < options.requests; i += perChunk) writeChunk(i, Math.min(options.requests, i + perChunk));

  // Issue 16: two budget lines per unit of analyst1's portfolio (a source that never runs short, and a destination),
  // and transfers waiting at their final level, half naming those lines (two claims each) and half naming none.
  const lineIds = new Map<string, { fromLineId: string; toLineId: string }>();
  for (const unit of analyst1Units) {
    const [fromLineId, toLineId] = await insertBudgetLines(
      db,
      randomUUID,
      (['ค่าวัสดุ', 'ค่าซ่อมแซมอาคาร'] as const).map((item, n) => ({
        fiscalYear: 2569,
        kind: 'unit' as const,
        unitCode: unit,
        code: `${unit}-2569-${n + 1}`,
        plan: 'แผนงานบริหารทั่วไป',
        project: 'งานบริหารทั่วไปสำนักงานเขต',
        category: 'operating',
        item,
        centralItem: null,
        appropriationSatang: n === 0 ? 1_000_000 * 100_000_000 : 0,
      })),
      nowIso,
    );
    lineIds.set(unit, { fromLineId: fromLineId ?? '', toLineId: toLineId ?? '' });
  }
  const insertClaim = preparedInsert(db, raw, 'request_line_claims', { request_id: '', line_id: '', role: '', amount_satang: 0 });
  const plainFinal = transferAwaitingFinal();
  const awaitingFinal = { twoLines: [] as string[], noLines: [] as string[] };
  const writeFinal = raw.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const unit = analyst1Units[i % analyst1Units.length] ?? 'K01';
      const createdMs = nowMs - 20 * DAY_MS + next() * 9 * DAY_MS;
      if (i % 2 === 0) {
        awaitingFinal.noLines.push(writeRequest(options.requests + i, plainFinal, unit, 2569, createdMs));
        continue;
      }
      const named = transferAwaitingFinal(lineIds.get(unit));
      const id = writeRequest(options.requests + i, named, unit, 2569, createdMs);
      for (const claim of claimsOf(named.content)) {
        insertClaim({ request_id: id, line_id: claim.lineId, role: claim.role, amount_satang: claim.amountSatang });
        rows++;
      }
      awaitingFinal.twoLines.push(id);
    }
  });
  const finalCount = (options.awaitingFinal ?? 0) * 2;
  for (let i = 0; i < finalCount; i += perChunk) writeFinal(i, Math.min(finalCount, i + perChunk));
  // Written directly, so the lines' cached pending totals are set from the claims afterwards, as the demo seed does.
  await refreshPendingTotals(db);

  for (const [key, last_no] of counters) {
    const [prefix, fy] = key.split(':');
    await db
      .insertInto('tracking_counters')
      .values({ prefix: prefix ?? '', fiscal_year: Number(fy), last_no })
      .onConflict((oc) => oc.columns(['prefix', 'fiscal_year']).doUpdateSet({ last_no }))
      .execute();
  }

  const session = async (username: string): Promise<BenchSession> => {
    const token = randomBytes(32).toString('base64url');
    await db
      .insertInto('sessions')
      .values({
        id: createHash('sha256').update(token).digest('hex'),
        user_id: userId(username),
        created_at: nowIso,
        last_seen_at: nowIso,
        expires_at: new Date(nowMs + 7 * DAY_MS).toISOString(),
        reauthenticated_at: nowIso,
      })
      .execute();
    return { username, cookie: `bmrts_session=${token}` };
  };
  const sessions = { analyst: await session('analyst1'), executive: await session('deputy'), finalLevel: await session('bodirector') };

  raw.pragma('journal_mode = WAL');
  await db.destroy();
  const seconds = (performance.now() - started) / 1000;
  return {
    seconds,
    rows,
    rowsPerSecond: rows / seconds,
    fileBytes: statSync(options.file).size,
    requests: options.requests,
    events,
    awaitingDecision,
    awaitingFinal,
    sampleRequestIds,
    sessions,
  };
}

function requestRow(
  id: string,
  trackingNo: string,
  unitCode: string,
  fy: number,
  shape: HistoryShape,
  createdMs: number,
  staffId: string,
  lastAt?: string,
) {
  const created = new Date(createdMs).toISOString();
  const submitted = shape.steps.length > 0 ? new Date(createdMs + 6 * 3_600_000).toISOString() : null;
  const decided = ['approved', 'rejected', 'withdrawn'].includes(shape.state.value);
  return {
    id,
    tracking_no: trackingNo,
    unit_code: unitCode,
    ...requestContentColumns({ ...shape.content, fiscalYear: fy }),
    ...shape.stateColumns,
    route_reason_th: shape.stateColumns.rule_id !== null ? shape.route.reason.th : null,
    route_reason_en: shape.stateColumns.rule_id !== null ? shape.route.reason.en : null,
    version: 1 + shape.steps.length,
    created_by: staffId,
    created_at: created,
    updated_at: lastAt ?? created,
    submitted_at: submitted,
    level_entered_at: lastAt ?? created,
    decided_at: decided ? (lastAt ?? created) : null,
  };
}
