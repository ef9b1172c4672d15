// One line per API call: method, path, status, milliseconds. Never bodies, query strings, cookies or headers,
// so no password, token or session id can reach the log.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../deps';

export type LogLine = (line: string) => void;

export function requestLog(write: LogLine): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const ms = Math.round(performance.now() - started);
    const who = c.get('caller')?.username ?? '-';
    write(`${new Date().toISOString()} ${c.req.method} ${c.req.path} ${c.res.status} ${ms}ms user=${who}`);
  };
}
