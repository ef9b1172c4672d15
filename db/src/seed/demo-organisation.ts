// The Budget Office's demo organisation: two analysis divisions, two sections each, and which section reviews which unit.

export interface DemoDivision {
  number: number;
  nameTh: string;
  nameEn: string;
}

export interface DemoSection {
  number: number;
  divisionNumber: number;
  nameTh: string;
  nameEn: string;
}

/** Division 1 reviews the departments and offices, division 2 the fifty district offices. */
export const DEMO_DIVISIONS: readonly DemoDivision[] = [
  { number: 1, nameTh: 'กองวิเคราะห์งบประมาณ 1', nameEn: 'Budget Analysis Division 1' },
  { number: 2, nameTh: 'กองวิเคราะห์งบประมาณ 2', nameEn: 'Budget Analysis Division 2' },
];

export const DEMO_SECTIONS: readonly DemoSection[] = [1, 2, 3, 4].map((number) => ({
  number,
  divisionNumber: number <= 2 ? 1 : 2,
  nameTh: `ฝ่ายวิเคราะห์งบประมาณ ${number}`,
  nameEn: `Budget Analysis Section ${number}`,
}));

/** unit1 works in the first district office of the unit list, unit2 in the Public Works Department. */
export const UNIT1_CODE = 'K01';
export const UNIT2_CODE = 'D09';

/** Section 3 takes the Bangkok-side zones north of the river bend; section 4 the south and Thonburi side. */
const SECTION_3_ZONES: readonly string[] = ['Central Bangkok', 'North Bangkok', 'East Bangkok'];

export interface UnitForSection {
  code: string;
  kind: string;
  group_en: string | null;
}

/** Section number for each unit code: departments split in half by code, districts by zone. */
export function sectionsOfUnits(units: readonly UnitForSection[]): Map<string, number> {
  const sections = new Map<string, number>();
  const departments = units
    .filter((u) => u.kind !== 'district')
    .map((u) => u.code)
    .sort();
  const half = Math.ceil(departments.length / 2);
  departments.forEach((code, index) => sections.set(code, index < half ? 1 : 2));
  for (const unit of units.filter((u) => u.kind === 'district')) {
    sections.set(unit.code, unit.group_en !== null && SECTION_3_ZONES.includes(unit.group_en) ? 3 : 4);
  }
  return sections;
}
