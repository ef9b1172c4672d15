// Budget lines from the ordinance's tables (issue 16): a CSV or XLSX with our columns (BUDGET_LINE_COLUMNS; a sample is
// tests/fixtures/budget-lines-2570.csv). The dry run says, row by row, what would be added and why a row is refused,
// and writes nothing; the import adds every accepted line with its opening entry in one transaction, audited.
import type { Kysely } from 'kysely';
import { insertBudgetLines, type Database, type NewBudgetLine } from '@bmrts/db';
import {
  BUDGET_LINE_COLUMNS,
  CENTRAL_FUND_ITEMS,
  CENTRAL_FUND_ITEM_NAMES,
  LINE_IMPORT_REFUSALS,
  MAX_SATANG,
  sanitizeFileName,
  storedText,
  type BudgetLineColumn,
  type BudgetLineImportPreview,
  type CentralFundItem,
  type Lang,
  type LineImportRefusal,
} from '@bmrts/shared';
import type { AppDeps, Caller } from '../deps';
import { recordChange } from '../admin/audit';
import { readSheet, type Sheet, type SheetRow } from '../imports/read-sheet';
import { categoryOf, cellText, integerOf, normalised, satangOf } from '../imports/cell-values';

const TEXT_MAX = 300;

interface Refusal {
  code: LineImportRefusal;
  value: string;
}

interface Planned {
  row: number;
  line: NewBudgetLine;
}

function centralItemOf(text: string): CentralFundItem | null {
  const wanted = normalised(text);
  return (
    CENTRAL_FUND_ITEMS.find(
      (item) =>
        item === text || normalised(CENTRAL_FUND_ITEM_NAMES[item].th) === wanted || normalised(CENTRAL_FUND_ITEM_NAMES[item].en) === wanted,
    ) ?? null
  );
}

function planRow(
  sheetRow: SheetRow,
  units: ReadonlyMap<string, string>,
  seen: Set<string>,
  existing: ReadonlySet<string>,
): Planned | Refusal[] {
  const cell = (column: BudgetLineColumn) => sheetRow.cells.get(BUDGET_LINE_COLUMNS[column]) ?? null;
  const text = (column: BudgetLineColumn) => storedText(cellText(cell(column)));
  const refusals: Refusal[] = [];
  const fiscalYear = integerOf(cell('fiscalYear'));
  if (fiscalYear === null || fiscalYear < 2560 || fiscalYear > 2700) refusals.push({ code: 'yearInvalid', value: text('fiscalYear') });
  const centralText = text('centralItem');
  const unitText = text('unit');
  const central = centralText !== '' ? centralItemOf(centralText) : null;
  if (centralText !== '' && central === null) refusals.push({ code: 'centralItemUnknown', value: centralText });
  if (centralText !== '' && unitText !== '') refusals.push({ code: 'centralNeedsItem', value: '' });
  const unitCode = unitText === '' ? null : (units.get(normalised(unitText)) ?? units.get(unitText.toUpperCase()) ?? null);
  if (unitText !== '' && unitCode === null) refusals.push({ code: 'unitUnknown', value: unitText });
  if (unitText === '' && centralText === '') refusals.push({ code: 'unitUnknown', value: '' });
  const code = text('code');
  const key = `${fiscalYear}|${code}`;
  if (code === '') refusals.push({ code: 'codeMissing', value: '' });
  else if (existing.has(key)) refusals.push({ code: 'codeTaken', value: code });
  else if (seen.has(key)) refusals.push({ code: 'codeRepeated', value: code });
  for (const column of ['plan', 'project', 'item'] as const) {
    const value = text(column);
    if (value === '' || value.length > TEXT_MAX) refusals.push({ code: 'textMissing', value: BUDGET_LINE_COLUMNS[column] });
  }
  const category = central ? 'central' : categoryOf(cell('category'));
  if (category === null || (!central && category === 'central')) refusals.push({ code: 'categoryUnknown', value: text('category') });
  const amount = satangOf(cell('amount'));
  if (amount === null || amount > MAX_SATANG) refusals.push({ code: 'amountInvalid', value: text('amount') });
  if (refusals.length > 0 || fiscalYear === null || category === null || amount === null) return refusals;
  seen.add(key);
  return {
    row: sheetRow.row,
    line: {
      fiscalYear,
      kind: central ? 'central' : 'unit',
      unitCode: central ? null : unitCode,
      code,
      plan: text('plan'),
      project: text('project'),
      category,
      item: text('item'),
      centralItem: central,
      appropriationSatang: amount,
    },
  };
}

