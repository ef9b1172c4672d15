// Spreadsheet imports: the column mapping each administrator last used, each import batch, and which requests came
// from which row of which file (so the same sheet row is never imported twice). Frozen.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // JSON of { field: sheet header }: proposed again the next time this administrator uploads a sheet.
  await db.schema
    .createTable('import_mappings')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
    .addColumn('mapping', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('import_batches')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('imported_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addColumn('request_count', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('imported_requests')
    .addColumn('request_id', 'text', (c) => c.primaryKey().references('requests.id'))
    .addColumn('batch_id', 'text', (c) => c.notNull().references('import_batches.id'))
    .addColumn('source_row', 'integer', (c) => c.notNull())
    // The sheet's own reference (its letter number or tracking number) as written there; null when it had none.
    .addColumn('source_ref', 'text')
    .execute();
  // Unique: a sheet row is imported once, even when two administrators import the same sheet at the same moment
  // (the second transaction fails whole with 409). Rows without a reference (null) are not compared.
  await db.schema.createIndex('imported_requests_source_ref').unique().on('imported_requests').column('source_ref').execute();
  await db.schema.createIndex('imported_requests_batch').on('imported_requests').column('batch_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('imported_requests').execute();
  await db.schema.dropTable('import_batches').execute();
  await db.schema.dropTable('import_mappings').execute();
}
