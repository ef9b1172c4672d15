// The in-process ceiling: one decision per transaction through the real service (load, authorize, machine,
// UPDATE … WHERE version, hash-chained event, notifications), with no HTTP, on the server's tuned connection.
// Prints { decisions, seconds, perSecond } as JSON.
import { readFileSync } from 'node:fs';
import { createDatabase } from '@bmrts/db';
import { systemClock, uuidIds, type AppDeps } from '@bmrts/server';
import { callerOf } from '../../server/src/auth/session-service';
import { applyEvent } from '../../server/src/requests/service';

const [file, idsFile, secondsArg] = process.argv.slice(2);
if (!file || !idsFile) throw new Error('usage: decision-ceiling.ts <db file> <ids json> [seconds]');
const ids = JSON.parse(readFileSync(idsFile, 'utf8')) as { ids: string[]; cookie: string };
const handle = createDatabase({ sqliteFile: file });
// No batcher: the single-transaction path, one COMMIT (one fsync under synchronous=FULL) per decision.
const deps: AppDeps = {
  db: handle.db,
  clock: systemClock,
  ids: uuidIds,
  config: { sessionIdleMinutes: 60, secureCookies: false, holdersMayAppoint: true },
};
const caller = await callerOf(deps, ids.cookie.replace(/^bmrts_session=/, ''));
if (!caller) throw new Error('bench session not found');
const until = performance.now() + Number(secondsArg ?? 3) * 1000;
const started = performance.now();
let decisions = 0;
for (const id of ids.ids) {
  if (performance.now() > until) break;
  await applyEvent(deps, caller, id, { type: 'APPROVE', version: 2 });
  decisions++;
}
const seconds = (performance.now() - started) / 1000;
await handle.close();
console.log(JSON.stringify({ decisions, seconds, perSecond: decisions / seconds }));