async function planSheet(db: Kysely<Database>, sheet: Sheet) {
  const units = new Map<string, string>();
  for (const u of await db.selectFrom('budget_units').select(['code', 'name_th', 'name_en']).execute()) {
    units.set(normalised(u.code), u.code);
    units.set(normalised(u.name_th), u.code);
    units.set(normalised(u.name_en), u.code);
  }
  const existing = new Set(
    (await db.selectFrom('budget_lines').select(['fiscal_year', 'code']).execute()).map((l) => `${l.fiscal_year}|${l.code}`),
  );
  const seen = new Set<string>();
  const accepted: Planned[] = [];
  const refused: { row: number; reasons: Refusal[] }[] = [];
  for (const row of sheet.rows) {
    const planned = planRow(row, units, seen, existing);
    if (Array.isArray(planned)) refused.push({ row: row.row, reasons: planned });
    else accepted.push(planned);
  }
  return { accepted, refused };
}

const ROW_WORD: Record<Lang, string> = { th: 'แถว', en: 'Row' };

function previewOf(
  fileName: string,
  sheet: Sheet,
  missing: string[],
  plan: Awaited<ReturnType<typeof planSheet>>,
  lang: Lang,
): BudgetLineImportPreview {
  return {
    fileName,
    totalRows: sheet.rows.length,
    missingColumns: missing,
    accepted: plan.accepted.map(({ row, line }) => ({
      row,
      fiscalYear: line.fiscalYear,
      kind: line.kind,
      unitCode: line.unitCode,
      code: line.code,
      item: line.item,
      appropriationSatang: line.appropriationSatang,
    })),
    refused: plan.refused.map(({ row, reasons }) => ({
      row,
      reasons: reasons.map(
        (r) => `${ROW_WORD[lang]} ${row}: ${LINE_IMPORT_REFUSALS[r.code][lang].replace('{value}', () => r.value.slice(0, 80))}`,
      ),
    })),
  };
}

async function prepare(deps: AppDeps, file: File) {
  const sheet = await readSheet(new Uint8Array(await file.arrayBuffer()));
  // Every column is needed but the central-fund item (unit lines) and the unit (central-fund lines): both headers must be there.
  const missing = Object.values(BUDGET_LINE_COLUMNS).filter((header) => !sheet.headers.includes(header));
  const plan = missing.length > 0 ? { accepted: [], refused: [] } : await planSheet(deps.db, sheet);
  return { fileName: sanitizeFileName(file.name || 'budget-lines'), sheet, missing, plan };
}

/** The dry run: nothing is written. */
export async function previewLineImport(deps: AppDeps, file: File, lang: Lang): Promise<BudgetLineImportPreview> {
  const { fileName, sheet, missing, plan } = await prepare(deps, file);
  return previewOf(fileName, sheet, missing, plan, lang);
}

/** Every accepted line with its opening entry, in one transaction (a line added meanwhile with the same code fails it whole). */
export async function runLineImport(deps: AppDeps, admin: Caller, file: File, lang: Lang) {
  const { fileName, sheet, missing, plan } = await prepare(deps, file);
  const now = deps.clock.now().toISOString();
  if (plan.accepted.length > 0) {
    await deps.db.transaction().execute(async (trx) => {
      await insertBudgetLines(
        trx,
        () => deps.ids.newId(),
        plan.accepted.map((p) => p.line),
        now,
      );
      await recordChange(deps, trx, admin, {
        action: 'budget_lines.import',
        entityType: 'budget_lines',
        entityId: fileName,
        before: null,
        after: { file: fileName, lines: plan.accepted.length, refusedRows: plan.refused.map((r) => r.row) },
      });
    });
  }
  return { ...previewOf(fileName, sheet, missing, plan, lang), imported: plan.accepted.length };
}
