// Security headers on every answer, with a strict Content-Security-Policy: the app's pages run only the scripts and
// styles served from this origin (the built app has no inline script), frame nowhere and post forms nowhere else.
// The API reference (/api/docs) gets its own policy, because Swagger UI sets inline styles as it renders.
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from '../deps';

const SELF = ["'self'"];
const NONE = ["'none'"];

const strictPolicy = {
  defaultSrc: SELF,
  scriptSrc: SELF,
  styleSrc: SELF,
  // data: for the small images a stylesheet may inline; nothing else but this origin.
  imgSrc: ["'self'", 'data:'],
  fontSrc: SELF,
  connectSrc: SELF,
  objectSrc: NONE,
  baseUri: SELF,
  formAction: SELF,
  frameAncestors: NONE,
};

const docsPolicy = { ...strictPolicy, styleSrc: ["'self'", "'unsafe-inline'"] };

// overwrite: false: a route that sets a header of its own keeps it (downloads send the stricter `default-src 'none'; sandbox`).
const common = { crossOriginEmbedderPolicy: false, overwrite: false } as const;
const appHeaders = secureHeaders({ ...common, contentSecurityPolicy: strictPolicy });
const docsHeaders = secureHeaders({ ...common, contentSecurityPolicy: docsPolicy });

export function securityHeaders(): MiddlewareHandler<AppEnv> {
  return (c, next) => (c.req.path === '/api/docs' || c.req.path.startsWith('/api/docs/') ? docsHeaders(c, next) : appHeaders(c, next));
}
