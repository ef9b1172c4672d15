// Every API body that is not an upload is refused past 1 MiB before it is parsed: the largest real form (a transfer with
// its lines, a bulk decision) is a few kilobytes. Uploads (multipart/form-data) keep their own, larger limits per route.
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { DomainError } from '@bmrts/shared';
import type { AppEnv } from '../deps';

export const MAX_JSON_BODY_BYTES = 1024 * 1024;

const jsonLimit = bodyLimit({
  maxSize: MAX_JSON_BODY_BYTES,
  onError: () => {
    throw new DomainError('body_too_large', 413);
  },
});

export function bodyLimits(): MiddlewareHandler<AppEnv> {
  return (c, next) => ((c.req.header('content-type') ?? '').toLowerCase().startsWith('multipart/form-data') ? next() : jsonLimit(c, next));
}
