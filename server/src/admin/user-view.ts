// Users as administrators see them: their position, portfolio and assigned units, and never their password hash.
import { sql, type Kysely } from 'kysely';
import type { Database, UserRow } from '@bmrts/db';
import { NotFound, type AdminUser, type AdminUserListQuery } from '@bmrts/shared';

type UserFields = Omit<UserRow, 'password_hash' | 'created_at' | 'updated_at' | 'email' | 'language'>;
const USER_COLUMNS = [
  'id',
  'username',
  'display_name',
  'phone_extension',
  'level',
  'unit_code',
  'section_id',
  'division_id',
  'is_admin',
  'active',
] as const;

async function unitsByUser(
  db: Kysely<Database>,
  table: 'analyst_portfolios' | 'executive_scopes',
  ids: string[],
): Promise<Map<string, string[]>> {
  const byUser = new Map<string, string[]>();
  if (ids.length === 0) return byUser;
  const rows =
    table === 'analyst_portfolios'
      ? await db
          .selectFrom('analyst_portfolios')
          .select(['analyst_id as userId', 'unit_code'])
          .where('analyst_id', 'in', ids)
          .orderBy('unit_code')
          .execute()
      : await db
          .selectFrom('executive_scopes')
          .select(['user_id as userId', 'unit_code'])
          .where('user_id', 'in', ids)
          .orderBy('unit_code')
          .execute();
  for (const row of rows) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row.unit_code]);
  return byUser;
}

async function toAdminUsers(db: Kysely<Database>, rows: UserFields[]): Promise<AdminUser[]> {
  const ids = rows.map((r) => r.id);
  const portfolios = await unitsByUser(db, 'analyst_portfolios', ids);
  const scopes = await unitsByUser(db, 'executive_scopes', ids);
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    phoneExtension: r.phone_extension,
    level: r.level,
    unitCode: r.unit_code,
    sectionId: r.section_id,
    divisionId: r.division_id,
    isAdmin: r.is_admin === 1,
    active: r.active === 1,
    portfolio: portfolios.get(r.id) ?? [],
    executiveScope: scopes.get(r.id) ?? [],
  }));
}

export async function loadAdminUser(db: Kysely<Database>, id: string): Promise<AdminUser> {
  const row = await db.selectFrom('users').select(USER_COLUMNS).where('id', '=', id).executeTakeFirst();
  if (!row) throw new NotFound();
  const [user] = await toAdminUsers(db, [row]);
  if (!user) throw new NotFound();
  return user;
}

/** One page of users by username (keyset on the unique username). */
export async function listAdminUsers(
  db: Kysely<Database>,
  query: AdminUserListQuery,
): Promise<{ items: AdminUser[]; nextCursor: string | null }> {
  let q = db
    .selectFrom('users')
    .select(USER_COLUMNS)
    .orderBy('username')
    .limit(query.limit + 1);
  if (query.q) {
    const pattern = `%${query.q.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    q = q.where(sql<boolean>`(lower(username) like ${pattern} escape '\\' or lower(display_name) like ${pattern} escape '\\')`);
  }
  if (query.level !== undefined) q = q.where('level', '=', query.level);
  if (query.unit !== undefined) q = q.where('unit_code', '=', query.unit);
  if (query.active !== undefined) q = q.where('active', '=', query.active ? 1 : 0);
  if (query.cursor) q = q.where('username', '>', query.cursor);
  const rows = await q.execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return { items: await toAdminUsers(db, page), nextCursor: rows.length > query.limit && last ? last.username : null };
}
