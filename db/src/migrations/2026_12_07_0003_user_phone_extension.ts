// A person's office telephone extension (เบอร์ภายใน), shown beside their name wherever they hold a request, so a unit
// can ring whoever has it on their desk. Optional: null until the person or an administrator sets it. Frozen.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').addColumn('phone_extension', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('phone_extension').execute();
}
