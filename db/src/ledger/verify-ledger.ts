// verify-ledger (issue 16): the cached totals on every budget line recomputed from the line's ledger entries (its pending
// totals from the claims of the requests in review), and every request's entries checked against the request (an
// approved request with claims has exactly one entry per claim, at its approving event; nothing else has any). Names the first disagreement in a fixed order: lines by fiscal year and
// code, then entries that name no request, then requests by tracking number.
import type { Kysely } from 'kysely';
import {
  LEDGER_KINDS,
  LEDGER_PROBLEM_WORDS,
  ledgerKindOf,
  type LedgerKind,
  type LedgerProblem,
  type LedgerVerification,
  type LineRef,
  type RequestContent,
} from '@bmrts/shared';
import type { Database } from '../schema';
import { LEDGER_TOTAL_COLUMN } from './budget-lines';
import { pendingFromClaims } from './pending';

const isLedgerKind = (kind: string): kind is LedgerKind => (LEDGER_KINDS as readonly string[]).includes(kind);

/** An entry's kind as stored; an unknown one is reported as the line's opening (it is counted nowhere else). */
const kindOf = (kind: string): LedgerKind => (isLedgerKind(kind) ? kind : 'opening');

interface Entry {
  lineId: string;
  kind: LedgerKind;
  amountSatang: number;
  eventId: string | null;
}

