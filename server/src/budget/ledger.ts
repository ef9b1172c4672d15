// The ledger's writes (issue 16): a request's claims kept in step with its content, the lines it names checked where
// they are named, and at the approval that makes it final the balances re-read under lock, checked, and moved.
import { sql, type Kysely, type Selectable } from 'kysely';
import {
  LEDGER_TOTAL_COLUMN,
  isPostgres,
  movePendingWithClaims,
  ownPending,
  pendingColumnsMovedBy,
  type PendingTotals,
  type BudgetLineTable,
  type Database,
} from '@bmrts/db';
import {
  BudgetShort,
  DomainError,
  LineReferencesRefused,
  claimsOf,
  ledgerKindOf,
  remainingOf,
  type LineClaim,
  type LineReferenceRule,
  type LineTotals,
  type RequestContent,
  type ShortLine,
} from '@bmrts/shared';

export type BudgetLineRow = Selectable<BudgetLineTable>;
type LedgerTotalColumn = (typeof LEDGER_TOTAL_COLUMN)[keyof typeof LEDGER_TOTAL_COLUMN];

/** The cached totals of a line row (numbers on both engines: int8 is parsed as a number, db/src/postgres.ts). */
export function totalsOf(row: BudgetLineRow): LineTotals {
  return {
    appropriationSatang: Number(row.appropriation_satang),
    allottedSatang: Number(row.allotted_satang),
    transferInSatang: Number(row.transfer_in_satang),
    transferOutSatang: Number(row.transfer_out_satang),
    centralInSatang: Number(row.central_in_satang),
    centralOutSatang: Number(row.central_out_satang),
  };
}

/** The lines a request's content names, with where in the content each is named. */
function namedLines(content: RequestContent): { path: (string | number)[]; lineId: string; use: 'unitDraw' | 'unitReceive' | 'central' }[] {
  const named: ReturnType<typeof namedLines> = [];
  switch (content.type) {
    case 'allotment':
      if (content.details.lineId) named.push({ path: ['details', 'lineId'], lineId: content.details.lineId, use: 'unitDraw' });
      break;
    case 'transfer':
      content.details.lines.forEach((line, i) => {
        if (line.fromLineId) named.push({ path: ['details', 'lines', i, 'fromLineId'], lineId: line.fromLineId, use: 'unitDraw' });
        if (line.toLineId) named.push({ path: ['details', 'lines', i, 'toLineId'], lineId: line.toLineId, use: 'unitReceive' });
      });
      break;
    case 'central_fund':
      if (content.details.fundLineId) named.push({ path: ['details', 'fundLineId'], lineId: content.details.fundLineId, use: 'central' });
      if (content.details.receivingLineId)
        named.push({ path: ['details', 'receivingLineId'], lineId: content.details.receivingLineId, use: 'unitReceive' });
      break;
  }
  return named;
}

/**
 * Each line the content names must exist in the request's fiscal year and fit where it is named: a unit's own line to
 * draw on or receive into (another unit's only for a transfer between units), the request's own central-fund item to
 * pay from. Refused with 400, one message per field.
 */
export async function requireLinesUsable(trx: Kysely<Database>, unitCode: string, content: RequestContent): Promise<void> {
  const named = namedLines(content);
  if (named.length === 0) return;
  const rows = await trx
    .selectFrom('budget_lines')
    .select(['id', 'fiscal_year', 'kind', 'unit_code', 'central_item'])
    .where('id', 'in', [...new Set(named.map((n) => n.lineId))])
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const problems: { path: (string | number)[]; rule: LineReferenceRule }[] = [];
  for (const n of named) {
    const line = byId.get(n.lineId);
    const rule = ((): LineReferenceRule | null => {
      if (!line) return 'missing';
      if (line.fiscal_year !== content.fiscalYear) return 'otherYear';
      if (n.use === 'central') {
        return line.kind === 'central' && content.type === 'central_fund' && line.central_item === content.details.item
          ? null
          : 'notCentralItem';
      }
      if (line.kind !== 'unit') return 'notUnitLine';
      const otherUnitAllowed = n.use === 'unitReceive' && content.type === 'transfer' && content.details.betweenUnits;
      return line.unit_code === unitCode || otherUnitAllowed ? null : 'notOwnUnit';
    })();
    if (rule) problems.push({ path: n.path, rule });
  }
  if (problems.length > 0) throw new LineReferencesRefused(problems);
}

