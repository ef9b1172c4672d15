// The server process: reads the environment, migrates and seeds the database, and listens.
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { DEMO_PASSWORD, createDatabase, hashPassword, migrateToLatest, seedDemoData, seedReferenceData } from '@bmrts/db';
import { createApp } from './app';
import { systemClock, uuidIds, type AppDeps } from './deps';
import { emailSettingsOf, readEnv } from './env';
import { startOutboxWorker } from './outbox/worker';
import { shutdownGate } from './http/graceful-shutdown';
import { createLogger } from './http/logger';
import { startScheduler } from './scheduler/scheduler';

const env = readEnv();
// One log for the whole process (JSON lines on stdout): start-up and shut-down say what they do through it too.
const logger = createLogger();
const started = performance.now();
const handle = createDatabase({ databaseUrl: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE, dataDir: env.DATA_DIR });

const applied = await migrateToLatest(handle.db);
if (applied.length > 0) logger.info(`migrations applied: ${applied.join(', ')}`);
await seedReferenceData(handle.db, systemClock.now().toISOString());
const hasUsers = (await handle.db.selectFrom('users').select('id').limit(1).executeTakeFirst()) !== undefined;
if (env.SEED_DEMO && !hasUsers) {
  // Hashed once at the recommended cost and shared by every demo account: the demo password is public anyway.
  const demoPasswordHash = await hashPassword(DEMO_PASSWORD);
  const seeded = await seedDemoData(handle.db, { now: systemClock.now(), passwordHash: demoPasswordHash });
  if (seeded.users > 0) logger.info(`demo data: ${seeded.users} users, ${seeded.requests} requests (password: ${DEMO_PASSWORD})`);
}

const email = emailSettingsOf(env);
const webDist = env.WEB_DIST ?? fileURLToPath(new URL('../../web/dist', import.meta.url));
const deps: AppDeps = {
  db: handle.db,
  reader: handle.reader,
  clock: systemClock,
  ids: uuidIds,
  config: {
    sessionIdleMinutes: env.SESSION_IDLE_MINUTES,
    secureCookies: env.COOKIE_SECURE,
    trustProxyHops: env.TRUST_PROXY_HOPS,
    holdersMayAppoint: env.HOLDERS_MAY_APPOINT,
    logger,
    logRequests: env.LOG_REQUESTS,
    signInAddressFailures: env.SIGN_IN_ADDRESS_FAILURES,
    webDist,
    schedulerIntervalMinutes: env.SCHEDULER_INTERVAL_MINUTES,
    email,
    webhookTimeoutMs: env.WEBHOOK_TIMEOUT_SECONDS * 1000,
    outboxRetentionDays: env.OUTBOX_RETENTION_DAYS,
  },
};
const app = createApp(deps);
// Email (when SMTP is configured) and webhooks leave through the outbox; every server runs a worker, each message is claimed by one.
const outbox = startOutboxWorker({ db: handle.db, clock: systemClock, config: deps.config }, env.OUTBOX_INTERVAL_SECONDS * 1000);

const gate = shutdownGate(app.fetch);
const server = serve({ fetch: gate.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
  logger.info(`BMRTS listening on http://localhost:${info.port} (ready in ${Math.round(performance.now() - started)} ms)`);
});
// Reminders and escalations: every server runs the loop; the database lease lets one of them do the work at a time.
const scheduler = env.SCHEDULER_ENABLED ? startScheduler(deps, env.SCHEDULER_INTERVAL_MINUTES, (line) => logger.info(line)) : null;

/** How long in-flight requests may take to finish after SIGTERM before their connections are cut. */
const SHUTDOWN_DEADLINE_MS = 10_000;
let shuttingDown = false;

function shutdown(signal: string): void {
  if (shuttingDown) return;
  shuttingDown = true;
  logger.info(`${signal}: no longer accepting; finishing requests in flight`);
  // The scheduler stops at once (a run in progress finishes) and gives up its lease, so another server takes over.
  const schedulerStopped = scheduler ? scheduler.stop() : Promise.resolve();
  // handle.close() closes whatever the database handle holds (connections, a checkpoint worker) once no request needs it.
  void gate
    .shutDown(
      server,
      async () => {
        // The scheduler and an outbox pass in flight finish (deliveries time out on their own) before the database closes.
        await schedulerStopped;
        await outbox.stop();
        await handle.close();
      },
      SHUTDOWN_DEADLINE_MS,
    )
    .then(
      (drained) => {
        logger.info(
          drained ? 'shut down cleanly' : `shut down after the ${SHUTDOWN_DEADLINE_MS / 1000} s deadline; unfinished requests were cut off`,
        );
        process.exit(drained ? 0 : 1);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
