// /overview for levels 4–8 and administrators: requests by type and status, in review and waiting per level against
// the target, and the overdue list. Loaded only when opened.
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { fiscalYearOf } from '@bmrts/shared';
import { ApiError } from '../../lib/api-client';
import { ErrorNotice, Loading } from '../../lib/query-state';
import { RequestSummaryTable } from '../../lib/request-summary-table';
import { useOverview } from './api';
import { CountsTable } from './counts-table';
import { WaitsTable } from './waits-table';

export function OverviewPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const raw = params.get('fiscalYear');
  const fiscalYear = raw && /^\d{4}$/.test(raw) ? Number(raw) : undefined;
  const overview = useOverview(fiscalYear);
  const current = fiscalYearOf(new Date());
  const years = [current + 1, current, current - 1, current - 2, current - 3];

  return (
    <section aria-labelledby="overview-title" data-testid="overview-page">
      <div className="page-head">
        <h1 id="overview-title">{t('overview.title')}</h1>
        <div className="field field-inline">
          <label htmlFor="overview-fy">{t('overview.fiscalYear')}</label>
          <select id="overview-fy" value={fiscalYear ?? ''} data-testid="overview-fiscal-year"
            onChange={(e) => setParams(e.target.value ? { fiscalYear: e.target.value } : {})}>
            <option value="">{t('overview.allYears')}</option>
            {years.map((year) => <option key={year} value={year}>{t('request.fiscalYearValue', { year })}</option>)}
          </select>
        </div>
      </div>
      {overview.isPending ? <Loading /> : null}
      {overview.isError ? (
        overview.error instanceof ApiError && overview.error.status === 403
          ? <p className="notice notice-error" role="alert">{t('overview.forbidden')}</p>
          : <ErrorNotice error={overview.error} onRetry={() => void overview.refetch()} />
      ) : null}
      {overview.isSuccess ? (
        <>
          <CountsTable counts={overview.data.counts} />
          <WaitsTable waits={overview.data.waits} inReviewByLevel={overview.data.inReviewByLevel} />
          <section className="card" aria-labelledby="overdue-title">
            <h2 id="overdue-title">{t('overview.overdue', { n: overview.data.overdueCount })}</h2>
            {overview.data.overdue.length === 0 ? <p className="muted">{t('overview.noOverdue')}</p> : (
              <RequestSummaryTable items={overview.data.overdue} caption={t('overview.overdueCaption')} testId="overview-overdue" />
            )}
          </section>
        </>
      ) : null}
    </section>
  );
}
