// One autocannon run against one route, with the server's RSS sampled while it runs and the CPU it spent counted.
import autocannon from 'autocannon';
import { cpuSeconds, rssBytes } from './processes';

export interface LoadSpec {
  name: string;
  connections: number;
  seconds: number;
  method?: 'GET' | 'POST';
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Builds each request (distinct decisions); returning null ends the run early (the prepared requests ran out). */
  next?: () => { path: string; body?: string } | null;
}

export interface LoadResult {
  name: string;
  connections: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  ok: number;
  errors: number;
  seconds: number;
  maxRssBytes: number;
  /** Server CPU (user + system) per answered request, in ms: 0 where it cannot be read (not Linux). */
  cpuMsPerRequest: number;
}

export function runLoad(baseUrl: string, pid: number | undefined, spec: LoadSpec): Promise<LoadResult> {
  let maxRss = rssBytes(pid);
  const cpuBefore = cpuSeconds(pid);
  const sampler = setInterval(() => (maxRss = Math.max(maxRss, rssBytes(pid))), 250);
  const headers = { 'content-type': 'application/json', ...spec.headers };
  return new Promise((resolve, reject) => {
    let exhausted = false;
    // Sent after the prepared requests ran out, while the run winds down; not counted for or against the route.
    let fillers = 0;
    const instance = autocannon(
      {
        url: baseUrl,
        connections: spec.connections,
        duration: spec.seconds,
        timeout: 20,
        requests: [
          {
            method: spec.method ?? 'GET',
            path: spec.path ?? '/',
            headers,
            ...(spec.body ? { body: spec.body } : {}),
            ...(spec.next
              ? {
                  setupRequest: (request: autocannon.Request) => {
                    const made = spec.next?.();
                    if (!made) {
                      if (!exhausted) setImmediate(() => instance.stop());
                      exhausted = true;
                      fillers++;
                      return { ...request, path: '/api/bench-exhausted', method: 'GET', body: undefined };
                    }
                    return { ...request, path: made.path, ...(made.body ? { body: made.body } : {}) };
                  },
                }
              : {}),
          },
        ],
      },
      (err, result) => {
        clearInterval(sampler);
        if (err) return reject(err);
        const ok = result['2xx'];
        const cpu = cpuSeconds(pid) - cpuBefore;
        resolve({
          name: spec.name,
          connections: spec.connections,
          requestsPerSecond: ok / result.duration,
          p50Ms: result.latency.p50,
          p99Ms: result.latency.p99,
          ok,
          errors: result.errors + result.timeouts + Math.max(0, result.non2xx - fillers),
          seconds: result.duration,
          maxRssBytes: maxRss,
          cpuMsPerRequest: ok > 0 ? (1000 * cpu) / ok : 0,
        });
      },
    );
  });
}
