// What the person deciding had before them (issue 16): each event records the version of the request it was taken on,
// the content's digest and the balances of the lines it names as they stood, as JSON inside the event's hash. Null for
// events made before this column existed: their hashes are computed without it, so every older chain still verifies.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('request_events').addColumn('seen', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('request_events').dropColumn('seen').execute();
}
