// The KPI as the performance report states it: "ร้อยละ 96.7 พึงพอใจระดับดีมาก — เป้าหมายร้อยละ 90 — ผ่าน", green when
// the target is met and red when not.
import { useTranslation } from 'react-i18next';
import type { SurveyResults } from '@bmrts/shared';
import { percentText, targetText } from './figures';

export function KpiTile({ kpi }: { kpi: SurveyResults['kpi'] }) {
  const { t } = useTranslation();
  const tone = kpi.passed === null ? 'none' : kpi.passed ? 'pass' : 'fail';
  return (
    <section className={`card kpi-tile kpi-${tone}`} aria-labelledby="kpi-title" data-testid="kpi-tile" data-passed={String(kpi.passed)}>
      <h2 id="kpi-title" className="kpi-title">
        {t('surveys.results.kpiTitle')}
      </h2>
      {kpi.percent === null ? (
        <p className="kpi-line" data-testid="kpi-line">
          {t('surveys.results.kpiNone', { target: targetText(kpi.targetPercent) })}
        </p>
      ) : (
        <>
          <p className="kpi-figure">
            <span className="kpi-percent" data-testid="kpi-percent">
              {percentText(kpi.percent)}
            </span>
            <span className="kpi-unit">%</span>
            <span className={`kpi-verdict kpi-verdict-${tone}`} data-testid="kpi-verdict">
              {kpi.passed ? t('surveys.results.pass') : t('surveys.results.fail')}
            </span>
          </p>
          <p className="kpi-line" data-testid="kpi-line">
            {t('surveys.results.kpiLine', {
              percent: percentText(kpi.percent),
              target: targetText(kpi.targetPercent),
              verdict: kpi.passed ? t('surveys.results.pass') : t('surveys.results.fail'),
            })}
          </p>
          <p className="small kpi-count" data-testid="kpi-count">
            {t('surveys.results.kpiCount', { count: kpi.atLevel5, n: kpi.respondents })}
          </p>
        </>
      )}
    </section>
  );
}
