// One round's KPI in the comparison: the percent with its 95 % interval and n, and "ยังสรุปไม่ได้" below the round's
// minimum sample, so a change between rounds never reads as real when one side rests on a handful of answers.
import { useTranslation } from 'react-i18next';
import type { SurveyComparison } from '@bmrts/shared';
import { percentText } from './figures';

export function CompareKpiCell({ compared }: { compared: SurveyComparison['rounds'][number] }) {
  const { t } = useTranslation();
  const { kpi } = compared;
  return (
    <td className="num" data-label={compared.round.title} data-testid="compare-kpi" data-verdict={kpi.verdict}>
      {/* One wrapper: on a phone the cell is a grid of its label and one value, so the notes stay beside the label. */}
      <span className="compare-cell">
        {percentText(kpi.percent)}
        {kpi.interval ? (
          <span className="small muted compare-interval">
            {t('surveyHonesty.intervalShort', { lower: percentText(kpi.interval.lower), upper: percentText(kpi.interval.upper) })} · n ={' '}
            {kpi.respondents}
          </span>
        ) : null}
        {kpi.verdict === 'too_few' ? (
          <span className="compare-unsure">
            {t('surveyHonesty.tooFew')}:{' '}
            {t('surveyHonesty.tooFewWhy', { n: kpi.respondents, invited: compared.invited, minimum: kpi.minimumRespondents })}
          </span>
        ) : null}
      </span>
    </td>
  );
}
