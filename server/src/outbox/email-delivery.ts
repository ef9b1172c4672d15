// Delivers one email message of the outbox: reads what it is about, renders it in the recipient's language, sends it over SMTP.
import type { Kysely } from 'kysely';
import type { Transporter } from 'nodemailer';
import type { Database, OutboxRow } from '@bmrts/db';
import type { NotificationKind } from '@bmrts/shared';
import type { Outcome } from './claim';
import type { EmailSettings } from './email-settings';
import { optedOut } from './enqueue';
import { renderEmail } from './email-template';
import { factsFor, noticeEventFacts } from '../notifications/event-facts';

async function emailFacts(db: Kysely<Database>, notificationId: string) {
  return db
    .selectFrom('notifications')
    .innerJoin('users', 'users.id', 'notifications.user_id')
    .innerJoin('requests', 'requests.id', 'notifications.request_id')
    .innerJoin('budget_units', 'budget_units.code', 'requests.unit_code')
    .select([
      'notifications.kind',
      'notifications.to_status',
      'notifications.from_level',
      'notifications.to_level',
      'notifications.created_at',
      'notifications.event_seq',
      'users.email',
      'users.language',
      'users.active',
      'users.display_name',
      'requests.id as request_id',
      'requests.tracking_no',
      'requests.title',
      'requests.type',
      'requests.amount_satang',
      'budget_units.name_th',
      'budget_units.name_en',
      (eb) => optedOut(eb).as('opted_out'),
    ])
    .where('notifications.id', '=', notificationId)
    .executeTakeFirst();
}

export async function deliverEmail(
  db: Kysely<Database>,
  transport: Transporter,
  settings: EmailSettings,
  row: OutboxRow,
): Promise<Outcome> {
  const facts = row.notification_id ? await emailFacts(db, row.notification_id) : undefined;
  // The address is read now, not when queued: a user who removed it or was deactivated since gets nothing.
  if (!facts) return { kind: 'skipped', reason: 'notification not found' };
  if (!facts.email || facts.active !== 1) return { kind: 'skipped', reason: 'no address, or the user is inactive' };
  // So are the kinds they want: one turned off after the message was queued is not sent.
  if (facts.opted_out) return { kind: 'skipped', reason: 'the recipient turned this kind of email off' };
  const lang = facts.language === 'en' ? 'en' : 'th';
  const decision = factsFor(await noticeEventFacts(db, [facts]), facts);
  const email = renderEmail(
    {
      kind: facts.kind as NotificationKind,
      toStatus: facts.to_status,
      fromLevel: facts.from_level,
      toLevel: facts.to_level,
      at: facts.created_at,
      recipientName: facts.display_name,
      by: decision?.by ?? null,
      reason: decision?.reason ?? null,
      request: {
        id: facts.request_id,
        trackingNo: facts.tracking_no,
        title: facts.title,
        type: facts.type,
        amountSatang: Number(facts.amount_satang),
        unitName: { th: facts.name_th, en: facts.name_en },
      },
    },
    lang,
    settings.publicUrl,
  );
  try {
    await transport.sendMail({
      from: settings.from,
      to: facts.email,
      subject: email.subject,
      text: email.text,
      html: email.html,
      // Lets a mail client thread the messages of one outbox row if it is ever delivered twice.
      messageId: `<${row.id.replace(/[^A-Za-z0-9.-]/g, '.')}@bmrts.invalid>`,
      headers: { 'Auto-Submitted': 'auto-generated' },
    });
    return { kind: 'sent', statusCode: null };
  } catch (error) {
    return { kind: 'failed', statusCode: null, error: error instanceof Error ? error.message : String(error) };
  }
}
