// `npm run verify-ledger`: recomputes every budget line's totals from its ledger entries and checks every request's
// entries against the request, in the database the server would open; exit 0 when they agree, 1 naming the first
// disagreement, 2 unable to check.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SQLITE_FILE_NAME, createDatabase, verifyLedger } from '@bmrts/db';
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
  const missing = ['requests', 'budget_lines', 'budget_ledger', 'request_line_claims'].filter((name) => !tables.has(name));
  if (missing.length > 0)
    fail(
      `The database at ${env.DATABASE_URL ? 'DATABASE_URL' : file} has no BMRTS ledger tables (${missing.join(', ')} missing); start the server once to create or migrate them.`,
    );

  const result = await verifyLedger(handle.db);
  if (result.ok) {
    console.log(`Checked ${result.lines} budget lines and ${result.entries} ledger entries.`);
    console.log('ตรวจสอบแล้ว ยอดทุกรายการตรงกับบัญชี / Every line and every approved request agrees with the ledger.');
  } else {
    console.log(result.firstProblem.what.th);
    console.log(result.firstProblem.what.en);
  }
  process.exitCode = result.ok ? 0 : 1;
} finally {
  await handle.close();
}
