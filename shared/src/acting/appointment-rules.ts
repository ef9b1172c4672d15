// Who may be appointed to act (รักษาราชการแทน / ปฏิบัติราชการแทน) and who may make the appointment: one pure judgement,
// read by the server to refuse, to ignore stored appointments that break it, and by the web to explain.
import { FIRST_REVIEW_LEVEL } from '../levels';
import { EXECUTIVE_LEVELS, isExecutiveLevel } from '../organisation/placement';

/** The levels one may be appointed to act at without acting for a person (5–8: each sees every unit). */
export const ACTING_AT_LEVELS: readonly number[] = EXECUTIVE_LEVELS;

/** Why an appointment may not be made (or, stored, does not count). Each is an error code with th/en messages. */
export const APPOINTMENT_REFUSALS = [
  /** HOLDERS_MAY_APPOINT is off and the holder appointed someone to act for themselves. */
  'holders_may_not_appoint',
  /** The appointer is neither an administrator nor above the absent holder (or level) in the same line. */
  'appointer_not_above',
  /** The person acted for holds no review position (levels 2–8). */
  'acted_for_not_reviewer',
  /** The acting person and the person acted for are the same. */
  'acting_for_self',
  /** Budget-unit staff (level 1), administrators and people without a level never act at a review level. */
  'acting_not_reviewer',
  /** The acting person holds neither the level acted at nor the level directly below it. */
  'acting_level_out_of_reach',
  /** The acting person works in another section (levels 2–3) or division (level 4) than the absent holder. */
  'acting_outside_line',
] as const;
export type AppointmentRefusal = (typeof APPOINTMENT_REFUSALS)[number];

/** Refusals about who makes the appointment: the appointer lacks authority (403); the others are about the people (422). */
export const APPOINTER_REFUSALS: readonly AppointmentRefusal[] = ['holders_may_not_appoint', 'appointer_not_above'];

/** A person's place in the organisation, as the rules read it. */
export interface OrgPerson {
  id: string;
  level: number | null;
  isAdmin: boolean;
  /** The section of an analyst (2) or section head (3). */
  sectionId: string | null;
  /** The division of a director (4); for levels 2–3 it is found through the section. */
  divisionId: string | null;
}

/** The organisation facts the rules need: the division each section belongs to. */
export interface OrgFacts {
  divisionOfSection: ReadonlyMap<string, string>;
}

export interface AppointmentCase {
  appointer: OrgPerson;
  acting: OrgPerson;
  /** The absent holder, or a level 5–8 acted at (every unit, so no holder). */
  actedFor: { holder: OrgPerson } | { level: number };
  org: OrgFacts;
  holdersMayAppoint: boolean;
}

function divisionOf(person: OrgPerson, org: OrgFacts): string | null {
  if (person.divisionId !== null) return person.divisionId;
  return person.sectionId === null ? null : (org.divisionOfSection.get(person.sectionId) ?? null);
}

/**
 * Whether two people are in the same line of the organisation as seen from `level`: the same section for levels 2–3,
 * the same division for level 4; levels 5–8 see every unit, so there the line is the whole office.
 */
function sameLineAt(level: number, a: OrgPerson, b: OrgPerson, org: OrgFacts): boolean {
  if (isExecutiveLevel(level)) return true;
  if (level === 4) {
    const division = divisionOf(a, org);
    return division !== null && division === divisionOf(b, org);
  }
  return a.sectionId !== null && a.sectionId === b.sectionId;
}

/** Holds a review position (levels 2–8, not an administrator): who may act, and whom one may act for. */
export const holdsReviewPosition = (p: OrgPerson): p is OrgPerson & { level: number } =>
  !p.isAdmin && p.level !== null && p.level >= FIRST_REVIEW_LEVEL;
const isReviewer = holdsReviewPosition;

function appointerRefusal(c: AppointmentCase, holder: OrgPerson | null, level: number | null): AppointmentRefusal | null {
  const { appointer } = c;
  if (appointer.isAdmin) return null;
  if (holder !== null && appointer.id === holder.id) return c.holdersMayAppoint ? null : 'holders_may_not_appoint';
  if (level === null || !isReviewer(appointer) || appointer.level <= level) return 'appointer_not_above';
  // Above a person: in their line as the appointer's own level sees it (a head in their section, a director in their division).
  if (holder !== null && !sameLineAt(appointer.level, appointer, holder, c.org)) return 'appointer_not_above';
  return null;
}

/**
 * Every rule the appointment breaks, appointer first; an empty list means it may be made (and, stored, counts).
 * The acting person must hold a review position at the level acted at or the one directly below, in the absent
 * holder's line; only an administrator or someone above the holder in that line appoints, or the holder themselves
 * where `holdersMayAppoint` allows.
 */
export function appointmentRefusals(c: AppointmentCase): AppointmentRefusal[] {
  const holder = 'holder' in c.actedFor ? c.actedFor.holder : null;
  const level = holder === null ? ('level' in c.actedFor ? c.actedFor.level : null) : isReviewer(holder) ? holder.level : null;
  const refusals: AppointmentRefusal[] = [];
  const byAppointer = appointerRefusal(c, holder, level);
  if (byAppointer) refusals.push(byAppointer);
  if (holder !== null && !isReviewer(holder)) refusals.push('acted_for_not_reviewer');
  // Acting at a level without a holder gives that level over every unit: only levels 5–8 see every unit.
  if (holder === null && 'level' in c.actedFor && !ACTING_AT_LEVELS.includes(c.actedFor.level)) {
    refusals.push('acted_for_not_reviewer');
  }
  if (holder !== null && holder.id === c.acting.id) refusals.push('acting_for_self');
  if (!isReviewer(c.acting)) {
    refusals.push('acting_not_reviewer');
  } else if (level !== null) {
    if (c.acting.level !== level && c.acting.level !== level - 1) refusals.push('acting_level_out_of_reach');
    else if (holder !== null && !sameLineAt(level, c.acting, holder, c.org)) refusals.push('acting_outside_line');
  }
  return refusals;
}

/** Builds the organisation facts from the office's sections. */
export function orgFactsOf(sections: readonly { id: string; divisionId: string }[]): OrgFacts {
  return { divisionOfSection: new Map(sections.map((s) => [s.id, s.divisionId])) };
}
