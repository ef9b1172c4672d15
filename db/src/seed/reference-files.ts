// Reads the reference CSV files that ship beside the seed (budget units, Thai public holidays).
import { readFileSync } from 'node:fs';
import { csvField, parseCsvRecords } from './csv';

export interface BudgetUnitRecord {
  code: string;
  kind: string;
  nameTh: string;
  nameEn: string;
  groupTh: string | null;
  groupEn: string | null;
}

export interface PublicHolidayRecord {
  date: string;
  nameTh: string;
  nameEn: string;
  kind: string;
}

function readSeedFile(name: string): string {
  return readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
}

export function readBudgetUnits(): BudgetUnitRecord[] {
  return parseCsvRecords(readSeedFile('bma-budget-units.csv')).map((r) => ({
    code: csvField(r, 'code'),
    kind: csvField(r, 'kind'),
    nameTh: csvField(r, 'name_th'),
    nameEn: csvField(r, 'name_en'),
    // Departments have no zone: an empty cell means none.
    groupTh: csvField(r, 'group_th') || null,
    groupEn: csvField(r, 'group_en') || null,
  }));
}

export function readPublicHolidays(): PublicHolidayRecord[] {
  return parseCsvRecords(readSeedFile('thai-public-holidays.csv')).map((r) => ({
    date: csvField(r, 'date'),
    nameTh: csvField(r, 'name_th'),
    nameEn: csvField(r, 'name_en'),
    kind: csvField(r, 'kind'),
  }));
}
