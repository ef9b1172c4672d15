// Lists of requests through Kysely: scoped, filtered, keyset-paginated (one request and its history: @bmrts/db's named queries).
import { sql, type Expression, type ExpressionBuilder, type Kysely, type SelectQueryBuilder, type SqlBool } from 'kysely';
import type { Database, RequestRow } from '@bmrts/db';
import {
  ValidationFailed,
  bangkokDayStartUtc,
  fiscalYearSpanUtc,
  monthSpanUtc,
  type RequestListFilters,
  type RequestListQuery,
} from '@bmrts/shared';
import type { Scope } from '../deps';
import type { OverdueCutoff } from './overdue-filter';
import { heldAt, overdue } from './position-sql';

/** What a row of a list, the inbox or an export shows: none of the content's long texts, JSON or machine state. */
const LIST_COLUMNS = [
  'id',
  'tracking_no',
  'type',
  'unit_code',
  'fiscal_year',
  'title',
  'letter_no',
  'letter_date',
  'amount_satang',
  'category',
  'status',
  'level',
  'final_level',
  'council',
  'version',
  'created_at',
  'updated_at',
  'submitted_at',
  'level_entered_at',
  'decided_at',
] as const satisfies readonly (keyof RequestRow)[];

export type RequestListRow = Pick<RequestRow, (typeof LIST_COLUMNS)[number]> & { unit_name_th: string; unit_name_en: string };

function requestsWithUnit(db: Kysely<Database>) {
  // A LEFT JOIN (every request has its unit, so it finds the same rows) keeps requests the outer loop: with an inner
  // join SQLite may start from the 69 units and sort every request of each, 0.3 s on 50,000 requests for a page of 50.
  return db
    .selectFrom('requests')
    .leftJoin('budget_units', 'budget_units.code', 'requests.unit_code')
    .select((eb) => [
      eb.ref('budget_units.name_th').$castTo<string>().as('unit_name_th'),
      eb.ref('budget_units.name_en').$castTo<string>().as('unit_name_en'),
    ]);
}

/** The list columns of requests with their unit's names: a page of 50 reads about half as much as whole rows. */
export function selectRequestRows(db: Kysely<Database>) {
  return requestsWithUnit(db).select(LIST_COLUMNS.map((column) => `requests.${column}` as const));
}

type RequestQuery = ReturnType<typeof selectRequestRows>;

/** Any query over requests, whatever it selects and joins: lists, exports and the inbox's counts. */
export function whereInScope<Q extends SelectQueryBuilder<Database, 'requests', object>>(query: Q, scope: Scope): Q {
  if (scope.allUnits) return query;
  if (scope.unitCodes.length === 0) return query.where(({ lit }) => lit(false)) as Q;
  if (scope.unitCodes.length === 1) return query.where('requests.unit_code', '=', scope.unitCodes[0] ?? '') as Q;
  // Several units (an analyst's portfolio, a section, a division) hold a large share of all requests, so walking an
  // index in the list's own order and keeping the rows in scope finds a page at once; comparing `unit_code || ''`
  // keeps SQLite from choosing the unit index instead and sorting every request of those units (0.15 s on 50,000).
  return query.where(sql<string>`${sql.ref('requests.unit_code')} || ''`, 'in', scope.unitCodes) as Q;
}

interface Cursor {
  createdAt: string;
  id: string;
}

export function encodeCursor(row: { created_at: string; id: string }): string {
  return Buffer.from(JSON.stringify([row.created_at, row.id])).toString('base64url');
}

export function decodeCursor(cursor: string): Cursor {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof createdAt === 'string' && typeof id === 'string') return { createdAt, id };
  } catch {
    // fall through to the validation error below
  }
  throw new ValidationFailed([{ path: ['cursor'], message: 'cursor' }]);
}

/** Escapes LIKE wildcards so a search for "50%" finds "50%" literally. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/** The UTC instant of midnight in Bangkok starting `date` plus `days` (Bangkok has no daylight saving: days are 24 h). */
function bangkokMidnightUtc(date: string, days: number): string {
  return new Date(Date.parse(bangkokDayStartUtc(date)) + days * 86_400_000).toISOString();
}

/**
 * The request was returned to its unit at least once (request_events_returns). The dashboard's first-pass figure and
 * the list its links open count with this same condition, so a figure and its list always agree.
 */
export function everReturned(eb: ExpressionBuilder<Database, 'requests'>): Expression<SqlBool> {
  return eb.exists(
    eb
      .selectFrom('request_events')
      .select('request_events.request_id')
      .whereRef('request_events.request_id', '=', 'requests.id')
      .where('request_events.type', '=', sql.lit('RETURN')),
  );
}

/** What the list needs beyond the query string to filter by lateness: the cutoffs of now (see overdue-filter.ts). */
export interface ListContext {
  overdueCutoffs?: readonly OverdueCutoff[];
}

