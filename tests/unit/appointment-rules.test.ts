// The one judgement of who may act for whom and who may appoint them, on a small office of two divisions.
import { describe, expect, it } from 'vitest';
import { appointmentRefusals, orgFactsOf, type AppointmentCase, type OrgPerson } from '@bmrts/shared';

const org = orgFactsOf([
  { id: 'sec1', divisionId: 'div1' },
  { id: 'sec1b', divisionId: 'div1' },
  { id: 'sec2', divisionId: 'div2' },
]);
const person = (id: string, level: number | null, where: { section?: string; division?: string; admin?: boolean } = {}): OrgPerson => ({
  id,
  level,
  isAdmin: where.admin ?? false,
  sectionId: where.section ?? null,
  divisionId: where.division ?? null,
});

const admin = person('admin', null, { admin: true });
const clerk = person('clerk', 1);
const analyst1 = person('analyst1', 2, { section: 'sec1' });
const analyst1b = person('analyst1b', 2, { section: 'sec1' });
const analystOtherSection = person('analyst1c', 2, { section: 'sec1b' });
const analyst2 = person('analyst2', 2, { section: 'sec2' });
const head1 = person('head1', 3, { section: 'sec1' });
const head1b = person('head1b', 3, { section: 'sec1b' });
const head2 = person('head2', 3, { section: 'sec2' });
const director1 = person('director1', 4, { division: 'div1' });
const director2 = person('director2', 4, { division: 'div2' });
const deputyDirector = person('l5', 5);
const director = person('l6', 6);
const deputyPermSec = person('l7', 7);
const deputyGovernor = person('l8', 8);

function judge(appointer: OrgPerson, acting: OrgPerson, actedFor: OrgPerson | number, holdersMayAppoint = true) {
  const c: AppointmentCase = {
    appointer,
    acting,
    actedFor: typeof actedFor === 'number' ? { level: actedFor } : { holder: actedFor },
    org,
    holdersMayAppoint,
  };
  return appointmentRefusals(c);
}

describe('who may act', () => {
  it('never lets budget-unit staff or administrators act at a review level', () => {
    expect(judge(admin, clerk, analyst1)).toEqual(['acting_not_reviewer']);
    expect(judge(admin, admin, analyst1)).toEqual(['acting_not_reviewer']);
    expect(judge(admin, clerk, 5)).toEqual(['acting_not_reviewer']);
  });

  it('takes someone at the level or the level directly below, not above and not two below', () => {
    expect(judge(admin, analyst1b, analyst1)).toEqual([]);
    expect(judge(admin, analyst1, head1)).toEqual([]);
    expect(judge(admin, deputyGovernor, analyst1)).toEqual(['acting_level_out_of_reach']);
    expect(judge(admin, head1, analyst1)).toEqual(['acting_level_out_of_reach']);
    expect(judge(admin, analyst1, director1)).toEqual(['acting_level_out_of_reach']);
    expect(judge(admin, deputyPermSec, 8)).toEqual([]);
    expect(judge(admin, deputyDirector, 8)).toEqual(['acting_level_out_of_reach']);
  });

  it('keeps to the line: the section for levels 2–3, the division for 4, the whole office above', () => {
    expect(judge(admin, analyst2, analyst1)).toEqual(['acting_outside_line']);
    expect(judge(admin, analystOtherSection, head1)).toEqual(['acting_outside_line']);
    expect(judge(admin, head1b, director1)).toEqual([]); // another section of the same division
    expect(judge(admin, head2, director1)).toEqual(['acting_outside_line']);
    expect(judge(admin, director2, deputyDirector)).toEqual([]);
  });

  it('refuses acting for oneself and for someone who holds no review position', () => {
    expect(judge(admin, analyst1, analyst1)).toEqual(['acting_for_self']);
    expect(judge(admin, analyst1, clerk)).toEqual(['acted_for_not_reviewer']);
  });
});

describe('who may appoint', () => {
  it('is an administrator, or someone above the holder in the same line', () => {
    expect(judge(head1, analyst1b, analyst1)).toEqual([]);
    expect(judge(director1, analyst1b, analyst1)).toEqual([]);
    expect(judge(deputyDirector, analyst1b, analyst1)).toEqual([]);
    expect(judge(head2, analyst1b, analyst1)).toEqual(['appointer_not_above']);
    expect(judge(director2, analyst1b, analyst1)).toEqual(['appointer_not_above']);
    expect(judge(analyst2, analyst1b, analyst1)).toEqual(['appointer_not_above']);
    expect(judge(clerk, analyst1b, analyst1)).toEqual(['appointer_not_above']);
  });

  it('is above the level for an appointment at a level, so only an administrator appoints at level 8', () => {
    expect(judge(director, deputyDirector, 5)).toEqual([]);
    expect(judge(deputyDirector, director1, 5)).toEqual(['appointer_not_above']);
    expect(judge(deputyGovernor, deputyPermSec, 8)).toEqual(['appointer_not_above']);
    expect(judge(admin, deputyPermSec, 8)).toEqual([]);
  });

  it('lets a holder appoint for themselves only where policy allows, and only within the rules', () => {
    expect(judge(analyst1, analyst1b, analyst1)).toEqual([]);
    expect(judge(analyst1, analyst1b, analyst1, false)).toEqual(['holders_may_not_appoint']);
    expect(judge(analyst1, clerk, analyst1)).toEqual(['acting_not_reviewer']);
    expect(judge(analyst1, deputyGovernor, analyst1)).toEqual(['acting_level_out_of_reach']);
  });

  it('refuses acting at a level below 5 or above 8 without a person, whatever a stored row says', () => {
    expect(judge(admin, analyst1, 2)).toContain('acted_for_not_reviewer');
    expect(judge(admin, deputyGovernor, 9)).toContain('acted_for_not_reviewer');
    expect(judge(admin, deputyDirector, 5)).toEqual([]);
  });
});
