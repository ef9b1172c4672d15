// The environment, parsed once at start; nothing else reads process.env.
import { resolve } from 'node:path';
import { z } from 'zod';
import { DEFAULT_SCHEDULER_INTERVAL_MINUTES } from './scheduler/scheduler';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().optional(),
  /** PostgreSQL only: connections in this process's pool. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(60),
  COOKIE_SECURE: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  HOLDERS_MAY_APPOINT: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  LOG_REQUESTS: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  SEED_DEMO: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  WEB_DIST: z.string().optional(),
  /** Minutes between runs of the reminder and escalation scheduler. */
  SCHEDULER_INTERVAL_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(DEFAULT_SCHEDULER_INTERVAL_MINUTES),
  /** false: this process never runs the scheduler (the benchmark measures routes without it; another server may run it). */
  SCHEDULER_ENABLED: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
});
export type Env = z.infer<typeof envSchema>;

/**
 * `npm start` runs the server inside its workspace folder; npm records where it was invoked in INIT_CWD,
 * so relative paths mean what the person typing them meant: relative to where they stood.
 */
function fromInvocationDir(path: string, source: NodeJS.ProcessEnv): string {
  return resolve(source.INIT_CWD ?? process.cwd(), path);
}

export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const names = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    console.error(`Invalid environment: ${names}`);
    process.exit(1);
  }
  const env = result.data;
  return { ...env, DATA_DIR: fromInvocationDir(env.DATA_DIR, source), ...(env.WEB_DIST ? { WEB_DIST: fromInvocationDir(env.WEB_DIST, source) } : {}) };
}
