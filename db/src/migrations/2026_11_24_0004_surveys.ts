// Satisfaction survey rounds, who answered each, and the answers (kept apart from who gave them). Frozen.
import { PostgresAdapter, sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  const sqlite = !(db.getExecutor().adapter instanceof PostgresAdapter);

  await db.schema
    .createTable('survey_rounds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('fiscal_year', 'integer', (c) => c.notNull())
    .addColumn('opens_at', 'text', (c) => c.notNull())
    .addColumn('closes_at', 'text', (c) => c.notNull())
    // Tenths of a percent (900 = 90.0 %): an exact integer where a float column would turn 96.7 into 96.69999.
    .addColumn('target_tenths', 'integer', (c) => c.notNull())
    .addColumn('anonymous', 'integer', (c) => c.notNull())
    // JSON: { allUsers, levels, unitCodes } and the ordered questions; both frozen once the round opens.
    .addColumn('invitation', 'text', (c) => c.notNull())
    .addColumn('questions', 'text', (c) => c.notNull())
    // Key of the HMAC that lets an anonymous respondent replace their answer; erased when the round closes.
    .addColumn('response_secret', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // The admin list pages by latest opening; the pending query looks for rounds open now.
  await db.schema.createIndex('survey_rounds_opens').on('survey_rounds').columns(['opens_at', 'id']).execute();
  await db.schema.createIndex('survey_rounds_closes').on('survey_rounds').columns(['closes_at']).execute();

  // Who has answered a round: one row per person enforces one response each, in anonymous rounds too,
  // and carries no reference to the answers. Level and unit as they were when the person answered, for the rates.
  await db.schema
    .createTable('survey_participants')
    .addColumn('round_id', 'text', (c) => c.notNull().references('survey_rounds.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('unit_code', 'text')
    .addColumn('answered_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('survey_participants_pk', ['round_id', 'user_id'])
    .execute();
  await db.schema.createIndex('survey_participants_user').on('survey_participants').columns(['user_id']).execute();

  // In an anonymous round respondent_id and submitted_at stay null and the id is random; edit_key is the HMAC of
  // the respondent with the round's secret, until the round closes. In SQLite the rows are stored WITHOUT ROWID,
  // ordered by that random id, so not even the file's insertion order pairs a response with a participant row.
  const withoutRowid = <T extends { modifyEnd(s: ReturnType<typeof sql>): T }>(builder: T): T =>
    sqlite ? builder.modifyEnd(sql`without rowid`) : builder;
  await withoutRowid(
    db.schema
      .createTable('survey_responses')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('round_id', 'text', (c) => c.notNull().references('survey_rounds.id').onDelete('cascade'))
      .addColumn('respondent_id', 'text', (c) => c.references('users.id'))
      .addColumn('edit_key', 'text')
      .addColumn('submitted_at', 'text'),
  ).execute();
  await db.schema
    .createIndex('survey_responses_respondent')
    .on('survey_responses')
    .columns(['round_id', 'respondent_id'])
    .unique()
    .execute();
  await db.schema.createIndex('survey_responses_edit_key').on('survey_responses').columns(['round_id', 'edit_key']).unique().execute();

  await withoutRowid(
    db.schema
      .createTable('survey_answers')
      .addColumn('response_id', 'text', (c) => c.notNull().references('survey_responses.id').onDelete('cascade'))
      .addColumn('question_id', 'text', (c) => c.notNull())
      .addColumn('scale_value', 'integer')
      .addColumn('text_value', 'text')
      .addPrimaryKeyConstraint('survey_answers_pk', ['response_id', 'question_id']),
  ).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('survey_answers').execute();
  await db.schema.dropTable('survey_responses').execute();
  await db.schema.dropTable('survey_participants').execute();
  await db.schema.dropTable('survey_rounds').execute();
}
