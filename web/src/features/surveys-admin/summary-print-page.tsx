// /admin/surveys/:roundId/summary: the one-page Thai summary for the office's annual performance report — BMA heading,
// round, period, respondents and response rate, the KPI against its target, and the per-question table with Thai bands.
// Always in Thai (the report's language), worded by the server's summary figures; printed with @media print.
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorNotice, Loading } from '../../lib/query-state';
import { useSurveySummary } from './api';
import { percentText, targetText, twoDecimals } from './figures';

export function SurveySummaryPrintPage() {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT('th');
  const { roundId = '' } = useParams();
  const summary = useSurveySummary(roundId);
  if (summary.isPending)
    return (
      <main className="print-page" id="main">
        <Loading />
      </main>
    );
  if (summary.isError)
    return (
      <main className="print-page" id="main">
        <ErrorNotice error={summary.error} onRetry={() => void summary.refetch()} />
      </main>
    );
  const s = summary.data;
  const tone = { passed: 'pass', failed: 'fail', too_few: 'unsure', no_answers: 'none' }[s.kpi.verdict];

  return (
    <main className="print-page survey-summary" id="main" lang="th" data-testid="survey-summary">
      <div className="print-toolbar no-print">
        <Link to={`/admin/surveys/${roundId}/results`} className="button button-small">
          {t('surveys.summary.back')}
        </Link>
        <button type="button" className="button button-small button-primary" onClick={() => window.print()}>
          {t('surveys.summary.print')}
        </button>
      </div>
      <header className="print-head">
        <span className="brand-mark" aria-hidden="true">
          {t('app.mark')}
        </span>
        <div>
          <p className="print-bma">{t('surveys.summary.bma')}</p>
          <p className="print-office">{t('surveys.summary.office')}</p>
        </div>
      </header>
      <h1 className="print-title">{t('surveys.summary.heading')}</h1>
      <dl className="print-facts">
        <div className="fact-wide">
          <dt>{t('surveys.summary.round')}</dt>
          <dd>{s.title}</dd>
        </div>
        <div>
          <dt>{t('surveys.summary.fiscalYear')}</dt>
          <dd>{s.fiscalYearLabel}</dd>
        </div>
        <div>
          <dt>{t('surveys.summary.period')}</dt>
          <dd>{s.periodLabel}</dd>
        </div>
        <div>
          <dt>{t('surveys.summary.respondents')}</dt>
          <dd>{t('surveys.summary.respondentsValue', { n: s.responded, invited: s.invited })}</dd>
        </div>
        <div>
          <dt>{t('surveys.summary.rate')}</dt>
          <dd>{t('surveys.results.rateValue', { percent: percentText(s.responseRatePercent) })}</dd>
        </div>
      </dl>
      <section className={`summary-kpi kpi-${tone}`} aria-labelledby="summary-kpi-title" data-testid="summary-kpi">
        <h2 id="summary-kpi-title">{t('surveys.summary.kpi')}</h2>
        <p className="summary-kpi-statement">{s.kpi.statement}</p>
        {s.kpi.intervalText ? <p data-testid="summary-interval">{s.kpi.intervalText}</p> : null}
        <p>
          {t('surveys.summary.target')}: {t('surveys.summary.targetValue', { target: targetText(s.kpi.targetPercent) })}
          {' — '}
          {t('surveys.summary.result')}:{' '}
          <strong className={`kpi-verdict kpi-verdict-${tone}`} data-testid="summary-verdict">
            {s.kpi.verdictText}
          </strong>
          {s.kpi.reason ? <span data-testid="summary-reason"> ({s.kpi.reason})</span> : null}
        </p>
      </section>
      <section className="print-section" aria-labelledby="summary-table-title">
        <h2 id="summary-table-title">{t('surveys.summary.tableTitle')}</h2>
        <table className="data-table print-table summary-table" data-testid="summary-table">
          <thead>
            <tr>
              <th scope="col">{t('surveys.results.question')}</th>
              <th scope="col" className="num">
                {t('surveys.results.n')}
              </th>
              <th scope="col" className="num">
                {t('surveys.results.mean')}
              </th>
              <th scope="col" className="num">
                {t('surveys.results.sd')}
              </th>
              <th scope="col">{t('surveys.results.band')}</th>
              <th scope="col" className="num">
                {t('surveys.results.at5')}
              </th>
              <th scope="col" className="num">
                {t('surveys.results.at45')}
              </th>
              <th scope="col" className="num">
                {t('surveys.results.meanPercent')}
              </th>
            </tr>
          </thead>
          <tbody>
            {s.rows.map((row) => (
              <tr key={row.position}>
                <td data-label={t('surveys.results.question')}>
                  {row.position}. {row.question}
                </td>
                <td className="num" data-label={t('surveys.results.n')}>
                  {row.n}
                </td>
                <td className="num" data-label={t('surveys.results.mean')}>
                  {twoDecimals(row.mean)}
                </td>
                <td className="num" data-label={t('surveys.results.sd')}>
                  {twoDecimals(row.sd)}
                </td>
                <td data-label={t('surveys.results.band')}>{row.bandLabel}</td>
                <td className="num" data-label={t('surveys.results.at5')}>
                  {percentText(row.percentAt5)}
                </td>
                <td className="num" data-label={t('surveys.results.at45')}>
                  {percentText(row.percentAt4to5)}
                </td>
                <td className="num" data-label={t('surveys.results.meanPercent')}>
                  {percentText(row.meanPercent)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="small">
          {t('surveys.summary.bandsNote')} {s.bands.map((b) => `${b.range} ${b.label}`).join(', ')}
        </p>
      </section>
      <p className="small muted print-foot">{s.generatedAtLabel}</p>
    </main>
  );
}
