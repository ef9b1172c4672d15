// npm run bench [-- --requests N --seconds S --dir D]: seeds a SQLite database, measures the production server
// route by route with autocannon against a bare Hono reference in the same run, and prints one table
// (JSON to BENCH_OUT when set). Each decision approves a distinct request waiting at level 2.
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@bmrts/db';
import { seedBenchDatabase } from './seed-bench-database';
import { runLoad, type LoadResult, type LoadSpec } from './load';
import { REPO_ROOT, buildServer, startHello, startServer, stop, type Started } from './processes';
import { option } from './options';
import { printReport, type BenchReport } from './report';

const requests = Number(option('requests', 1_000_000));
const seconds = Number(option('seconds', 8));
const dir = option('dir', join(tmpdir(), 'bmrts-bench'));
const port = Number(option('port', 18_080));
const awaiting = requests >= 300_000 ? 150_000 : Math.round(requests * 0.6);

buildServer();
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const file = join(dir, 'bmrts.db');
console.log(`seeding ${requests.toLocaleString('en')} requests into ${file} …`);
// Transfers waiting at their final level, of each kind (two budget lines named, none): two runs' worth.
const awaitingFinal = Math.min(60_000, Math.max(2_000, Math.round(requests * 0.06)));
const seed = await seedBenchDatabase({ file, requests, awaitingDecision: awaiting, awaitingFinal, now: new Date() });
console.log(`seeded in ${seed.seconds.toFixed(1)} s: ${seed.rows.toLocaleString('en')} rows, ${(seed.fileBytes / 1e6).toFixed(0)} MB`);

// The prepared decisions, handed out in order and never twice.
const pool = [...seed.awaitingDecision];
const take = (n: number) => pool.splice(0, Math.min(n, pool.length));
const ceilingIds = take(Math.min(12_000, Math.round(awaiting * 0.15)));
const crashIds = take(Math.min(12_000, Math.round(awaiting * 0.15)));
const perRun = Math.floor(pool.length / 2);
const decisionIds = { 8: take(perRun), 64: take(perRun) };

console.log('in-process single-transaction ceiling …');
const idsFile = join(dir, 'ceiling-ids.json');
writeFileSync(idsFile, JSON.stringify({ ids: ceilingIds, cookie: seed.sessions.analyst.cookie }));
const ceiling = JSON.parse(
  execFileSync(process.execPath, ['--import', 'tsx', 'tests/bench/decision-ceiling.ts', file, idsFile, '3'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .at(-1) ?? '{}',
) as { decisions: number; seconds: number; perSecond: number };

const results: LoadResult[] = [];
async function measure(target: Started, spec: LoadSpec): Promise<void> {
  const result = await runLoad(`http://127.0.0.1:${target.port}`, target.child.pid, spec);
  results.push(result);
  console.log(
    `  ${spec.name} @${spec.connections}: ${result.requestsPerSecond.toFixed(0)} req/s, p99 ${result.p99Ms} ms, ${result.errors} errors`,
  );
}

console.log('bare Hono …');
const hello = await startHello();
for (const connections of [8, 64]) await measure(hello, { name: 'bare Hono hello', connections, seconds });
await stop(hello.child);

console.log('BMRTS server …');
const server = await startServer(dir, port);
const analyst = { cookie: seed.sessions.analyst.cookie };
const executive = { cookie: seed.sessions.executive.cookie };
const finalLevel = { cookie: seed.sessions.finalLevel.cookie };
const half = <T>(list: T[]) => ({ 8: list.slice(0, Math.floor(list.length / 2)), 64: list.slice(Math.floor(list.length / 2)) });
const finalIds = { noLines: half(seed.awaitingFinal.noLines), twoLines: half(seed.awaitingFinal.twoLines) };
let sample = 0;
const pageIds = seed.sampleRequestIds;
for (const connections of [8, 64] as const) {
  const ids = decisionIds[connections];
  let nextDecision = 0;
  await measure(server, {
    name: 'decision (APPROVE)',
    connections,
    seconds,
    method: 'POST',
    headers: analyst,
    next: () => {
      const id = ids[nextDecision++];
      return id ? { path: `/api/requests/${id}/events`, body: JSON.stringify({ type: 'APPROVE', version: 2 }) } : null;
    },
  });
  // Issue 16: the approval that makes a transfer final, side by side: naming no budget line (nothing to check), and
  // naming two (both read under lock, checked, two ledger entries and two lines' totals written).
  for (const [name, ids] of [
    ['final decision, no budget line', finalIds.noLines[connections]],
    ['final decision, two budget lines', finalIds.twoLines[connections]],
  ] as const) {
    let nextFinal = 0;
    await measure(server, {
      name,
      connections,
      seconds,
      method: 'POST',
      headers: finalLevel,
      next: () => {
        const id = ids[nextFinal++];
        return id ? { path: `/api/requests/${id}/events`, body: JSON.stringify({ type: 'APPROVE', version: 6 }) } : null;
      },
    });
  }
  await measure(server, { name: 'inbox', connections, seconds, path: '/api/inbox', headers: analyst });
  await measure(server, {
    name: 'filtered list',
    connections,
    seconds,
    path: '/api/requests?status=approved&fiscalYear=2568&limit=50',
    headers: executive,
  });
  await measure(server, {
    name: 'request page',
    connections,
    seconds,
    headers: executive,
    next: () => ({ path: `/api/requests/${pageIds[sample++ % pageIds.length] ?? ''}` }),
  });
  await measure(server, {
    name: 'sign-in (scrypt N=2^15 r=8 p=3)',
    connections,
    seconds: Math.min(seconds, 5),
    method: 'POST',
    // Each sign-in is counted against its username before its check (README, Security), so one username signed in
    // on every connection at once would be throttled after three; people sign in as themselves, so rotate.
    next: () => ({
      path: '/api/session',
      body: JSON.stringify({ username: DEMO_ACCOUNTS[sample++ % DEMO_ACCOUNTS.length]?.username, password: DEMO_PASSWORD }),
    }),
  });
}
await stop(server.child);

console.log('start-up after SIGKILL under load …');
const loaded = await startServer(dir, port);
let nextCrash = 0;
const crashLoad = runLoad(`http://127.0.0.1:${port}`, loaded.child.pid, {
  name: 'decisions until SIGKILL',
  connections: 64,
  seconds: 3,
  method: 'POST',
  headers: analyst,
  next: () => {
    const id = crashIds[nextCrash++];
    return id ? { path: `/api/requests/${id}/events`, body: JSON.stringify({ type: 'APPROVE', version: 2 }) } : null;
  },
}).catch(() => null);
await new Promise((r) => setTimeout(r, 2000));
await stop(loaded.child, 'SIGKILL');
await crashLoad;
const walBytes = (() => {
  try {
    return statSync(`${file}-wal`).size;
  } catch {
    return 0;
  }
})();
const restarted = await startServer(dir, port);
await stop(restarted.child);

const report: BenchReport = {
  machine: { cores: availableParallelism(), node: process.version, platform: `${process.platform} ${process.arch}` },
  requestsStored: requests,
  synchronous: 'FULL',
  seed: { seconds: seed.seconds, rows: seed.rows, rowsPerSecond: seed.rowsPerSecond, fileBytes: seed.fileBytes, events: seed.events },
  ceiling,
  results,
  startup: {
    normal: { readyMs: server.readyMs, wallMs: server.wallMs },
    afterSigkill: { readyMs: restarted.readyMs, wallMs: restarted.wallMs, walBytesAtKill: walBytes },
  },
};
printReport(report);
if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, `${JSON.stringify(report, null, 2)}\n`);
