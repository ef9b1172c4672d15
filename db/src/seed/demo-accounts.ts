// The demo's sign-in accounts, one or more at every level, listed for the README and created by seedDemoData.
import { GIVEN_NAMES, SURNAMES, UNIT_STAFF_POSITIONS } from './thai-names';
import { UNIT1_CODE, UNIT2_CODE } from './demo-organisation';

/** A public password, printed in the README: the demo data is for trying the system, not for real work. */
export const DEMO_PASSWORD = 'bmrts-demo';

export interface DemoAccount {
  username: string;
  displayName: string;
  /** 1–8, or null for the administrator. */
  level: number | null;
  description: string;
}

/** Where an account sits in the organisation; it decides the user's unit, section or division. */
export type DemoPlacement =
  | { kind: 'unit'; unitCode: string }
  | { kind: 'analyst' | 'head'; sectionNumber: number }
  | { kind: 'director'; divisionNumber: number }
  | { kind: 'executive' }
  | { kind: 'admin' };

export interface DemoAccountSpec extends DemoAccount {
  placement: DemoPlacement;
}

const ANALYST = 'เจ้าหน้าที่วิเคราะห์งบประมาณ';

/**
 * Numbered so that one walk-through climbs 1 → 1 → 1: unit1 (a district) is in analyst1's portfolio,
 * analyst1 is in head1's section and under director1. District offices belong to division 2, so
 * analyst1/head1 work in section 3 and director1 leads division 2; unit2 → analyst2 → head2 → director2
 * is the same walk for a department.
 */
export const DEMO_ACCOUNT_SPECS: readonly DemoAccountSpec[] = [
  {
    username: 'unit1',
    level: 1,
    displayName: 'นางสาวกนกวรรณ ศรีสุข (เจ้าหน้าที่งบประมาณ สำนักงานเขตพระนคร)',
    description: `Budget unit staff, Phra Nakhon District Office (${UNIT1_CODE})`,
    placement: { kind: 'unit', unitCode: UNIT1_CODE },
  },
  {
    username: 'unit2',
    level: 1,
    displayName: 'นายธนพล วงศ์สวัสดิ์ (นักวิเคราะห์นโยบายและแผน สำนักการโยธา)',
    description: `Budget unit staff, Public Works Department (${UNIT2_CODE})`,
    placement: { kind: 'unit', unitCode: UNIT2_CODE },
  },
  {
    username: 'analyst1',
    level: 2,
    displayName: `นางสาวสมหญิง ใจดี (${ANALYST})`,
    description: 'Budget analyst, section 3: districts of Central, North and East Bangkok (includes unit1)',
    placement: { kind: 'analyst', sectionNumber: 3 },
  },
  {
    username: 'analyst2',
    level: 2,
    displayName: `นายปกรณ์ แก้วประเสริฐ (${ANALYST})`,
    description: 'Budget analyst, section 1: the first half of the departments (includes unit2)',
    placement: { kind: 'analyst', sectionNumber: 1 },
  },
  {
    username: 'analyst3',
    level: 2,
    displayName: `นางสาวพิมพ์ชนก บุญมา (${ANALYST})`,
    description: 'Budget analyst, section 4: districts of South Bangkok and Thonburi',
    placement: { kind: 'analyst', sectionNumber: 4 },
  },
  {
    username: 'analyst4',
    level: 2,
    displayName: `นายณัฐวุฒิ ทองดี (${ANALYST})`,
    description: 'Budget analyst, section 2: the second half of the departments',
    placement: { kind: 'analyst', sectionNumber: 2 },
  },
  {
    username: 'head1',
    level: 3,
    displayName: 'นางวรรณา สุขเจริญ (หัวหน้าฝ่ายวิเคราะห์งบประมาณ 3)',
    description: 'Head of budget analysis section 3 (analyst1)',
    placement: { kind: 'head', sectionNumber: 3 },
  },
  {
    username: 'head2',
    level: 3,
    displayName: 'นายสมชาย รัตนพันธ์ (หัวหน้าฝ่ายวิเคราะห์งบประมาณ 1)',
    description: 'Head of budget analysis section 1 (analyst2)',
    placement: { kind: 'head', sectionNumber: 1 },
  },
  {
    username: 'head3',
    level: 3,
    displayName: 'นางสาวอรุณี ศรีวงศ์ (หัวหน้าฝ่ายวิเคราะห์งบประมาณ 4)',
    description: 'Head of budget analysis section 4 (analyst3)',
    placement: { kind: 'head', sectionNumber: 4 },
  },
  {
    username: 'head4',
    level: 3,
    displayName: 'นายวีระ จันทร์หอม (หัวหน้าฝ่ายวิเคราะห์งบประมาณ 2)',
    description: 'Head of budget analysis section 2 (analyst4)',
    placement: { kind: 'head', sectionNumber: 2 },
  },
  {
    username: 'director1',
    level: 4,
    displayName: 'นางพรทิพย์ อินทรประเสริฐ (ผู้อำนวยการกองวิเคราะห์งบประมาณ 2)',
    description: 'Director of budget analysis division 2: the district offices (sections 3 and 4)',
    placement: { kind: 'director', divisionNumber: 2 },
  },
  {
    username: 'director2',
    level: 4,
    displayName: 'นายประเสริฐ มั่นคง (ผู้อำนวยการกองวิเคราะห์งบประมาณ 1)',
    description: 'Director of budget analysis division 1: the departments and offices (sections 1 and 2)',
    placement: { kind: 'director', divisionNumber: 1 },
  },
  {
    username: 'deputy',
    level: 5,
    displayName: 'นางสุนันทา เพชรรัตน์ (รองผู้อำนวยการสำนักงบประมาณกรุงเทพมหานคร)',
    description: 'Deputy director, BMA Budget Office: every unit',
    placement: { kind: 'executive' },
  },
  {
    username: 'bodirector',
    level: 6,
    displayName: 'นายวิชัย ธนากร (ผู้อำนวยการสำนักงบประมาณกรุงเทพมหานคร)',
    description: 'Director, BMA Budget Office: every unit',
    placement: { kind: 'executive' },
  },
  {
    username: 'deputyps',
    level: 7,
    displayName: 'นายอนุชา ศักดิ์สิทธิ์ (รองปลัดกรุงเทพมหานคร)',
    description: 'Deputy permanent secretary, BMA: every unit',
    placement: { kind: 'executive' },
  },
  {
    username: 'deputygov',
    level: 8,
    displayName: 'นางสาวศิริพร วัฒนกุล (รองผู้ว่าราชการกรุงเทพมหานคร)',
    description: 'Deputy governor of Bangkok: every unit; records the BMA Council decisions',
    placement: { kind: 'executive' },
  },
  {
    username: 'admin',
    level: null,
    displayName: 'ผู้ดูแลระบบ (สำนักงบประมาณกรุงเทพมหานคร)',
    description: 'Administrator: users, units, portfolios, routing rules, holidays; does not approve',
    placement: { kind: 'admin' },
  },
];