export async function verifyLedger(db: Kysely<Database>): Promise<LedgerVerification> {
  const lines = await db.selectFrom('budget_lines').selectAll().orderBy('fiscal_year').orderBy('code').execute();
  const lineRef = new Map<string, LineRef>(lines.map((l) => [l.id, { code: l.code, fiscalYear: l.fiscal_year }]));
  const refOf = (lineId: string): LineRef => lineRef.get(lineId) ?? { code: lineId, fiscalYear: 0 };
  const problem = (p: LedgerProblem): LedgerVerification => ({ ok: false, firstProblem: p });

  // 1. Each line's cached totals against the sums of its entries (summed by the database: one row per line and kind),
  const sums = await db
    .selectFrom('budget_ledger')
    .select([
      'line_id',
      'kind',
      (eb) => eb.fn.sum<string | number>('amount_satang').as('total'),
      (eb) => eb.fn.countAll<string | number>().as('n'),
    ])
    .groupBy(['line_id', 'kind'])
    .execute();
  const sumOf = new Map(sums.map((s) => [`${s.line_id}|${s.kind}`, Number(s.total)]));
  const entryCount = sums.reduce((n, s) => n + Number(s.n), 0);
  // And its cached pending totals against the claims of the requests in review (ledger/pending.ts).
  const pending = await pendingFromClaims(db);
  for (const line of lines) {
    for (const kind of LEDGER_KINDS) {
      const cached = Number(line[LEDGER_TOTAL_COLUMN[kind]]);
      const fromEntries = sumOf.get(`${line.id}|${kind}`) ?? 0;
      if (cached !== fromEntries)
        return problem({
          lineCode: line.code,
          fiscalYear: line.fiscal_year,
          what: LEDGER_PROBLEM_WORDS.cachedTotal(refOf(line.id), kind, cached, fromEntries),
        });
    }
    const cached = { count: Number(line.pending_count), amountSatang: Number(line.pending_satang) };
    const fromClaims = pending.get(line.id) ?? { count: 0, amountSatang: 0 };
    if (cached.count !== fromClaims.count || cached.amountSatang !== fromClaims.amountSatang)
      return problem({
        lineCode: line.code,
        fiscalYear: line.fiscal_year,
        what: LEDGER_PROBLEM_WORDS.cachedPending(refOf(line.id), cached, fromClaims),
      });
  }

  // 2. Opening entries name no request; every other entry names the request that moved the money.
  const unowned = await db
    .selectFrom('budget_ledger')
    .innerJoin('budget_lines', 'budget_lines.id', 'budget_ledger.line_id')
    .select(['budget_ledger.line_id', 'budget_ledger.kind', 'budget_ledger.amount_satang'])
    .where((eb) =>
      eb.or([
        eb.and([eb('budget_ledger.kind', '=', 'opening'), eb('budget_ledger.request_id', 'is not', null)]),
        eb.and([eb('budget_ledger.kind', '!=', 'opening'), eb('budget_ledger.request_id', 'is', null)]),
      ]),
    )
    .orderBy('budget_lines.fiscal_year')
    .orderBy('budget_lines.code')
    .orderBy('budget_ledger.id')
    .limit(1)
    .executeTakeFirst();
  if (unowned) {
    const ref = refOf(unowned.line_id);
    return problem({
      lineCode: ref.code,
      fiscalYear: ref.fiscalYear,
      what: LEDGER_PROBLEM_WORDS.entryWithoutRequest(ref, kindOf(unowned.kind), Number(unowned.amount_satang)),
    });
  }

  // 3. Requests: the approved ones with their claims and approving event, and every one that has entries.
  const claimRows = await db
    .selectFrom('request_line_claims')
    .innerJoin('requests', 'requests.id', 'request_line_claims.request_id')
    .select([
      'requests.id',
      'requests.type',
      'request_line_claims.line_id',
      'request_line_claims.role',
      'request_line_claims.amount_satang',
    ])
    .where('requests.status', '=', 'approved')
    .execute();
  const entryRows = await db
    .selectFrom('budget_ledger')
    .select(['request_id', 'line_id', 'kind', 'amount_satang', 'event_id'])
    .where('request_id', 'is not', null)
    .orderBy('id')
    .execute();
  const ids = new Set<string>([...claimRows.map((c) => c.id), ...entryRows.flatMap((e) => (e.request_id ? [e.request_id] : []))]);
  if (ids.size === 0) return { ok: true, lines: lines.length, entries: entryCount };

  const requests = await requestsByTrackingNo(db, [...ids]);
  const claimsOf = new Map<string, Entry[]>();
  for (const c of claimRows) {
    const role = c.role === 'receive' ? 'receive' : 'draw';
    const list = claimsOf.get(c.id) ?? [];
    list.push({
      lineId: c.line_id,
      kind: ledgerKindOf(c.type as RequestContent['type'], role),
      amountSatang: Number(c.amount_satang),
      eventId: null,
    });
    claimsOf.set(c.id, list);
  }
  const entriesOf = new Map<string, Entry[]>();
  for (const e of entryRows) {
    if (!e.request_id) continue;
    const list = entriesOf.get(e.request_id) ?? [];
    list.push({ lineId: e.line_id, kind: kindOf(e.kind), amountSatang: Number(e.amount_satang), eventId: e.event_id });
    entriesOf.set(e.request_id, list);
  }
  const byLineOrder = (a: Entry, b: Entry) => {
    const ra = refOf(a.lineId);
    const rb = refOf(b.lineId);
    return (
      ra.fiscalYear - rb.fiscalYear || (ra.code < rb.code ? -1 : ra.code > rb.code ? 1 : a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0)
    );
  };

  for (const request of requests) {
    const approved = request.status === 'approved';
    const expected = approved ? [...(claimsOf.get(request.id) ?? [])].sort(byLineOrder) : [];
    const found = [...(entriesOf.get(request.id) ?? [])].sort(byLineOrder);
    const tracking = request.trackingNo;
    for (const claim of expected) {
      const index = found.findIndex((e) => e.lineId === claim.lineId && e.kind === claim.kind);
      const ref = refOf(claim.lineId);
      const at = { lineCode: ref.code, fiscalYear: ref.fiscalYear, requestTrackingNo: tracking };
      if (index < 0) return problem({ ...at, what: LEDGER_PROBLEM_WORDS.missingEntry(tracking, ref, claim.kind, claim.amountSatang) });
      const [entry] = found.splice(index, 1);
      if (!entry) continue;
      if (entry.amountSatang !== claim.amountSatang)
        return problem({
          ...at,
          what: LEDGER_PROBLEM_WORDS.wrongAmount(tracking, ref, claim.kind, claim.amountSatang, entry.amountSatang),
        });
      if (entry.eventId === null || entry.eventId !== request.approvingEventId)
        return problem({ ...at, what: LEDGER_PROBLEM_WORDS.wrongEvent(tracking, ref, claim.kind) });
    }
    // What is left over was not claimed (or was claimed once and written twice), or the request is not approved.
    const [extra] = found;
    if (extra) {
      const ref = refOf(extra.lineId);
      return problem({
        lineCode: ref.code,
        fiscalYear: ref.fiscalYear,
        requestTrackingNo: tracking,
        what: LEDGER_PROBLEM_WORDS.extraEntry(tracking, ref, extra.kind, extra.amountSatang, approved),
      });
    }
  }
  return { ok: true, lines: lines.length, entries: entryCount };
}

interface CheckedRequest {
  id: string;
  trackingNo: string;
  status: string;
  /** The event that made it approved: its final level's approval or the Council's. */
  approvingEventId: string | null;
}

/** The requests, in tracking-number order, a few hundred at a time (SQLite's bound-parameter limit). */
async function requestsByTrackingNo(db: Kysely<Database>, ids: readonly string[]): Promise<CheckedRequest[]> {
  const found: CheckedRequest[] = [];
  for (let start = 0; start < ids.length; start += 500) {
    const chunk = ids.slice(start, start + 500);
    const rows = await db.selectFrom('requests').select(['id', 'tracking_no', 'status']).where('id', 'in', chunk).execute();
    const approvals = await db
      .selectFrom('request_events')
      .select(['request_id', 'id'])
      .where('request_id', 'in', chunk)
      .where('to_status', '=', 'approved')
      .execute();
    const approvalOf = new Map(approvals.map((a) => [a.request_id, a.id]));
    for (const r of rows)
      found.push({ id: r.id, trackingNo: r.tracking_no, status: r.status, approvingEventId: approvalOf.get(r.id) ?? null });
  }
  return found.sort((a, b) => (a.trackingNo < b.trackingNo ? -1 : a.trackingNo > b.trackingNo ? 1 : 0));
}
