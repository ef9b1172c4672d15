// The rule of a change between two rounds' KPI: no change is claimed from a round that cannot conclude; between two
// that can, the change comes with whether their 95 % intervals overlap.
import { describe, expect, it } from 'vitest';
import { compareRoundKpis, satisfactionKpi, type SatisfactionValue } from '@bmrts/shared';

/** A round's KPI from `atLevel5` answers of 5 among `n`, the rest 4, with the round's minimum sample. */
const kpiOf = (atLevel5: number, n: number, minimum = 30) =>
  satisfactionKpi(
    Array.from({ length: n }, (_, i): SatisfactionValue => (i < atLevel5 ? 5 : 4)),
    90,
    minimum,
  );

describe('a change between two rounds’ KPI', () => {
  it('is not claimed when the later round has fewer answers than its minimum, and says whose n fell short', () => {
    // 29 of 30 (96.7 %) then 1 of 1 (100 %): "+3.3" would be noise.
    expect(compareRoundKpis(kpiOf(29, 30), kpiOf(1, 1))).toEqual({
      verdict: 'cannot_conclude',
      inconclusive: [{ round: 'later', reason: 'too_few', respondents: 1, minimumRespondents: 30 }],
    });
  });

  it('is not claimed when the earlier round had nobody answer, nor when both fall short', () => {
    expect(compareRoundKpis(kpiOf(0, 0), kpiOf(29, 30))).toEqual({
      verdict: 'cannot_conclude',
      inconclusive: [{ round: 'earlier', reason: 'no_answers', respondents: 0, minimumRespondents: 30 }],
    });
    expect(compareRoundKpis(kpiOf(2, 5, 10), kpiOf(5, 5, 6))).toMatchObject({
      verdict: 'cannot_conclude',
      inconclusive: [{ round: 'earlier' }, { round: 'later' }],
    });
  });

  it('is given with overlapping intervals when the difference could be chance', () => {
    // 29/30 = 96.7 % (83.3–99.4) then 27/30 = 90.0 % (74.4–96.5).
    expect(compareRoundKpis(kpiOf(29, 30), kpiOf(27, 30))).toEqual({ verdict: 'compared', changePoints: -6.7, intervalsOverlap: true });
  });

  it('is given with intervals apart when it is larger than chance would give', () => {
    // 29/30 = 96.7 % (83.3–99.4) then 12/30 = 40.0 % (24.6–57.7).
    expect(compareRoundKpis(kpiOf(29, 30), kpiOf(12, 30))).toEqual({ verdict: 'compared', changePoints: -56.7, intervalsOverlap: false });
  });

  it('counts intervals that only touch as overlapping, in tenths of a percent, so no float dust decides', () => {
    const base = { respondents: 30, minimumRespondents: 30, verdict: 'passed' as const };
    const earlier = { ...base, percent: 80.1, interval: { lower: 70.3, upper: 85.2 } };
    const later = { ...base, percent: 90.3, interval: { lower: 85.2, upper: 95.1 } };
    expect(compareRoundKpis(earlier, later)).toEqual({ verdict: 'compared', changePoints: 10.2, intervalsOverlap: true });
  });
});
