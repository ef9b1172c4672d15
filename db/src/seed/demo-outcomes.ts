// Where each demo request ends up: a quota of open requests at every level (so every inbox has work),
// a few returned, rejected and withdrawn, and the rest approved.
import type { CouncilMode } from '@bmrts/shared';
import type { Random } from './prng';
import { UNIT1_CODE, UNIT2_CODE } from './demo-organisation';
import { DEMO_ACCOUNT_SPECS } from './demo-accounts';

export type Outcome =
  | { kind: 'draft' }
  | { kind: 'in_review'; level: number }
  | { kind: 'returned'; fromLevel: number }
  | { kind: 'awaiting_council' }
  | { kind: 'approved' }
  | { kind: 'rejected'; atLevel: number | 'council' }
  | { kind: 'withdrawn'; from: 'draft' | 'in_review' | 'returned'; level: number };

export interface OutcomeCandidate {
  unitCode: string;
  sectionNumber: number;
  finalLevel: number;
  council: CouncilMode;
}

interface Quota {
  count: number;
  accepts: (c: OutcomeCandidate) => boolean;
  outcome: (rng: Random, c: OutcomeCandidate) => Outcome;
}

const analyst1 = DEMO_ACCOUNT_SPECS.find((s) => s.username === 'analyst1')?.placement;
const ANALYST1_SECTION = analyst1?.kind === 'analyst' ? analyst1.sectionNumber : 0;

const any = (): boolean => true;
const ofUnit = (code: string) => (c: OutcomeCandidate) => c.unitCode === code;
const reaches = (level: number) => (c: OutcomeCandidate) => c.finalLevel >= level;
const needsCouncil = (c: OutcomeCandidate) => c.council === 'approve';
const both = (a: Quota['accepts'], b: Quota['accepts']) => (c: OutcomeCandidate) => a(c) && b(c);

const inReview = (level: number) => (): Outcome => ({ kind: 'in_review', level });
const draft = (): Outcome => ({ kind: 'draft' });
const returnedAt2 = (): Outcome => ({ kind: 'returned', fromLevel: 2 });

/** Most constrained first, so the later, looser quotas cannot take the few requests an earlier one needs. */
const QUOTAS: readonly Quota[] = [
  { count: 5, accepts: needsCouncil, outcome: () => ({ kind: 'awaiting_council' }) },
  { count: 1, accepts: needsCouncil, outcome: () => ({ kind: 'rejected', atLevel: 'council' }) },
  // unit1 and unit2 see their requests in every state on first sign-in.
  { count: 1, accepts: both(ofUnit(UNIT1_CODE), reaches(5)), outcome: inReview(5) },
  { count: 2, accepts: ofUnit(UNIT1_CODE), outcome: draft },
  { count: 2, accepts: ofUnit(UNIT1_CODE), outcome: inReview(2) },
  { count: 1, accepts: ofUnit(UNIT1_CODE), outcome: inReview(3) },
  { count: 1, accepts: ofUnit(UNIT1_CODE), outcome: returnedAt2 },
  { count: 1, accepts: ofUnit(UNIT2_CODE), outcome: draft },
  { count: 1, accepts: ofUnit(UNIT2_CODE), outcome: inReview(2) },
  { count: 1, accepts: ofUnit(UNIT2_CODE), outcome: inReview(4) },
  { count: 1, accepts: ofUnit(UNIT2_CODE), outcome: returnedAt2 },
  // analyst1 signs in to a full inbox.
  { count: 4, accepts: (c) => c.sectionNumber === ANALYST1_SECTION, outcome: inReview(2) },
  { count: 6, accepts: reaches(8), outcome: inReview(8) },
  { count: 6, accepts: reaches(7), outcome: inReview(7) },
  { count: 6, accepts: reaches(6), outcome: inReview(6) },
  { count: 5, accepts: reaches(5), outcome: inReview(5) },
  { count: 6, accepts: any, outcome: inReview(4) },
  { count: 6, accepts: any, outcome: inReview(3) },
  { count: 6, accepts: any, outcome: inReview(2) },
  { count: 8, accepts: any, outcome: (rng) => ({ kind: 'returned', fromLevel: rng.chance(0.8) ? 2 : 3 }) },
  { count: 11, accepts: any, outcome: draft },
  { count: 8, accepts: any, outcome: (rng, c) => ({ kind: 'rejected', atLevel: rng.int(2, c.finalLevel) }) },
  { count: 1, accepts: any, outcome: () => ({ kind: 'withdrawn', from: 'draft', level: 1 }) },
  { count: 1, accepts: any, outcome: () => ({ kind: 'withdrawn', from: 'returned', level: 2 }) },
  { count: 4, accepts: any, outcome: (rng, c) => ({ kind: 'withdrawn', from: 'in_review', level: rng.int(2, c.finalLevel) }) },
];

/** One outcome per candidate, in the same order; a quota with too few candidates takes what there is. */
export function assignOutcomes(rng: Random, candidates: readonly OutcomeCandidate[]): Outcome[] {
  const outcomes: (Outcome | null)[] = candidates.map(() => null);
  for (const quota of QUOTAS) {
    const open = candidates.flatMap((c, i) => (outcomes[i] === null && quota.accepts(c) ? [i] : []));
    for (const index of rng.shuffled(open).slice(0, quota.count)) {
      const candidate = candidates[index];
      if (candidate) outcomes[index] = quota.outcome(rng, candidate);
    }
  }
  return outcomes.map((o) => o ?? { kind: 'approved' });
}
