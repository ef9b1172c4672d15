// New budget lines of a fiscal year, each with its opening entry in the ledger: how the import, the demo seed and the
// tests create them. The line's appropriation is the cached sum of its opening entries (issue 16).
import type { Kysely } from 'kysely';
import type { LedgerKind } from '@bmrts/shared';
import type { BudgetLineTable, Database } from '../schema';

/** The line's column that caches the sum of each kind of its ledger entries: written with them, checked by verify-ledger. */
export const LEDGER_TOTAL_COLUMN = {
  opening: 'appropriation_satang',
  allotment: 'allotted_satang',
  transfer_out: 'transfer_out_satang',
  transfer_in: 'transfer_in_satang',
  central_out: 'central_out_satang',
  central_in: 'central_in_satang',
} as const satisfies Record<LedgerKind, keyof BudgetLineTable>;

export interface NewBudgetLine {
  /** An id chosen beforehand (the demo seed names its lines in requests before it writes them); else a new one. */
  id?: string;
  fiscalYear: number;
  kind: 'unit' | 'central';
  /** The unit a unit's line belongs to; null for a central-fund line. */
  unitCode: string | null;
  code: string;
  plan: string;
  project: string;
  category: string;
  item: string;
  /** The central-fund item of a central-fund line; null for a unit's line. */
  centralItem: string | null;
  appropriationSatang: number;
}

/** Inserts the lines and their opening entries (in the caller's transaction); returns the new ids in order. */
export async function insertBudgetLines(
  db: Kysely<Database>,
  newId: () => string,
  lines: readonly NewBudgetLine[],
  at: string,
): Promise<string[]> {
  const ids = lines.map((l) => l.id ?? newId());
  // Chunks keep each statement under SQLite's bound-parameter limit.
  for (let start = 0; start < lines.length; start += 500) {
    const chunk = lines.slice(start, start + 500);
    await db
      .insertInto('budget_lines')
      .values(
        chunk.map((l, i) => ({
          id: ids[start + i] as string,
          fiscal_year: l.fiscalYear,
          kind: l.kind,
          unit_code: l.unitCode,
          code: l.code,
          plan: l.plan,
          project: l.project,
          category: l.category,
          item: l.item,
          central_item: l.centralItem,
          appropriation_satang: l.appropriationSatang,
          created_at: at,
        })),
      )
      .execute();
    await db
      .insertInto('budget_ledger')
      .values(
        chunk.map((l, i) => ({
          id: newId(),
          line_id: ids[start + i] as string,
          kind: 'opening',
          amount_satang: l.appropriationSatang,
          request_id: null,
          event_id: null,
          at,
        })),
      )
      .execute();
  }
  return ids;
}
