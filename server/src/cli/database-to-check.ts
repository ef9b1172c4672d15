// The database the server would open, for a command that checks it (verify-history, verify-ledger): exit 2 with a
// clear message when there is none, or it lacks the tables the check reads, rather than creating an empty one.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SQLITE_FILE_NAME, createDatabase, type DatabaseHandle } from '@bmrts/db';
import { readEnv } from '../env';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

/** `tables`: what the check reads; `kind` names them in the message ("BMRTS tables", "BMRTS ledger tables"). */
export async function openDatabaseToCheck(tables: readonly string[], kind: string): Promise<DatabaseHandle> {
  const env = readEnv();
  // Opening a missing SQLite file would create an empty one; say where we looked instead.
  const file = join(env.DATA_DIR, SQLITE_FILE_NAME);
  if (!env.DATABASE_URL && !existsSync(file)) fail(`No BMRTS database at ${file} (set DATA_DIR, or start the server once to create it).`);

  const handle = createDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  const present = new Set((await handle.db.introspection.getTables()).map((t) => t.name));
  const missing = tables.filter((name) => !present.has(name));
  if (missing.length > 0) {
    await handle.close();
    fail(
      `The database at ${env.DATABASE_URL ? 'DATABASE_URL' : file} has no ${kind} (${missing.join(', ')} missing); start the server once to create or migrate them.`,
    );
  }
  return handle;
}
