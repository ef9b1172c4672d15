// Whether the KPI of one round can be said to have changed from another's. A round below its minimum sample claims
// nothing on its own, so a difference to it is no change either; between two rounds that can conclude the change is
// given with whether their 95 % intervals overlap, so a reader does not take a difference chance could give for a change.
import type { SatisfactionKpi } from './kpi';

/** The figures of a round's KPI the rule reads (the comparison's API carries exactly these). */
export type RoundKpiFigures = Pick<SatisfactionKpi, 'respondents' | 'minimumRespondents' | 'percent' | 'interval' | 'verdict'>;

/** A round that cannot conclude, and why: nobody answered, or fewer than its minimum sample. */
export interface InconclusiveRound {
  round: 'earlier' | 'later';
  reason: 'no_answers' | 'too_few';
  respondents: number;
  minimumRespondents: number;
}

export type RoundKpiChange =
  | { verdict: 'cannot_conclude'; inconclusive: InconclusiveRound[] }
  | {
      verdict: 'compared';
      /** later − earlier, percentage points, 1 decimal (each percent is already reported at 1 decimal). */
      changePoints: number;
      /**
       * The two 95 % Wilson intervals share a point: the difference could be chance. Non-overlap is the stricter,
       * conservative sign (two overlapping intervals may still differ at 5 %), which is what a reader needs here.
       */
      intervalsOverlap: boolean;
    };

/** Tenths of a percent: every figure here is reported at 1 decimal, and integers compare without binary dust. */
const tenths = (percent: number) => Math.round(percent * 10);

function inconclusive(round: InconclusiveRound['round'], kpi: RoundKpiFigures): InconclusiveRound | null {
  if (kpi.verdict !== 'no_answers' && kpi.verdict !== 'too_few') return null;
  return { round, reason: kpi.verdict, respondents: kpi.respondents, minimumRespondents: kpi.minimumRespondents };
}

export function compareRoundKpis(earlier: RoundKpiFigures, later: RoundKpiFigures): RoundKpiChange {
  const blocked = [inconclusive('earlier', earlier), inconclusive('later', later)].filter((r) => r !== null);
  // A round that concludes has answers, hence a percent and an interval; the null checks only satisfy the types.
  if (blocked.length > 0 || earlier.percent === null || later.percent === null || earlier.interval === null || later.interval === null) {
    return { verdict: 'cannot_conclude', inconclusive: blocked };
  }
  const a = earlier.interval;
  const b = later.interval;
  return {
    verdict: 'compared',
    changePoints: (tenths(later.percent) - tenths(earlier.percent)) / 10,
    intervalsOverlap: tenths(a.lower) <= tenths(b.upper) && tenths(b.lower) <= tenths(a.upper),
  };
}
