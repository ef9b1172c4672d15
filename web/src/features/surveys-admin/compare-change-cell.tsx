// The KPI's change between two compared rounds, as the server's compareRoundKpis judged it: "ยังสรุปไม่ได้" with the
// round(s) whose n fell short of the minimum, or the change in points with whether the two 95 % intervals overlap.
import { useTranslation } from 'react-i18next';
import type { SurveyComparison } from '@bmrts/shared';

type Compared = SurveyComparison['rounds'][number];

export function CompareChangeCell({ earlier, later }: { earlier: Compared; later: Compared }) {
  const { t } = useTranslation();
  const change = later.kpiChange;
  const label = t('surveys.compareView.change');
  if (change === null) return <td className="num" data-label={label} />;
  if (change.verdict === 'cannot_conclude') {
    return (
      <td className="num" data-label={label} data-testid="compare-kpi-change" data-verdict={change.verdict}>
        {/* One wrapper: on a phone the cell is a grid of its label and one value, so the notes stay beside the label. */}
        <span className="compare-cell">
          <span className="compare-unsure">{t('surveyCompare.cannotConclude')}</span>
          {change.inconclusive.map((r) => (
            <span key={r.round} className="small muted compare-interval">
              {t(`surveyCompare.because.${r.reason}`, {
                title: (r.round === 'earlier' ? earlier : later).round.title,
                n: r.respondents,
                minimum: r.minimumRespondents,
              })}
            </span>
          ))}
        </span>
      </td>
    );
  }
  const points = `${change.changePoints > 0 ? '+' : ''}${change.changePoints.toFixed(1)}`;
  return (
    <td
      className="num"
      data-label={label}
      data-testid="compare-kpi-change"
      data-verdict={change.verdict}
      data-overlap={change.intervalsOverlap}
    >
      <span className="compare-cell">
        {t('surveyCompare.points', { change: points })}
        <span className="small muted compare-interval">{t(change.intervalsOverlap ? 'surveyCompare.overlap' : 'surveyCompare.apart')}</span>
      </span>
    </td>
  );
}
