// Where a person sits in the Office by their level: the one rule the server checks when administrators place people,
// the administrators' forms follow, and the acting rules read. Level 1 belongs to a budget unit, 2–3 to an analysis
// section, 4 to an analysis division; 5–8 sit above the divisions and see every unit (or the agencies assigned to them).
import { FIRST_REVIEW_LEVEL, TOP_LEVEL } from '../levels';

export type PlaceField = 'unitCode' | 'sectionId' | 'divisionId';

/** Which of unit, section and division a level is attached to; none for 5–8 and administrators. */
export function placeOfLevel(level: number | null): PlaceField | null {
  if (level === 1) return 'unitCode';
  if (level === FIRST_REVIEW_LEVEL || level === 3) return 'sectionId';
  if (level === 4) return 'divisionId';
  return null;
}

/** The lowest level above the divisions: from here up a level sees every unit. */
export const OFFICE_WIDE_FROM_LEVEL = 5;

/** Levels 5–8: office-wide executives, who may be given assigned agencies instead of every unit. */
export const EXECUTIVE_LEVELS: readonly number[] = Array.from(
  { length: TOP_LEVEL - OFFICE_WIDE_FROM_LEVEL + 1 },
  (_, i) => OFFICE_WIDE_FROM_LEVEL + i,
);

export const isExecutiveLevel = (level: number | null): boolean => level !== null && EXECUTIVE_LEVELS.includes(level);

/** Budget analysts (level 2) each hold a portfolio of units. */
export const holdsPortfolio = (level: number | null): boolean => level === FIRST_REVIEW_LEVEL;
