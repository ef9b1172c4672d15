// Response rates of a round: overall, by level and by unit, from who was invited and who answered.
import { percentOf } from './rounding';

export interface SurveyPerson {
  id: string;
  level: number;
  unitCode: string | null;
}

export interface RateRow {
  invited: number;
  responded: number;
  /** responded / invited × 100, half up to 1 decimal. */
  percent: number | null;
}

export interface ResponseRates extends RateRow {
  byLevel: (RateRow & { level: number })[];
  /** Only people with a unit (budget-unit staff); reviewers at levels 2–8 belong to none. */
  byUnit: (RateRow & { unitCode: string })[];
}

/**
 * Rates over everyone invited now plus anyone who answered and has since left the invitation (moved, deactivated),
 * so a rate never exceeds 100 %. A respondent counts at the level and unit they had when they answered.
 */
export function responseRates(invitedNow: readonly SurveyPerson[], respondents: readonly SurveyPerson[]): ResponseRates {
  const people = new Map<string, SurveyPerson>(invitedNow.map((p) => [p.id, p]));
  for (const r of respondents) people.set(r.id, r);
  const answered = new Set(respondents.map((r) => r.id));
  const levels = new Map<number, RateRow>();
  const units = new Map<string, RateRow>();
  const tally = <K>(rows: Map<K, RateRow>, key: K, responded: boolean) => {
    const row = rows.get(key) ?? { invited: 0, responded: 0, percent: null };
    row.invited += 1;
    if (responded) row.responded += 1;
    rows.set(key, row);
  };
  for (const person of people.values()) {
    const responded = answered.has(person.id);
    tally(levels, person.level, responded);
    if (person.unitCode !== null) tally(units, person.unitCode, responded);
  }
  const withPercent = (row: RateRow): RateRow => ({ ...row, percent: percentOf(row.responded, row.invited) });
  return {
    ...withPercent({ invited: people.size, responded: answered.size, percent: null }),
    byLevel: [...levels.entries()].sort(([a], [b]) => a - b).map(([level, row]) => ({ level, ...withPercent(row) })),
    byUnit: [...units.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([unitCode, row]) => ({ unitCode, ...withPercent(row) })),
  };
}
