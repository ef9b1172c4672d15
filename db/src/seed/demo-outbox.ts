// The demo's email addresses and one webhook endpoint, so the settings page and the admin webhook page have something to show.
import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import { DEMO_ACCOUNT_SPECS } from './demo-accounts';

/** A reserved top-level domain (RFC 2606): a demo run against a real SMTP server mails nobody real. */
export const DEMO_EMAIL_DOMAIN = 'bmrts.example';

export async function seedDemoEmailAndWebhooks(trx: Kysely<Database>, nowIso: string, newId: () => string): Promise<void> {
  for (const account of DEMO_ACCOUNT_SPECS) {
    // unit2 reads email in English, to show the English template.
    await trx
      .updateTable('users')
      .set({ email: `${account.username}@${DEMO_EMAIL_DOMAIN}`, language: account.username === 'unit2' ? 'en' : 'th' })
      .where('username', '=', account.username)
      .execute();
  }
  const admin = await trx.selectFrom('users').select('id').where('username', '=', 'admin').executeTakeFirst();
  if (!admin) return;
  const id = newId();
  // Inactive: it points at no real system; an administrator turns it on after changing the address.
  await trx
    .insertInto('webhook_endpoints')
    .values({
      id,
      url: `https://erp.${DEMO_EMAIL_DOMAIN}/hooks/bmrts`,
      description: 'ตัวอย่าง: ระบบบัญชีกลาง (ปิดไว้)',
      secret: `whsec_demo_${newId().replace(/-/g, '')}`,
      active: 0,
      created_by: admin.id,
      created_at: nowIso,
      updated_at: nowIso,
    })
    .execute();
  await trx
    .insertInto('webhook_subscriptions')
    .values(['SUBMIT', 'APPROVE', 'REJECT'].map((event_type) => ({ endpoint_id: id, event_type })))
    .execute();
}
