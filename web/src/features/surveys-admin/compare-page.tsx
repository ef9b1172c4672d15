// /admin/surveys/compare?rounds=a,b: two rounds side by side — respondents, response rate, the KPI, and each scale
// question's mean and % at level 5 with the change between them. A change is claimed only when both rounds can
// conclude (compareRoundKpis on the server); counts of who answered are facts and always compared.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorNotice, Loading } from '../../lib/query-state';
import { useLang } from '../../lib/use-lang';
import { useSurveyComparison, useSurveyRounds } from './api';
import { percentText, twoDecimals } from './figures';
import { CompareKpiCell } from './compare-kpi-cell';
import { CompareChangeCell } from './compare-change-cell';

function change(a: number | null, b: number | null, decimals: number): string {
  if (a === null || b === null) return '—';
  const diff = b - a;
  return `${diff > 0 ? '+' : ''}${diff.toFixed(decimals)}`;
}

export function SurveyComparePage() {
  const { t } = useTranslation();
  const lang = useLang();
  const [params, setParams] = useSearchParams();
  const chosen = (params.get('rounds') ?? '').split(',').filter(Boolean).slice(0, 2);
  const rounds = useSurveyRounds();
  const [first, setFirst] = useState(chosen[0] ?? '');
  const [second, setSecond] = useState(chosen[1] ?? '');
  const [problem, setProblem] = useState(false);
  const comparison = useSurveyComparison(chosen.length === 2 ? chosen : []);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!first || !second || first === second) {
      setProblem(true);
      return;
    }
    setProblem(false);
    setParams({ rounds: `${first},${second}` });
  }

  const options = rounds.data?.items ?? [];
  const compared = comparison.data?.rounds ?? [];
  const [a, b] = compared;
  const questionIds = [...new Set(compared.flatMap((r) => r.questions.map((q) => q.questionId)))];
  // The questions rest on the same respondents as the KPI: from a round that cannot conclude, no change of theirs either.
  const canConclude = b?.kpiChange?.verdict === 'compared';

  return (
    <section aria-labelledby="compare-title" data-testid="survey-compare-page">
      <Link to="/admin/surveys" className="small">
        {t('surveys.back')}
      </Link>
      <h1 id="compare-title">{t('surveys.compareView.title')}</h1>
      <form className="card filters" onSubmit={onSubmit} noValidate>
        <div className="filters-grid">
          {(
            [
              ['compare-first', first, setFirst, 'first'],
              ['compare-second', second, setSecond, 'second'],
            ] as const
          ).map(([id, value, setValue, key]) => (
            <div key={id} className="field">
              <label htmlFor={id}>{t(`surveys.compareView.${key}`)}</label>
              <select id={id} value={value} onChange={(e) => setValue(e.target.value)} data-testid={id}>
                <option value="">{t('surveys.compareView.choose')}</option>
                {options.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.title} ({r.fiscalYear})
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
        {problem ? (
          <p className="field-error" role="alert">
            {t('surveys.compareView.needTwo')}
          </p>
        ) : null}
        <div className="button-row">
          <button type="submit" className="button button-primary" data-testid="compare-show">
            {t('surveys.compareView.show')}
          </button>
        </div>
      </form>
      {comparison.isFetching && !comparison.data ? <Loading /> : null}
      {comparison.isError ? <ErrorNotice error={comparison.error} /> : null}
      {a && b ? (
        <div className="table-wrap">
          <table className="data-table compare-table" data-testid="compare-table">
            <caption className="visually-hidden">{t('surveys.compareView.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('surveys.results.question')}</th>
                <th scope="col" className="num">
                  {a.round.title}
                </th>
                <th scope="col" className="num">
                  {b.round.title}
                </th>
                <th scope="col" className="num">
                  {t('surveys.compareView.change')}
                </th>
              </tr>
            </thead>
            <tbody>
              <tr className="compare-kpi">
                <th scope="row">{t('surveys.compareView.kpiRow')}</th>
                <CompareKpiCell compared={a} />
                <CompareKpiCell compared={b} />
                <CompareChangeCell earlier={a} later={b} />
              </tr>
              <tr>
                <th scope="row">{t('surveys.compareView.respondents')}</th>
                <td className="num" data-label={a.round.title}>
                  {a.responded} / {a.invited}
                </td>
                <td className="num" data-label={b.round.title}>
                  {b.responded} / {b.invited}
                </td>
                <td className="num" data-label={t('surveys.compareView.change')}>
                  {change(a.responded, b.responded, 0)}
                </td>
              </tr>
              <tr>
                <th scope="row">{t('surveys.compareView.rate')} (%)</th>
                <td className="num" data-label={a.round.title}>
                  {percentText(a.responseRatePercent)}
                </td>
                <td className="num" data-label={b.round.title}>
                  {percentText(b.responseRatePercent)}
                </td>
                <td className="num" data-label={t('surveys.compareView.change')}>
                  {change(a.responseRatePercent, b.responseRatePercent, 1)}
                </td>
              </tr>
              {questionIds.map((id) => {
                const qa = a.questions.find((q) => q.questionId === id) ?? null;
                const qb = b.questions.find((q) => q.questionId === id) ?? null;
                const text = (qa ?? qb)?.text[lang] ?? id;
                return (
                  <tr key={id}>
                    <th scope="row">
                      {text}{' '}
                      <span className="muted small">
                        ({t('surveys.results.mean')} · {t('surveys.results.at5')})
                      </span>
                    </th>
                    <td className="num" data-label={a.round.title}>
                      {twoDecimals(qa?.mean ?? null)} · {percentText(qa?.percentAt5 ?? null)}
                    </td>
                    <td className="num" data-label={b.round.title}>
                      {twoDecimals(qb?.mean ?? null)} · {percentText(qb?.percentAt5 ?? null)}
                    </td>
                    <td className="num" data-label={t('surveys.compareView.change')}>
                      {canConclude ? (
                        `${change(qa?.mean ?? null, qb?.mean ?? null, 2)} · ${change(qa?.percentAt5 ?? null, qb?.percentAt5 ?? null, 1)}`
                      ) : (
                        <span className="muted">{t('surveyCompare.cannotConclude')}</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
