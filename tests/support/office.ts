// A small budget office for tests: two divisions, their sections, analysts with portfolios, every level, an admin.
import type { Kysely } from 'kysely';
import { hashPassword, type Database } from '@bmrts/db';
import { CHEAP_SCRYPT } from './test-app';

export const PASSWORD = 'correct horse battery';

export interface OfficeUser {
  id: string;
  username: string;
}

export interface Office {
  /** Staff of district K01, in analyst A's portfolio (section 1, division 1). */
  unitK01: OfficeUser;
  /** A second K01 staff member. */
  unitK01b: OfficeUser;
  /** Staff of department D05, in analyst B's portfolio (section 2, division 2). */
  unitD05: OfficeUser;
  analystA: OfficeUser;
  analystB: OfficeUser;
  headSection1: OfficeUser;
  headSection2: OfficeUser;
  directorDivision1: OfficeUser;
  directorDivision2: OfficeUser;
  level5: OfficeUser;
  level6: OfficeUser;
  level7: OfficeUser;
  level8: OfficeUser;
  admin: OfficeUser;
}

export interface UserSpec {
  username: string;
  level: number | null;
  unitCode?: string;
  sectionId?: string;
  divisionId?: string;
  isAdmin?: boolean;
  portfolio?: string[];
}

export async function buildOffice(db: Kysely<Database>): Promise<Office> {
  const passwordHash = await hashPassword(PASSWORD, CHEAP_SCRYPT);
  await db
    .insertInto('org_divisions')
    .values([
      { id: 'div1', name_th: 'กองวิเคราะห์งบประมาณ 1', name_en: 'Budget Analysis Division 1' },
      { id: 'div2', name_th: 'กองวิเคราะห์งบประมาณ 2', name_en: 'Budget Analysis Division 2' },
    ])
    .execute();
  await db
    .insertInto('org_sections')
    .values([
      { id: 'sec1', division_id: 'div1', name_th: 'ฝ่ายวิเคราะห์งบประมาณ 1', name_en: 'Section 1' },
      { id: 'sec2', division_id: 'div2', name_th: 'ฝ่ายวิเคราะห์งบประมาณ 2', name_en: 'Section 2' },
    ])
    .execute();

  const user = (spec: UserSpec) => addOfficeUser(db, spec, passwordHash);

  return {
    unitK01: await user({ username: 'k01', level: 1, unitCode: 'K01' }),
    unitK01b: await user({ username: 'k01b', level: 1, unitCode: 'K01' }),
    unitD05: await user({ username: 'd05', level: 1, unitCode: 'D05' }),
    analystA: await user({ username: 'analyst-a', level: 2, sectionId: 'sec1', portfolio: ['K01', 'K02'] }),
    analystB: await user({ username: 'analyst-b', level: 2, sectionId: 'sec2', portfolio: ['D05'] }),
    headSection1: await user({ username: 'head-1', level: 3, sectionId: 'sec1' }),
    headSection2: await user({ username: 'head-2', level: 3, sectionId: 'sec2' }),
    directorDivision1: await user({ username: 'director-1', level: 4, divisionId: 'div1' }),
    directorDivision2: await user({ username: 'director-2', level: 4, divisionId: 'div2' }),
    level5: await user({ username: 'level5', level: 5 }),
    level6: await user({ username: 'level6', level: 6 }),
    level7: await user({ username: 'level7', level: 7 }),
    level8: await user({ username: 'level8', level: 8 }),
    admin: await user({ username: 'admin', level: null, isAdmin: true }),
  };
}

/** One more person in the office (password PASSWORD), for the tests that need someone the standard office lacks. */
export async function addOfficeUser(db: Kysely<Database>, spec: UserSpec, passwordHash?: string): Promise<OfficeUser> {
  const id = `u-${spec.username}`;
  const at = '2026-01-01T00:00:00.000Z';
  await db
    .insertInto('users')
    .values({
      id,
      username: spec.username,
      password_hash: passwordHash ?? (await hashPassword(PASSWORD, CHEAP_SCRYPT)),
      display_name: `คุณ ${spec.username}`,
      level: spec.level,
      unit_code: spec.unitCode ?? null,
      section_id: spec.sectionId ?? null,
      division_id: spec.divisionId ?? null,
      is_admin: spec.isAdmin ? 1 : 0,
      active: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
  if (spec.portfolio?.length) {
    await db
      .insertInto('analyst_portfolios')
      .values(spec.portfolio.map((unit_code) => ({ analyst_id: id, unit_code })))
      .execute();
  }
  return { id, username: spec.username };
}

/** A second analyst of section 1 (analyst A's), with no portfolio of their own: the colleague who may act for analyst A. */
export function addColleagueOfAnalystA(db: Kysely<Database>): Promise<OfficeUser> {
  return addOfficeUser(db, { username: 'analyst-a2', level: 2, sectionId: 'sec1' });
}

/** The reviewer who holds each level for a request of unit K01. */
export function k01ReviewerAt(office: Office, level: number): OfficeUser {
  const byLevel: Record<number, OfficeUser> = {
    2: office.analystA,
    3: office.headSection1,
    4: office.directorDivision1,
    5: office.level5,
    6: office.level6,
    7: office.level7,
    8: office.level8,
  };
  const reviewer = byLevel[level];
  if (!reviewer) throw new Error(`no reviewer at level ${level}`);
  return reviewer;
}
