// Debian's Chromium with a remote-debugging port, a fresh profile each time: Lighthouse drives it through that port.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../support/server-process';

export interface DebuggableChromium {
  port: number;
  close(): Promise<void>;
}

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<DebuggableChromium> {
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'bmrts-lighthouse-chrome-'));
  const child = spawn(
    CHROME,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Chromium (${CHROME}) did not open its debugging port`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    port,
    async close() {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      // Chromium's helper processes can still be writing to the profile just after the browser exits: retry, and never
      // let a leftover temporary folder end the measurement.
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
      } catch (error) {
        console.warn(`could not remove ${profile}: ${(error as Error).message}`);
      }
    },
  };
}

export interface SessionCookie {
  name: string;
  value: string;
}
