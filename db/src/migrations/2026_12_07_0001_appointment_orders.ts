// The written order (คำสั่ง) behind each acting appointment: its number and date, and whether it makes the appointee
// act in the post (รักษาราชการแทน) or exercise the holder's delegated powers (ปฏิบัติราชการแทน). Frozen.
// Appointments made before this have no order: they are kept, listed with the violation `order_missing`, and grant
// nothing until an administrator makes them again with their order.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('acting_appointments').addColumn('order_no', 'text').execute();
  await db.schema.alterTable('acting_appointments').addColumn('order_date', 'text').execute();
  await db.schema
    .alterTable('acting_appointments')
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('acting'))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('acting_appointments').dropColumn('kind').execute();
  await db.schema.alterTable('acting_appointments').dropColumn('order_date').execute();
  await db.schema.alterTable('acting_appointments').dropColumn('order_no').execute();
}
