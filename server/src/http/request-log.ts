// One JSON line per API call: request id, method, path, status, milliseconds and the caller's user id. Never bodies,
// query strings, cookies or headers, so no password, token or session id can reach the log; the path is a JSON string,
// so a path holding CR/LF or quotes cannot forge a line.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../deps';
import type { Logger } from './logger';

export function requestLog(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    logger.info(
      {
        reqId: c.get('requestId'),
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
        userId: c.get('caller')?.id ?? null,
      },
      'request',
    );
  };
}
