// Budget lines for the tests (issue 16): a K01 operating line of fiscal year 2569 unless told otherwise (a central-fund
// line when the unit is null), each with a code of its own unless one is given; inserting them with their opening entries;
// and an allotment drawing on a line.
import type { Kysely } from 'kysely';
import { insertBudgetLines, type Database, type NewBudgetLine } from '@bmrts/db';
import type { RequestContentInput } from '@bmrts/shared';
import { allotment } from './requests';

let codeSeq = 0;

/** A line as the tests use it: 1,000,000 baht unless told otherwise. */
export function budgetLine(overrides: Partial<NewBudgetLine>): NewBudgetLine {
  codeSeq += 1;
  const unitCode = overrides.unitCode === undefined ? 'K01' : overrides.unitCode;
  return {
    fiscalYear: 2569,
    kind: unitCode === null ? 'central' : 'unit',
    unitCode,
    code: `${unitCode ?? 'CF'}-${String(codeSeq).padStart(3, '0')}`,
    plan: 'แผนงานบริหารทั่วไป',
    project: 'งานบริหารทั่วไปสำนักงานเขต',
    category: unitCode === null ? 'central' : 'operating',
    item: `ค่าจ้างเหมาบริการ ${codeSeq}`,
    centralItem: null,
    appropriationSatang: 100_000_000,
    ...overrides,
  };
}

/** Inserts the lines (opening entries dated 1 January 2026) and answers their ids, in order. */
export async function addLines(db: Kysely<Database>, lines: readonly NewBudgetLine[], at = '2026-01-01T00:00:00.000Z'): Promise<string[]> {
  return insertBudgetLines(db, () => crypto.randomUUID(), [...lines], at);
}

export async function addLine(db: Kysely<Database>, overrides: Partial<NewBudgetLine> & { appropriationSatang: number }): Promise<string> {
  const [id] = await addLines(db, [budgetLine(overrides)]);
  if (!id) throw new Error('the line was not inserted');
  return id;
}

/** An operating allotment drawing `amountSatang` on `lineId`. */
export function allotmentOn(
  lineId: string,
  amountSatang: number,
  title = 'ขอเงินประจำงวด ค่าจ้างเหมาบริการ',
  fiscalYear = 2569,
): RequestContentInput {
  return allotment({
    fiscalYear,
    title,
    amountSatang,
    details: { multiYear: false, outsidePlan: false, maxEquipmentUnitPriceSatang: 0, maxConstructionSatang: 0, lineId },
  });
}
