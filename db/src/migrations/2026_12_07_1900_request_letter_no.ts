// The unit's own letter that a request goes out under (เลขที่หนังสือ "กท 5101/1201", ลงวันที่): what the paper trail and
// the old sheet cite it by. Optional: null for requests made before it was asked for, and whenever a unit leaves it out.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('requests').addColumn('letter_no', 'text').execute();
  // A calendar date "YYYY-MM-DD" (CE), as the letter is dated, not an instant.
  await db.schema.alterTable('requests').addColumn('letter_date', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('requests').dropColumn('letter_date').execute();
  await db.schema.alterTable('requests').dropColumn('letter_no').execute();
}
