// The environment, parsed once at start; nothing else reads process.env.
import { resolve } from 'node:path';
import { z } from 'zod';
import { DEFAULT_SCHEDULER_INTERVAL_MINUTES } from './scheduler/scheduler';
import type { EmailSettings } from './outbox/email-settings';
import { DEFAULT_OUTBOX_RETENTION_DAYS } from './outbox/run-outbox';
import { ADDRESS_FAILURE_LIMIT } from './auth/address-limits';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().optional(),
  /** PostgreSQL only: connections in this process's pool. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(60),
  COOKIE_SECURE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /**
   * Reverse proxies in front of the server that append the address they saw to X-Forwarded-For; 0 ignores the header,
   * which anyone could send. Sign-in limits per client address read the address this many steps back.
   */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** Failed sign-ins per client address and 15 minutes; 0 turns the per-address limit off. */
  SIGN_IN_ADDRESS_FAILURES: z.coerce.number().int().min(0).max(100_000).default(ADDRESS_FAILURE_LIMIT),
  HOLDERS_MAY_APPOINT: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  LOG_REQUESTS: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  SEED_DEMO: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  WEB_DIST: z.string().optional(),
  /** Minutes between runs of the reminder and escalation scheduler. */
  SCHEDULER_INTERVAL_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(DEFAULT_SCHEDULER_INTERVAL_MINUTES),
  /** false: this process never runs the scheduler (the benchmark measures routes without it; another server may run it). */
  SCHEDULER_ENABLED: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** Email: SMTP_URL (smtp:// or smtps://user:password@host:port) or SMTP_HOST with the others; neither sends no email. */
  SMTP_URL: z.string().url().optional(),
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  SMTP_SECURE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  SMTP_FROM: z.string().min(3).default('BMRTS <no-reply@localhost>'),
  /** The web app's address as users reach it, for links in emails. */
  PUBLIC_URL: z.string().url().optional(),
  OUTBOX_INTERVAL_SECONDS: z.coerce.number().min(1).max(3600).default(10),
  WEBHOOK_TIMEOUT_SECONDS: z.coerce.number().min(1).max(120).default(10),
  OUTBOX_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(DEFAULT_OUTBOX_RETENTION_DAYS),
});
export type Env = z.infer<typeof envSchema>;

/**
 * `npm start` runs the server inside its workspace folder; npm records where it was invoked in INIT_CWD,
 * so relative paths mean what the person typing them meant: relative to where they stood.
 */
function fromInvocationDir(path: string, source: NodeJS.ProcessEnv): string {
  return resolve(source.INIT_CWD ?? process.cwd(), path);
}

/** The email settings, or undefined when no SMTP server is configured (then no email is queued or sent). */
export function emailSettingsOf(env: Env): EmailSettings | undefined {
  const publicUrl = env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;
  if (env.SMTP_URL) return { smtp: env.SMTP_URL, from: env.SMTP_FROM, publicUrl };
  if (!env.SMTP_HOST) return undefined;
  const auth = env.SMTP_USER ? { auth: { user: env.SMTP_USER, pass: env.SMTP_PASSWORD ?? '' } } : {};
  return { smtp: { host: env.SMTP_HOST, port: env.SMTP_PORT, secure: env.SMTP_SECURE, ...auth }, from: env.SMTP_FROM, publicUrl };
}

export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const names = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    console.error(`Invalid environment: ${names}`);
    process.exit(1);
  }
  const env = result.data;
  return {
    ...env,
    DATA_DIR: fromInvocationDir(env.DATA_DIR, source),
    ...(env.WEB_DIST ? { WEB_DIST: fromInvocationDir(env.WEB_DIST, source) } : {}),
  };
}

/** This process's environment, parsed: what main.ts and the command-line tools call once at start. */
export function readEnv(): Env {
  return parseEnv(process.env);
}

/** A path typed on the command line, meaning what it meant where the person stood (npm runs scripts elsewhere). */
export function fromWhereInvoked(path: string): string {
  return fromInvocationDir(path, process.env);
}