/**
 * Replaces the request's claims with those its content now makes (every save of the content); while the request is
 * pending, its lines' pending totals move with them (@bmrts/db's ledger/pending.ts).
 */
export async function syncClaims(trx: Kysely<Database>, requestId: string, status: string, content: RequestContent): Promise<void> {
  const before = await trx
    .deleteFrom('request_line_claims')
    .where('request_id', '=', requestId)
    .returning(['line_id as lineId', 'role', 'amount_satang as amountSatang'])
    .execute();
  const claims = claimsOf(content);
  if (claims.length > 0)
    await trx
      .insertInto('request_line_claims')
      .values(claims.map((c) => ({ request_id: requestId, line_id: c.lineId, role: c.role, amount_satang: c.amountSatang })))
      .execute();
  await movePendingWithClaims(
    trx,
    status,
    before.map((c) => ({ ...c, amountSatang: Number(c.amountSatang) })),
    claims,
  );
}

/**
 * The lines, read for a decision that may move them: on PostgreSQL locked (FOR UPDATE) in id order until the
 * transaction ends, so two approvals drawing on the same lines wait for each other and never deadlock; on SQLite the
 * one writer (and the batch's savepoints, run one after another) already orders them.
 */
export async function lockLines(trx: Kysely<Database>, ids: readonly string[]): Promise<Map<string, BudgetLineRow>> {
  const sorted = [...new Set(ids)].sort();
  if (sorted.length === 0) return new Map();
  const query = trx.selectFrom('budget_lines').selectAll().where('id', 'in', sorted).orderBy('id');
  const rows = await (isPostgres(trx) ? query.forUpdate() : query).execute();
  return new Map(rows.map((r) => [r.id, r]));
}

/** The claims a request holds, as its content last saved them (request_line_claims). */
export async function claimsOfRequest(trx: Kysely<Database>, requestId: string, type: RequestContent['type']): Promise<LineClaim[]> {
  const rows = await trx
    .selectFrom('request_line_claims')
    .select(['line_id', 'role', 'amount_satang'])
    .where('request_id', '=', requestId)
    .orderBy('line_id')
    .orderBy('role')
    .execute();
  return rows.map((r) => {
    const role = r.role === 'receive' ? 'receive' : 'draw';
    return { lineId: r.line_id, role, kind: ledgerKindOf(type, role), amountSatang: Number(r.amount_satang) };
  });
}

/**
 * What each line the claims draw on would lack, read from the locked rows: empty when every line has enough. With
 * `reserved` (others' pending claims by line, when submissions reserve), what they hold is not there to take.
 */
export function shortLinesOf(
  claims: readonly LineClaim[],
  lines: ReadonlyMap<string, BudgetLineRow>,
  reserved: ReadonlyMap<string, number> = new Map(),
): ShortLine[] {
  const short: ShortLine[] = [];
  for (const claim of claims) {
    if (claim.role !== 'draw') continue;
    const line = lines.get(claim.lineId);
    if (!line) throw new DomainError('budget_line_unusable', 422);
    const remainingSatang = remainingOf(totalsOf(line)) - (reserved.get(claim.lineId) ?? 0);
    if (remainingSatang < claim.amountSatang)
      short.push({ code: line.code, item: line.item, remainingSatang, requestedSatang: claim.amountSatang });
  }
  return short;
}

/** A request's claims and the lines they name, as a decision reads them (locked when it may move money). */
export interface ClaimedLines {
  claims: LineClaim[];
  lines: Map<string, BudgetLineRow>;
  /** Other requests' pending claims drawing on each line (in review or with the Council), in satang. */
  pendingByOthers: Map<string, number>;
}

