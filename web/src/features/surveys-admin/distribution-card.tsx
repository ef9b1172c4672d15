// The distribution of answers: the stacked-bar chart (lazy, so its drawing code loads only here) with its text alternative, a
// table of the same counts and percentages.
import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { SATISFACTION_LABELS, SATISFACTION_VALUES } from '@bmrts/shared';
import type { SurveyResults } from '@bmrts/shared';
import { useLang } from '../../lib/use-lang';
import { percentText } from './figures';

const DistributionChart = lazy(() => import('./distribution-chart'));

export function DistributionCard({ questions }: { questions: SurveyResults['scaleQuestions'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const levels = SATISFACTION_VALUES.map((value) => ({ value, label: SATISFACTION_LABELS[value] }));
  return (
    <section className="card" aria-labelledby="distribution-title" data-testid="distribution">
      <h2 id="distribution-title">{t('surveys.results.chartTitle')}</h2>
      <figure className="chart-figure" aria-labelledby="distribution-title" aria-describedby="distribution-alt">
        <div className="chart-box" aria-hidden="true" data-testid="distribution-chart">
          <Suspense fallback={<p className="muted">{t('surveys.results.chartLoading')}</p>}>
            <DistributionChart questions={questions} levelName={(value) => t('surveys.results.levelShort', { value })} />
          </Suspense>
        </div>
      </figure>
      <details className="chart-alt">
        <summary id="distribution-alt">{t('surveys.results.chartAlt')}</summary>
        <div className="table-wrap">
          <table className="data-table" data-testid="distribution-table">
            <caption className="visually-hidden">{t('surveys.results.chartCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('surveys.results.question')}</th>
                {levels.map((l) => (
                  <th key={l.value} scope="col" className="num" title={l.label[lang]}>
                    {t('surveys.results.levelShort', { value: l.value })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {questions.map((q) => (
                <tr key={q.questionId}>
                  <td data-label={t('surveys.results.question')}>
                    {q.position}. {q.text[lang]}
                  </td>
                  {levels.map((l) => {
                    const share = q.distribution.find((d) => d.value === l.value);
                    return (
                      <td key={l.value} className="num" data-label={`${l.value} ${l.label[lang]}`}>
                        {share?.count ?? 0} <span className="muted small">({percentText(share?.percent ?? null)} %)</span>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
