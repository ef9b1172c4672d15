// `npm run verify-history`: checks every hash chain of the database the server would open; exit 0 intact, 1 broken, 2 unable to check.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SQLITE_FILE_NAME, createDatabase, verifyHistory } from '@bmrts/db';
import { readEnv } from '../env';

const env = readEnv();

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

// Opening a missing SQLite file would create an empty one; say where we looked instead.
const file = join(env.DATA_DIR, SQLITE_FILE_NAME);
if (!env.DATABASE_URL && !existsSync(file)) fail(`No BMRTS database at ${file} (set DATA_DIR, or start the server once to create it).`);

const handle = createDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
try {
  const tables = new Set((await handle.db.introspection.getTables()).map((t) => t.name));
  const missing = ['requests', 'request_events', 'audit_log'].filter((name) => !tables.has(name));
  if (missing.length > 0)
    fail(
      `The database at ${env.DATABASE_URL ? 'DATABASE_URL' : file} has no BMRTS tables (${missing.join(', ')} missing); start the server once to create or migrate them.`,
    );

  const result = await verifyHistory(handle.db);
  console.log(
    `Checked ${result.requestsChecked} requests, ${result.eventsChecked} request events and ${result.auditEntriesChecked} audit entries.`,
  );
  if (result.ok) {
    console.log('Every history chain is intact.');
  } else {
    console.log(`${result.broken.length} broken chain(s):`);
    for (const b of result.broken) console.log(`  ${b.chainName}: seq ${b.seq}, entry ${b.entryId}: ${b.problem}`);
  }
  process.exitCode = result.ok ? 0 : 1;
} finally {
  await handle.close();
}