export const DEMO_ACCOUNTS: readonly DemoAccount[] = DEMO_ACCOUNT_SPECS.map(({ username, displayName, level, description }) => ({
  username,
  displayName,
  level,
  description,
}));

/** Units whose staff sign in as unit1/unit2; every other unit gets an account named by its code. */
const NAMED_UNIT_CODES: readonly string[] = [UNIT1_CODE, UNIT2_CODE];

/** A staff account for every other unit (username = lowercased code) so each request has a real submitter. */
export function unitStaffAccountSpecs(units: readonly { code: string; name_th: string }[]): DemoAccountSpec[] {
  return units
    .filter((unit) => !NAMED_UNIT_CODES.includes(unit.code))
    .map((unit, index) => {
      // Strides coprime with the list lengths give distinct name pairs without a random draw.
      const given = GIVEN_NAMES[(index * 7) % GIVEN_NAMES.length] ?? { name: 'สมชาย', female: false };
      const surname = SURNAMES[(index * 11 + 3) % SURNAMES.length] ?? 'ใจดี';
      const position = UNIT_STAFF_POSITIONS[index % UNIT_STAFF_POSITIONS.length] ?? 'เจ้าหน้าที่งบประมาณ';
      const title = given.female ? (index % 2 === 0 ? 'นางสาว' : 'นาง') : 'นาย';
      return {
        username: unit.code.toLowerCase(),
        level: 1,
        displayName: `${title}${given.name} ${surname} (${position} ${unit.name_th})`,
        description: `Budget unit staff, ${unit.code}`,
        placement: { kind: 'unit', unitCode: unit.code },
      };
    });
}
