// Starting and watching the processes the benchmark measures: the production server and the bare Hono reference.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Started {
  child: ChildProcess;
  port: number;
  /** From spawn to the first answered health check (includes Node start and loading the bundle). */
  wallMs: number;
  /** What main.ts reports: opening the database, migrations, seed checks, listening. */
  readyMs: number | null;
}

function waitForLine(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`no "${pattern}" within ${timeoutMs} ms; output: ${seen}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      const match = seen.match(pattern);
      if (match) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolve(match);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (seen += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`exited with ${code} before "${pattern}": ${seen}`)));
  });
}

/** Bundles the server as `npm start` does (scripts/build-server.mjs), so the benchmark starts what production starts. */
export function buildServer(): void {
  execFileSync(process.execPath, ['scripts/build-server.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' });
}

/** Starts the bundled production server (call buildServer first); `nodeArgs` go to Node, e.g. --cpu-prof. */
export async function startServer(dataDir: string, port: number, nodeArgs: readonly string[] = []): Promise<Started> {
  const started = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, 'server/dist/main.mjs'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      INIT_CWD: REPO_ROOT,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
      LOG_REQUESTS: 'false',
      SCHEDULER_ENABLED: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const match = await waitForLine(child, /ready in (\d+) ms/, 60_000);
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 5));
  }
  child.stdout?.resume();
  return { child, port, wallMs: performance.now() - started, readyMs: match[1] ? Number(match[1]) : null };
}

export async function startHello(): Promise<Started> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/bench/hello-server.ts'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const match = await waitForLine(child, /listening (\d+)/, 30_000);
  child.stdout?.resume();
  return { child, port: Number(match[1]), wallMs: performance.now() - started, readyMs: null };
}

export function rssBytes(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = status.match(/VmRSS:\s+(\d+) kB/)?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * CPU seconds the process has used so far (user + system, all its threads; /proc/PID/stat in clock ticks of 1/100 s).
 * Per request, it is what a route costs the server whatever else the machine is running, unlike its rate.
 */
export function cpuSeconds(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    // The command name (field 2) may hold spaces; fields 14 and 15 (utime, stime) follow its closing parenthesis.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

export function stop(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}
