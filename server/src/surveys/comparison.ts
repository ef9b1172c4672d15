// Key figures of several rounds side by side: response rate, the KPI with its change from the round before (claimed
// only when both rounds can conclude), and each scale question's figures.
import { compareRoundKpis, type SurveyComparison } from '@bmrts/shared';
import type { AppDeps } from '../deps';
import { loadResults } from './results-service';

export async function compareRounds(deps: AppDeps, roundIds: readonly string[]): Promise<SurveyComparison> {
  const rounds: SurveyComparison['rounds'] = [];
  for (const id of roundIds) {
    const { results } = await loadResults(deps, id);
    const { round } = results;
    const previous = rounds.at(-1);
    rounds.push({
      round: {
        id: round.id,
        title: round.title,
        fiscalYear: round.fiscalYear,
        opensAt: round.opensAt,
        closesAt: round.closesAt,
        phase: round.phase,
        anonymous: round.anonymous,
      },
      invited: results.responseRate.invited,
      responded: results.responseRate.responded,
      responseRatePercent: results.responseRate.percent,
      kpi: results.kpi,
      kpiChange: previous ? compareRoundKpis(previous.kpi, results.kpi) : null,
      questions: results.scaleQuestions.map((q) => ({
        questionId: q.questionId,
        text: q.text,
        isOverall: q.isOverall,
        n: q.n,
        mean: q.mean,
        band: q.band,
        sd: q.sd,
        percentAt5: q.percentAt5,
        percentAt4to5: q.percentAt4to5,
        meanPercent: q.meanPercent,
      })),
    });
  }
  return { rounds };
}
