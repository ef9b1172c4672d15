// The money rules of issue 16, in one place: which lines a request's content draws on and pays into, what an approval
// writes to the ledger, and what a line has left. The server posts and checks with these; the request page shows them.
import type { RequestContent } from '../schemas/request-content';

/** The kinds of ledger entry: an opening appropriation, then what approved requests moved. */
export const LEDGER_KINDS = ['opening', 'allotment', 'transfer_out', 'transfer_in', 'central_out', 'central_in'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

/** A line the request names: drawn on (the money leaves it, or is released from it) or paid into. */
export interface LineClaim {
  lineId: string;
  role: 'draw' | 'receive';
  /** The ledger entry the approval writes for it. */
  kind: Exclude<LedgerKind, 'opening'>;
  amountSatang: number;
}

/** The ledger entry an approval writes for a line a request of `type` draws on or pays into. */
export function ledgerKindOf(type: RequestContent['type'], role: LineClaim['role']): LineClaim['kind'] {
  if (type === 'allotment') return 'allotment';
  if (type === 'transfer') return role === 'draw' ? 'transfer_out' : 'transfer_in';
  return role === 'draw' ? 'central_out' : 'central_in';
}

/**
 * The lines a request's content names, one claim per line and role (a transfer drawing twice on a line draws the sum).
 * A request that names no line (imported from the old sheet, or a new item that only its approval creates) has none on
 * that side: it is not checked there.
 */
export function claimsOf(content: RequestContent): LineClaim[] {
  const claims = new Map<string, LineClaim>();
  const add = (lineId: string | null, role: LineClaim['role'], amountSatang: number) => {
    if (lineId === null || amountSatang <= 0) return;
    const kind = ledgerKindOf(content.type, role);
    const key = `${lineId}|${role}`;
    const existing = claims.get(key);
    if (existing) existing.amountSatang += amountSatang;
    else claims.set(key, { lineId, role, kind, amountSatang });
  };
  switch (content.type) {
    case 'allotment':
      add(content.details.lineId, 'draw', content.amountSatang);
      break;
    case 'transfer':
      if (content.details.detailsOnly) break;
      for (const line of content.details.lines) {
        add(line.fromLineId, 'draw', line.amountSatang);
        add(line.toLineId, 'receive', line.amountSatang);
      }
      break;
    case 'central_fund':
      add(content.details.fundLineId, 'draw', content.amountSatang);
      add(content.details.receivingLineId, 'receive', content.amountSatang);
      break;
  }
  return [...claims.values()].sort((a, b) => (a.lineId < b.lineId ? -1 : a.lineId > b.lineId ? 1 : a.role < b.role ? -1 : 1));
}

/** Whether the request names every line it moves money on (else it is shown as not checked). */
export function namesAllLines(content: RequestContent): boolean {
  switch (content.type) {
    case 'allotment':
      return content.details.lineId !== null;
    case 'transfer':
      return content.details.detailsOnly || content.details.lines.every((l) => l.fromLineId !== null);
    case 'central_fund':
      return content.details.fundLineId !== null && content.details.receivingLineId !== null;
  }
}

/** A line's sums by kind: the cache kept on the line, or the ledger's entries added up. */
export interface LineTotals {
  appropriationSatang: number;
  allottedSatang: number;
  transferInSatang: number;
  transferOutSatang: number;
  centralInSatang: number;
  centralOutSatang: number;
}

/**
 * What is left on a line to release or move: the appropriation with what came in, less what went out and what is
 * already allotted. An allotment, a transfer out and a central-fund payment all draw on this; none may take it below 0.
 */
export function remainingOf(t: LineTotals): number {
  return t.appropriationSatang + t.transferInSatang + t.centralInSatang - t.transferOutSatang - t.centralOutSatang - t.allottedSatang;
}

/** The totals after an entry of `kind` for `amountSatang`. */
export function afterEntry(t: LineTotals, kind: LedgerKind, amountSatang: number): LineTotals {
  switch (kind) {
    case 'opening':
      return { ...t, appropriationSatang: t.appropriationSatang + amountSatang };
    case 'allotment':
      return { ...t, allottedSatang: t.allottedSatang + amountSatang };
    case 'transfer_out':
      return { ...t, transferOutSatang: t.transferOutSatang + amountSatang };
    case 'transfer_in':
      return { ...t, transferInSatang: t.transferInSatang + amountSatang };
    case 'central_out':
      return { ...t, centralOutSatang: t.centralOutSatang + amountSatang };
    case 'central_in':
      return { ...t, centralInSatang: t.centralInSatang + amountSatang };
  }
}

export const EMPTY_TOTALS: LineTotals = {
  appropriationSatang: 0,
  allottedSatang: 0,
  transferInSatang: 0,
  transferOutSatang: 0,
  centralInSatang: 0,
  centralOutSatang: 0,
};
