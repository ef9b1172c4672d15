// Each user's email settings: the address, the language of the emails and which kinds they receive (all unless turned off).
import type { Kysely } from 'kysely';
import type { Database } from '@bmrts/db';
import { NOTIFICATION_KINDS, NotFound, type NotificationSettings, type UpdateNotificationSettingsBody } from '@bmrts/shared';

export async function loadNotificationSettings(db: Kysely<Database>, userId: string, emailEnabled: boolean): Promise<NotificationSettings> {
  const user = await db.selectFrom('users').select(['email', 'language']).where('id', '=', userId).executeTakeFirst();
  if (!user) throw new NotFound();
  const off = new Set((await db.selectFrom('email_opt_outs').select('kind').where('user_id', '=', userId).execute()).map((r) => r.kind));
  return {
    email: user.email,
    language: user.language === 'en' ? 'en' : 'th',
    emailKinds: Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, !off.has(kind)])) as NotificationSettings['emailKinds'],
    emailEnabled,
  };
}

/** Replaces the caller's settings in one transaction (they are the caller's own, so not an administrative change to audit). */
export async function saveNotificationSettings(
  db: Kysely<Database>,
  userId: string,
  body: UpdateNotificationSettingsBody,
  nowIso: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const email = body.email === '' || body.email === null ? null : body.email.trim();
    await trx.updateTable('users').set({ email, language: body.language, updated_at: nowIso }).where('id', '=', userId).execute();
    const wasOff = new Set(
      (await trx.selectFrom('email_opt_outs').select('kind').where('user_id', '=', userId).execute()).map((r) => r.kind),
    );
    await trx.deleteFrom('email_opt_outs').where('user_id', '=', userId).execute();
    const off = NOTIFICATION_KINDS.filter((kind) => (body.emailKinds[kind] === undefined ? wasOff.has(kind) : !body.emailKinds[kind]));
    if (off.length > 0)
      await trx
        .insertInto('email_opt_outs')
        .values(off.map((kind) => ({ user_id: userId, kind })))
        .execute();
  });
}
