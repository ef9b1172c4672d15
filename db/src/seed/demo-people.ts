// The demo's organisation rows and users, and who acts for a unit's requests at each level.
import type { Insertable } from 'kysely';
import type { AnalystPortfolioTable, OrgDivisionTable, OrgSectionTable, UserTable } from '../schema';
import type { DemoAccountSpec } from './demo-accounts';
import { DEMO_ACCOUNT_SPECS, unitStaffAccountSpecs } from './demo-accounts';
import type { UnitForSection } from './demo-organisation';
import { DEMO_DIVISIONS, DEMO_SECTIONS, sectionsOfUnits } from './demo-organisation';

export interface DemoPeopleInput {
  units: readonly (UnitForSection & { name_th: string })[];
  passwordHash: string;
  createdAt: string;
  newId: () => string;
}

/** The people who act on one unit's requests: its staff, then levels 2, 3 and 4 above it. */
export interface UnitActors {
  staffId: string;
  analystId: string;
  headId: string;
  directorId: string;
}

export interface DemoPeople {
  divisions: Insertable<OrgDivisionTable>[];
  sections: Insertable<OrgSectionTable>[];
  users: Insertable<UserTable>[];
  portfolios: Insertable<AnalystPortfolioTable>[];
  /** Section number of every unit (which analyst, head and director review it). */
  sectionOfUnit: ReadonlyMap<string, number>;
  actorsOf(unitCode: string): UnitActors;
  /** The executive who decides at level 5–8; the deputy governor also records the Council's decisions. */
  executiveAt(level: number): string;
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`demo organisation has no ${what}`);
  return value;
}

export function buildDemoPeople({ units, passwordHash, createdAt, newId }: DemoPeopleInput): DemoPeople {
  const divisionIds = new Map(DEMO_DIVISIONS.map((d) => [d.number, newId()]));
  const sectionIds = new Map(DEMO_SECTIONS.map((s) => [s.number, newId()]));
  const divisions = DEMO_DIVISIONS.map((d) => ({
    id: required(divisionIds.get(d.number), 'division id'),
    name_th: d.nameTh,
    name_en: d.nameEn,
  }));
  const sections = DEMO_SECTIONS.map((s) => ({
    id: required(sectionIds.get(s.number), 'section id'),
    division_id: required(divisionIds.get(s.divisionNumber), `division ${s.divisionNumber}`),
    name_th: s.nameTh,
    name_en: s.nameEn,
  }));

  const specs: DemoAccountSpec[] = [...DEMO_ACCOUNT_SPECS, ...unitStaffAccountSpecs(units)];
  const knownUnits = new Set(units.map((u) => u.code));
  const users = specs.map((spec, index): Insertable<UserTable> => {
    const p = spec.placement;
    if (p.kind === 'unit' && !knownUnits.has(p.unitCode)) throw new Error(`demo account ${spec.username} needs unit ${p.unitCode}`);
    return {
      id: newId(),
      username: spec.username,
      // Every demo account shares the one public demo password, hashed once by the caller.
      password_hash: passwordHash,
      display_name: spec.displayName,
      // The Budget Office's people have an office extension to ring; the units' staff set their own if they wish.
      phone_extension: p.kind === 'unit' || p.kind === 'admin' ? null : String(2101 + index),
      level: spec.level,
      unit_code: p.kind === 'unit' ? p.unitCode : null,
      section_id: p.kind === 'analyst' || p.kind === 'head' ? required(sectionIds.get(p.sectionNumber), 'section') : null,
      division_id: p.kind === 'director' ? required(divisionIds.get(p.divisionNumber), 'division') : null,
      is_admin: p.kind === 'admin' ? 1 : 0,
      active: 1,
      created_at: createdAt,
      updated_at: createdAt,
    };
  });
  const userIdOf = (predicate: (spec: DemoAccountSpec) => boolean, what: string): string =>
    required(users[specs.findIndex(predicate)]?.id, what);

  const sectionOfUnit = sectionsOfUnits(units);
  const bySection = (kind: 'analyst' | 'head', section: number) =>
    userIdOf((s) => s.placement.kind === kind && s.placement.sectionNumber === section, `${kind} of section ${section}`);
  const portfolios = units.map((u) => ({
    analyst_id: bySection('analyst', required(sectionOfUnit.get(u.code), u.code)),
    unit_code: u.code,
  }));

  return {
    divisions,
    sections,
    users,
    portfolios,
    sectionOfUnit,
    actorsOf(unitCode) {
      const section = required(
        DEMO_SECTIONS.find((s) => s.number === sectionOfUnit.get(unitCode)),
        `section of ${unitCode}`,
      );
      return {
        staffId: userIdOf((s) => s.placement.kind === 'unit' && s.placement.unitCode === unitCode, `staff of ${unitCode}`),
        analystId: bySection('analyst', section.number),
        headId: bySection('head', section.number),
        directorId: userIdOf((s) => s.placement.kind === 'director' && s.placement.divisionNumber === section.divisionNumber, 'director'),
      };
    },
    executiveAt(level) {
      return userIdOf((s) => s.placement.kind === 'executive' && s.level === level, `executive at level ${level}`);
    },
  };
}
