// One pass of the outbox worker: claim due messages, deliver them outside any transaction, record each outcome.
import { randomUUID } from 'node:crypto';
import { createTransport, type Transporter } from 'nodemailer';
import type { AppConfig, AppDeps } from '../deps';
import { OUTBOX_MAX_ATTEMPTS, claimDue, settle, type OutboxChannel, type Outcome } from './claim';
import { deliverEmail } from './email-delivery';
import type { EmailSettings } from './email-settings';
import { deliverWebhook } from './webhook-delivery';

export type OutboxDeps = Pick<AppDeps, 'db' | 'clock'> & { config: Pick<AppConfig, 'email' | 'webhookTimeoutMs' | 'outboxRetentionDays'> };

export interface OutboxRunResult {
  sent: number;
  retrying: number;
  failed: number;
  skipped: number;
  /** Sent and skipped messages older than the retention, deleted in this pass. */
  pruned: number;
}

/** Long enough for a batch of deliveries that each may take their timeout; after it another server may try again. */
const LEASE_MS = 5 * 60_000;
const BATCH = 10;
/** At most this many per pass, so one pass cannot hold the worker forever. */
const MAX_PER_RUN = 200;
const DEFAULT_WEBHOOK_TIMEOUT_MS = 10_000;
/** Sent and skipped messages stay in the delivery log this long; failed ones stay until an administrator sends them again. */
export const DEFAULT_OUTBOX_RETENTION_DAYS = 90;
/** At most this many old messages deleted per pass, so a first pass over a long history stays short. */
const PRUNE_BATCH = 1000;
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

function mailTransport(settings: EmailSettings): Transporter {
  return createTransport(
    typeof settings.smtp === 'string' ? { url: settings.smtp, ...SMTP_TIMEOUTS } : { ...SMTP_TIMEOUTS, ...settings.smtp },
  );
}

/**
 * Delivers what is due now (by deps.clock). Safe to run on several servers at once: each message is claimed by one.
 * Delivery is at least once: a server that dies after sending but before recording it leaves the message to be sent
 * again when its lease runs out.
 */
export async function runOutboxOnce(deps: OutboxDeps): Promise<OutboxRunResult> {
  const email = deps.config.email;
  const channels: OutboxChannel[] = email ? ['email', 'webhook'] : ['webhook'];
  const token = randomUUID();
  const result: OutboxRunResult = { sent: 0, retrying: 0, failed: 0, skipped: 0, pruned: 0 };
  // Made on the first email of the pass and closed at its end.
  let transport: Transporter | undefined;
  const transportFor = (settings: EmailSettings) => (transport ??= mailTransport(settings));
  try {
    for (let done = 0; done < MAX_PER_RUN;) {
      const now = deps.clock.now();
      const rows = await claimDue(deps.db, channels, token, now.toISOString(), new Date(now.getTime() + LEASE_MS).toISOString(), BATCH);
      if (rows.length === 0) break;
      done += rows.length;
      await Promise.all(
        rows.map(async (row) => {
          let outcome: Outcome;
          if (row.channel === 'email' && email) {
            outcome = await deliverEmail(deps.db, transportFor(email), email, row);
          } else if (row.channel === 'webhook') {
            outcome = await deliverWebhook(deps.db, row, now, deps.config.webhookTimeoutMs ?? DEFAULT_WEBHOOK_TIMEOUT_MS);
          } else {
            outcome = { kind: 'skipped', reason: `unknown channel ${row.channel}` };
          }
          const settledAt = deps.clock.now();
          await settle(deps.db, row, token, outcome, settledAt);
          if (outcome.kind === 'sent') result.sent++;
          else if (outcome.kind === 'skipped') result.skipped++;
          else if (row.attempts + 1 >= OUTBOX_MAX_ATTEMPTS) result.failed++;
          else result.retrying++;
        }),
      );
    }
  } finally {
    transport?.close();
  }
  result.pruned = await pruneDelivered(deps, deps.config.outboxRetentionDays ?? DEFAULT_OUTBOX_RETENTION_DAYS);
  return result;
}

/** Deletes the oldest sent and skipped messages past the retention (by when they were queued), a batch per pass. */
async function pruneDelivered(deps: OutboxDeps, retentionDays: number): Promise<number> {
  const before = new Date(deps.clock.now().getTime() - retentionDays * 86_400_000).toISOString();
  const deleted = await deps.db
    .deleteFrom('outbox')
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('outbox')
        .select('id')
        .where('status', 'in', ['sent', 'skipped'])
        .where('created_at', '<', before)
        .orderBy('created_at')
        .limit(PRUNE_BATCH),
    )
    .executeTakeFirst();
  return Number(deleted.numDeletedRows);
}
