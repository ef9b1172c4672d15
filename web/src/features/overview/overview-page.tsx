// /overview, the oversight dashboard for levels 4–8 and administrators: five headline cards, the month trend and the
// heat map of where work waits come first, then the year's budget totals (budget-card.tsx); the detailed tables fold behind
// disclosures. Loaded only when opened.
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { fiscalYearOf, formatThaiDateTime } from '@bmrts/shared';
import { ApiError } from '../../lib/api-client';
import { ErrorNotice, Loading } from '../../lib/query-state';
import { useLang } from '../../lib/use-lang';
import { AgeingGrid } from './ageing-grid';
import { BudgetCard } from './budget-card';
import { useOverview } from './api';
import { FirstPassTable } from './first-pass-table';
import { LevelsTable } from './levels-table';
import { HeadlineCards } from './headline-cards';
import { MonthlyCard } from './monthly-card';
import { TrendCard } from './trend-card';
import './overview.css';

export function OverviewPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const [params, setParams] = useSearchParams();
  const raw = params.get('fiscalYear');
  const chosen = raw && /^\d{4}$/.test(raw) ? Number(raw) : undefined;
  const overview = useOverview(chosen);
  const current = fiscalYearOf(new Date());
  const years = [current, current - 1, current - 2, current - 3, current - 4];
  const shown = overview.data?.fiscalYear ?? chosen ?? current;

  return (
    <section aria-labelledby="overview-title" data-testid="overview-page" className="dash-page">
      <div className="page-head">
        <h1 id="overview-title">{t('overview.title')}</h1>
        <div className="field field-inline">
          <label htmlFor="overview-fy">{t('overview.fiscalYear')}</label>
          <select
            id="overview-fy"
            value={shown}
            data-testid="overview-fiscal-year"
            onChange={(e) => setParams(Number(e.target.value) === current ? {} : { fiscalYear: e.target.value })}
          >
            {(years.includes(shown) ? years : [shown, ...years]).map((year) => (
              <option key={year} value={year}>
                {t('request.fiscalYearValue', { year })}
              </option>
            ))}
          </select>
        </div>
      </div>
      {overview.isPending ? <Loading /> : null}
      {overview.isError ? (
        overview.error instanceof ApiError && overview.error.status === 403 ? (
          <p className="notice notice-error" role="alert">
            {t('overview.forbidden')}
          </p>
        ) : (
          <ErrorNotice error={overview.error} onRetry={() => void overview.refetch()} />
        )
      ) : null}
      {overview.isSuccess ? (
        <>
          <p className="small muted" data-testid="overview-as-of">
            {t('overview.asOf', { at: formatThaiDateTime(overview.data.asOf, lang) })}
          </p>
          <HeadlineCards headline={overview.data.headline} fiscalYear={overview.data.fiscalYear} />
          <TrendCard trend={overview.data.trend} fiscalYear={overview.data.fiscalYear} />
          <AgeingGrid rows={overview.data.ageing} fiscalYear={overview.data.fiscalYear} />
          <BudgetCard budget={overview.data.budget} />
          <LevelsTable levels={overview.data.levels} council={overview.data.council} fiscalYear={overview.data.fiscalYear} />
          <FirstPassTable rows={overview.data.firstPass} fiscalYear={overview.data.fiscalYear} />
          <MonthlyCard monthly={overview.data.monthly} fiscalYear={overview.data.fiscalYear} />
        </>
      ) : null}
    </section>
  );
}