/** The caller's requests that pass the list's filters, unordered: the list pages them, exports stream them. */
export function filteredRequests(db: Kysely<Database>, scope: Scope, query: RequestListFilters, context: ListContext = {}): RequestQuery {
  let q: RequestQuery = whereInScope(selectRequestRows(db), scope);
  if (query.type) q = q.where('requests.type', '=', query.type);
  if (query.status) q = q.where('requests.status', '=', query.status);
  // Held at this level now: with its unit for 1, in review at it for 2–8 (decision record 0015).
  if (query.level !== undefined) {
    const level = query.level;
    q = q.where((eb) => heldAt(eb, level));
  }
  if (query.unit) q = q.where('requests.unit_code', '=', query.unit);
  if (query.fiscalYear !== undefined) q = q.where('requests.fiscal_year', '=', query.fiscalYear);
  if (query.q) {
    const text = query.q;
    q = q.where((eb) =>
      // The engine's lower() on both sides and an explicit ESCAPE: SQLite's LIKE ignores ASCII case and has no escape
      // character unless told, PostgreSQL's respects case and escapes with a backslash; so both find "50%" and "Budget" alike.
      eb.or([
        eb('requests.tracking_no', '=', text.toUpperCase()),
        sql<boolean>`lower(${sql.ref('requests.title')}) like lower(${likePattern(text)}) escape '\\'`,
        // The unit's letter number, as a clerk holding the paper letter types it ("5101/1201" finds "กท 5101/1201").
        sql<boolean>`lower(${sql.ref('requests.letter_no')}) like lower(${likePattern(text)}) escape '\\'`,
      ]),
    );
  }
  // Bangkok calendar days, served by requests_created (created_at, id) like the ordering below.
  if (query.createdFrom) q = q.where('requests.created_at', '>=', bangkokMidnightUtc(query.createdFrom, 0));
  if (query.createdTo) q = q.where('requests.created_at', '<', bangkokMidnightUtc(query.createdTo, 1));
  if (query.overdue) {
    const cutoffs = context.overdueCutoffs ?? [];
    // The Office's clock runs at a level and type whose target it has passed.
    q = q.where((eb) => overdue(eb, cutoffs));
  }
  if (query.firstPass) {
    // A RETURN sends the request back to its unit; a SEND_BACK between levels is not a return and does not count.
    const firstPass = query.firstPass === 'true';
    q = q.where((eb) => (firstPass ? eb.not(everReturned(eb)) : everReturned(eb)));
  }
  // First submission (submitted_at is set once, by SUBMIT) and final decision, in Bangkok months and fiscal years.
  if (query.submittedMonth) {
    const { start, end } = monthSpanUtc(query.submittedMonth);
    q = q.where('requests.submitted_at', '>=', start).where('requests.submitted_at', '<', end);
  }
  if (query.submittedFiscalYear !== undefined) {
    const { start, end } = fiscalYearSpanUtc(query.submittedFiscalYear);
    q = q.where('requests.submitted_at', '>=', start).where('requests.submitted_at', '<', end);
  }
  if (query.decidedFiscalYear !== undefined) {
    const { start, end } = fiscalYearSpanUtc(query.decidedFiscalYear);
    q = q.where('requests.decided_at', '>=', start).where('requests.decided_at', '<', end);
  }
  return q;
}

function newestFirstAfter(q: RequestQuery, after: Cursor | null, limit: number) {
  const paged = after
    ? q.where((eb) => eb(eb.refTuple('requests.created_at', 'requests.id'), '<', eb.tuple(after.createdAt, after.id)))
    : q;
  return paged.orderBy('requests.created_at', 'desc').orderBy('requests.id', 'desc').limit(limit).execute();
}

export async function listRequests(
  db: Kysely<Database>,
  scope: Scope,
  query: RequestListQuery,
  context: ListContext = {},
): Promise<{ rows: RequestListRow[]; nextCursor: string | null }> {
  const rows = await newestFirstAfter(
    filteredRequests(db, scope, query, context),
    query.cursor ? decodeCursor(query.cursor) : null,
    query.limit + 1,
  );
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return { rows: page, nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null };
}

/** Every filtered request, newest first, as keyset pages read one at a time: an export of any size holds one page. */
export async function* requestPages(
  db: Kysely<Database>,
  scope: Scope,
  filters: RequestListFilters,
  context: ListContext = {},
  pageSize = 500,
): AsyncGenerator<RequestListRow[]> {
  let after: Cursor | null = null;
  for (;;) {
    const page = await newestFirstAfter(filteredRequests(db, scope, filters, context), after, pageSize);
    if (page.length > 0) yield page;
    const last = page.at(-1);
    if (!last || page.length < pageSize) return;
    after = { createdAt: last.created_at, id: last.id };
  }
}
