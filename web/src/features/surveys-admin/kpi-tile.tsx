// The KPI as the performance report states it ("ร้อยละ 96.7 พึงพอใจระดับดีมาก — เป้าหมายร้อยละ 90 — ผ่าน"), always with
// how many it rests on (n, of how many invited, the response rate) and its 95 % interval. Below the round's minimum
// sample it leads with "ยังสรุปไม่ได้" and why, in a neutral tone: a 1-of-83 "100 %" must never read as a green pass.
import { useTranslation } from 'react-i18next';
import type { SurveyResults } from '@bmrts/shared';
import { percentText, targetText } from './figures';

type Kpi = SurveyResults['kpi'];
type Rates = SurveyResults['responseRate'];

function SampleLines({ kpi, rates }: { kpi: Kpi; rates: Rates }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="small kpi-sample" data-testid="kpi-sample">
        {t('surveyHonesty.sample', { n: kpi.respondents, invited: rates.invited, rate: percentText(rates.percent) })}
      </p>
      {kpi.interval ? (
        <p className="small kpi-interval" data-testid="kpi-interval" title={t('surveyHonesty.intervalHelp')}>
          {t('surveyHonesty.interval', { lower: percentText(kpi.interval.lower), upper: percentText(kpi.interval.upper) })}
          {kpi.intervalSide && kpi.verdict !== 'too_few' ? ` — ${t(`surveyHonesty.sides.${kpi.intervalSide}`)}` : ''}
        </p>
      ) : null}
      <p className="small muted">
        {t('surveyHonesty.intervalHelp')} · {t('surveyHonesty.minimum', { minimum: kpi.minimumRespondents })}
      </p>
    </>
  );
}

export function KpiTile({ kpi, rates }: { kpi: Kpi; rates: Rates }) {
  const { t } = useTranslation();
  const tone = kpi.verdict === 'passed' ? 'pass' : kpi.verdict === 'failed' ? 'fail' : kpi.verdict === 'too_few' ? 'unsure' : 'none';
  const verdictText = kpi.passed ? t('surveys.results.pass') : t('surveys.results.fail');
  return (
    <section
      className={`card kpi-tile kpi-${tone}`}
      aria-labelledby="kpi-title"
      data-testid="kpi-tile"
      data-passed={String(kpi.passed)}
      data-verdict={kpi.verdict}
    >
      <h2 id="kpi-title" className="kpi-title">
        {t('surveys.results.kpiTitle')}
      </h2>
      {kpi.percent === null ? (
        <p className="kpi-line" data-testid="kpi-line">
          {t('surveys.results.kpiNone', { target: targetText(kpi.targetPercent) })}
        </p>
      ) : kpi.verdict === 'too_few' ? (
        <>
          <p className="kpi-figure">
            <span className="kpi-verdict kpi-verdict-unsure" data-testid="kpi-verdict">
              {t('surveyHonesty.tooFew')}
            </span>
          </p>
          <p className="kpi-line" data-testid="kpi-why">
            {t('surveyHonesty.tooFewWhy', { n: kpi.respondents, invited: rates.invited, minimum: kpi.minimumRespondents })}
          </p>
          <p className="small" data-testid="kpi-line">
            {t('surveyHonesty.tooFewNote', { percent: percentText(kpi.percent), target: targetText(kpi.targetPercent) })}
          </p>
        </>
      ) : (
        <>
          <p className="kpi-figure">
            <span className="kpi-percent" data-testid="kpi-percent">
              {percentText(kpi.percent)}
            </span>
            <span className="kpi-unit">%</span>
            <span className={`kpi-verdict kpi-verdict-${tone}`} data-testid="kpi-verdict">
              {verdictText}
            </span>
          </p>
          <p className="kpi-line" data-testid="kpi-line">
            {t('surveys.results.kpiLine', {
              percent: percentText(kpi.percent),
              target: targetText(kpi.targetPercent),
              verdict: verdictText,
            })}
          </p>
          <p className="small kpi-count" data-testid="kpi-count">
            {t('surveys.results.kpiCount', { count: kpi.atLevel5, n: kpi.respondents })}
          </p>
        </>
      )}
      {kpi.percent === null ? null : <SampleLines kpi={kpi} rates={rates} />}
    </section>
  );
}