/**
 * Reads the request's claims and their lines inside the decision's transaction: locked (lockLines) for the approval
 * that makes it final or a check that may refuse; plainly for any other decision, which only records what stood.
 * Others' pending claims are the line's cached pending total less what this request itself holds there while pending.
 */
export async function claimedLines(
  trx: Kysely<Database>,
  request: { id: string; type: RequestContent['type']; status: string },
  forApproval: boolean,
): Promise<ClaimedLines> {
  const claims = await claimsOfRequest(trx, request.id, request.type);
  if (claims.length === 0) return { claims, lines: new Map(), pendingByOthers: new Map() };
  const ids = [...new Set(claims.map((c) => c.lineId))];
  // Locked when the decision may move money, so the totals (pending ones too) are read after any decision holding
  // these lines has committed.
  const lines = forApproval
    ? await lockLines(trx, ids)
    : new Map((await trx.selectFrom('budget_lines').selectAll().where('id', 'in', ids).execute()).map((r) => [r.id, r]));
  const own = ownPending(request.status, claims);
  const pendingByOthers = new Map(
    [...lines.values()].map((line) => [line.id, Number(line.pending_satang) - (own.get(line.id)?.amountSatang ?? 0)]),
  );
  return { claims, lines, pendingByOthers };
}

/**
 * A check that refuses without moving money: an approval at a level the Office enforces, or a submission that
 * reserves its amount (then what others hold pending is not there to take). Throws BudgetShort when a line is short.
 */
export function requireEnough(read: ClaimedLines, countOthersPending: boolean): void {
  const short = shortLinesOf(read.claims, read.lines, countOthersPending ? read.pendingByOthers : undefined);
  if (short.length > 0) throw new BudgetShort(short);
}

export interface Approval {
  requestId: string;
  eventId: string;
  at: string;
}

/**
 * The approval that makes a request final, given its claims and their lines read under lock (claimedLines): every line
 * it draws on must still have enough (else BudgetShort, 422, and the decision's transaction or savepoint writes
 * nothing); then one entry per claim is appended and each line's cached totals moved by the same amounts, with its
 * pending totals as the request leaves review (`pendingMove`, @bmrts/db's pendingMoveOf): one UPDATE per line, in id
 * order, in the same transaction as the decision.
 */
export async function postApproval(
  trx: Kysely<Database>,
  newId: () => string,
  approval: Approval,
  read: ClaimedLines,
  pendingMove: ReadonlyMap<string, PendingTotals>,
): Promise<void> {
  const { claims, lines } = read;
  if (claims.length === 0) return;
  const short = shortLinesOf(claims, lines);
  if (short.length > 0) throw new BudgetShort(short);
  await trx
    .insertInto('budget_ledger')
    .values(
      claims.map((c) => ({
        id: newId(),
        line_id: c.lineId,
        kind: c.kind,
        amount_satang: c.amountSatang,
        request_id: approval.requestId,
        event_id: approval.eventId,
        at: approval.at,
      })),
    )
    .execute();
  const moved = new Map<string, Map<LedgerTotalColumn, number>>();
  for (const c of claims) {
    const columns = moved.get(c.lineId) ?? new Map<LedgerTotalColumn, number>();
    const column = LEDGER_TOTAL_COLUMN[c.kind];
    columns.set(column, (columns.get(column) ?? 0) + c.amountSatang);
    moved.set(c.lineId, columns);
  }
  for (const lineId of [...moved.keys()].sort()) {
    const columns = [...(moved.get(lineId) ?? [])].map(([column, amount]) => [column, sql<number>`${sql.ref(column)} + ${amount}`]);
    const pending = pendingMove.get(lineId);
    await trx
      .updateTable('budget_lines')
      .set({ ...Object.fromEntries(columns), ...(pending ? pendingColumnsMovedBy(pending) : {}) })
      .where('id', '=', lineId)
      .execute();
  }
}
