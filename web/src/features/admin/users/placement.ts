// Where a user sits: their level and, by level, their unit (1), section (2–3) or division (4).
import { placeOfLevel } from '@bmrts/shared';
import type { AdminUser, Organisation } from '../api/types';

export interface Placement {
  level: number | null;
  unitCode: string | null;
  sectionId: string | null;
  divisionId: string | null;
}

export const placementOf = (user: AdminUser): Placement => ({
  level: user.level,
  unitCode: user.unitCode,
  sectionId: user.sectionId,
  divisionId: user.divisionId,
});

export const needsUnit = (level: number | null) => placeOfLevel(level) === 'unitCode';
export const needsSection = (level: number | null) => placeOfLevel(level) === 'sectionId';
export const needsDivision = (level: number | null) => placeOfLevel(level) === 'divisionId';

/** Keeps only what the level uses: the server takes exactly one of unit, section or division (none for 5–8). */
export function normalisePlacement(p: Placement): Placement {
  return {
    level: p.level,
    unitCode: needsUnit(p.level) ? p.unitCode : null,
    sectionId: needsSection(p.level) ? p.sectionId : null,
    divisionId: needsDivision(p.level) ? p.divisionId : null,
  };
}

export interface SectionOption {
  id: string;
  name: { th: string; en: string };
  divisionId: string;
}

/** Every section of every division, each knowing its division. */
export function sectionsOf(org: Organisation | undefined): SectionOption[] {
  return (org?.divisions ?? []).flatMap((d) => d.sections.map((s) => ({ id: s.id, name: s.name, divisionId: d.id })));
}
