// Starts the real server (migrations, demo seed, built web app) on a free port and a fresh data folder for the browser tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServerProcess } from '../../support/server-process';

export interface RunningServer {
  baseUrl: string;
  /** The server's data folder: a test may open its SQLite database beside it (WAL mode takes a second connection). */
  dataDir: string;
  output(): string;
  stop(): Promise<void>;
}

export async function startServer(): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bmrts-e2e-'));
  const server = await startServerProcess({ dataDir, env: { SEED_DEMO: 'true' } });
  return {
    baseUrl: server.baseUrl,
    dataDir,
    output: () => server.output(),
    async stop() {
      await server.terminate();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
