// npm run bench:profile [-- --requests N --seconds S --connections C --route R]: one CPU profile of the production
// server under decision load (APPROVE on distinct requests), written to DIR/cpu/*.cpuprofile with a summary of the
// hottest functions by self time. For finding where a decision's main-thread time goes; the figures belong to
// `npm run bench`. Routes: `decision` (level 2 of many), `final-two-lines` / `final-no-lines` (the final approval of a
// transfer naming two budget lines or none, as the bench's side-by-side pair), or any GET path.
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { seedBenchDatabase } from './seed-bench-database';
import { runLoad } from './load';
import { buildServer, startServer, stop } from './processes';
import { option } from './options';

const requests = Number(option('requests', 100_000));
const seconds = Number(option('seconds', 8));
const connections = Number(option('connections', 64));
const dir = option('dir', join(tmpdir(), 'bmrts-profile'));
const route = option('route', 'decision');

buildServer();
rmSync(dir, { recursive: true, force: true });
mkdirSync(join(dir, 'cpu'), { recursive: true });
const file = join(dir, 'bmrts.db');
const finalRoutes = { 'final-two-lines': 'twoLines', 'final-no-lines': 'noLines' } as const;
const finalKind = route in finalRoutes ? finalRoutes[route as keyof typeof finalRoutes] : null;
const seed = await seedBenchDatabase({
  file,
  requests,
  awaitingDecision: Math.round(requests * 0.6),
  awaitingFinal: finalKind ? Math.min(60_000, Math.max(2_000, Math.round(requests * 0.06))) : 0,
  now: new Date(),
});
console.log(`seeded ${requests} requests in ${seed.seconds.toFixed(1)} s`);

const server = await startServer(dir, 18_090, ['--cpu-prof', `--cpu-prof-dir=${join(dir, 'cpu')}`]);
server.child.stderr?.on('data', (d: Buffer) => process.stderr.write(d));
const ids = finalKind ? [...seed.awaitingFinal[finalKind]] : [...seed.awaitingDecision];
const version = finalKind ? 6 : 2;
let next = 0;
const headers = { cookie: (finalKind ? seed.sessions.finalLevel : seed.sessions.analyst).cookie };
const result = await runLoad(
  `http://127.0.0.1:${server.port}`,
  server.child.pid,
  route === 'decision' || finalKind
    ? {
        name: 'decision',
        connections,
        seconds,
        method: 'POST',
        headers,
        next: () => {
          const id = ids[next++];
          return id ? { path: `/api/requests/${id}/events`, body: JSON.stringify({ type: 'APPROVE', version }) } : null;
        },
      }
    : { name: route, connections, seconds, path: route, headers },
);
console.log(`${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, ${result.errors} errors`);
await stop(server.child);

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
const profiles = readdirSync(join(dir, 'cpu')).filter((f) => f.endsWith('.cpuprofile'));
for (const name of profiles) {
  const profile = JSON.parse(readFileSync(join(dir, 'cpu', name), 'utf8')) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const t = self.get(node.id) ?? 0;
    total += t;
    const where = node.callFrame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/(server|db|shared)\//, '$1/');
    const key = `${node.callFrame.functionName || '(anonymous)'} ${where}:${node.callFrame.lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + t);
  }
  console.log(`\n${name}: ${(total / 1e6).toFixed(1)} s sampled`);
  for (const [key, t] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 40))
    console.log(`${((100 * t) / total).toFixed(1).padStart(5)} %  ${key}`);
}
