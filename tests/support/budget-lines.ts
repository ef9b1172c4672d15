// A budget line for tests: K01's operating line of fiscal year 2569 unless told otherwise (a central-fund line when the
// unit is null), ready for insertBudgetLines.
import type { NewBudgetLine } from '@bmrts/db';

export function budgetLine(overrides: Partial<NewBudgetLine> & { code: string }): NewBudgetLine {
  const unitCode = overrides.unitCode === undefined ? 'K01' : overrides.unitCode;
  return {
    fiscalYear: 2569,
    kind: unitCode === null ? 'central' : 'unit',
    unitCode,
    plan: 'แผนงานบริหารทั่วไป',
    project: 'งานบริหารทั่วไปสำนักงานเขต',
    category: unitCode === null ? 'central' : 'operating',
    item: 'ค่าวัสดุสำนักงาน',
    centralItem: null,
    appropriationSatang: 100_000_000,
    ...overrides,
  };
}
