// /reports/council: the year-end report to the BMA Council, printable on A4 (landscape) without the app's shell — the BMA
// heading, the fiscal year chosen, part 1 (central-fund decisions reported to the Council) and part 2 (requests put to the
// Council), each with its rows and totals; a print button and the same report as XLSX. Administrators and levels 5–8.
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  CENTRAL_FUND_ITEM_NAMES,
  REQUEST_TYPE_NAMES,
  bahtText,
  fiscalYearOf,
  formatMoney,
  formatThaiDate,
  formatThaiDateTime,
  toThaiDigits,
  type CouncilReport,
} from '@bmrts/shared';
import { ApiError } from '../../lib/api-client';
import { ErrorNotice, Loading } from '../../lib/query-state';
import { useLang } from '../../lib/use-lang';
import { councilReportXlsxHref, useCouncilReport } from './api';
import { DigitsContext, useDigits } from './digits';
import { CentralFundRowsTable, CouncilRowsTable } from './rows-tables';
import { TotalsTable } from './totals-table';
import { LedgerCheck } from './ledger-check';
import './council-report.css';

/** The year a year-end report is usually wanted for: the one that ended last 30 September. */
function defaultYear(): number {
  return fiscalYearOf(new Date()) - 1;
}

export function CouncilReportPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const raw = params.get('fiscalYear');
  const fiscalYear = raw && /^\d{4}$/.test(raw) ? Number(raw) : defaultYear();
  const report = useCouncilReport(fiscalYear);
  const current = fiscalYearOf(new Date());
  const years = [current, current - 1, current - 2, current - 3, current - 4];
  const lang = useLang();
  // Thai digits are for the printed Thai document only; the choice lives in the address so a printed link keeps it.
  const thaiDigits = lang === 'th' && params.get('digits') === 'thai';
  const d = thaiDigits ? toThaiDigits : (text: string) => text;
  const choose = (next: { fiscalYear?: number; thaiDigits?: boolean }) => {
    const digits = next.thaiDigits ?? thaiDigits;
    setParams({ fiscalYear: String(next.fiscalYear ?? fiscalYear), ...(digits ? { digits: 'thai' } : {}) });
  };

  return (
    <DigitsContext.Provider value={d}>
      <main className="print-page council-report" id="main" data-testid="council-report">
        <div className="print-toolbar no-print">
          <Link to="/" className="button button-small">
            {t('councilReport.back')}
          </Link>
          <div className="field field-inline">
            <label htmlFor="council-fy">{t('councilReport.fiscalYear')}</label>
            <select
              id="council-fy"
              value={fiscalYear}
              data-testid="council-fiscal-year"
              onChange={(e) => choose({ fiscalYear: Number(e.target.value) })}
            >
              {years.map((year) => (
                <option key={year} value={year}>
                  {t('request.fiscalYearValue', { year })}
                </option>
              ))}
            </select>
          </div>
          {lang === 'th' ? (
            <label className="check">
              <input
                type="checkbox"
                checked={thaiDigits}
                data-testid="council-thai-digits"
                onChange={(e) => choose({ thaiDigits: e.target.checked })}
              />
              {t('councilReport.thaiDigits')}
            </label>
          ) : null}
          <div className="button-row">
            <a className="button button-small" href={councilReportXlsxHref(fiscalYear)} download data-testid="council-xlsx">
              {t('councilReport.xlsx')}
            </a>
            <button type="button" className="button button-small button-primary" onClick={() => window.print()} data-testid="council-print">
              {t('councilReport.print')}
            </button>
          </div>
        </div>
        <header className="print-head">
          <span className="brand-mark" aria-hidden="true">
            {t('app.mark')}
          </span>
          <div>
            <p className="print-bma">{t('councilReport.bma')}</p>
            <p className="print-office">{t('councilReport.office')}</p>
          </div>
        </header>
        <h1 className="print-title" data-testid="council-heading">
          {t('councilReport.heading')}
          <span className="council-subheading">{d(t('councilReport.subheading', { year: fiscalYear }))}</span>
        </h1>
        {report.isPending ? <Loading /> : null}
        {report.isError ? (
          report.error instanceof ApiError && report.error.status === 403 ? (
            <p className="notice notice-error" role="alert">
              {t('councilReport.forbidden')}
            </p>
          ) : (
            <ErrorNotice error={report.error} onRetry={() => void report.refetch()} />
          )
        ) : null}
        {report.isSuccess ? <ReportBody report={report.data} /> : null}
      </main>
    </DigitsContext.Provider>
  );
}

function ReportBody({ report }: { report: CouncilReport }) {
  const { t } = useTranslation();
  const lang = useLang();
  const d = useDigits();
  // The period ends just before the next 1 October; show its last day.
  const lastDay = new Date(Date.parse(report.periodEnd) - 1).toISOString();
  const { centralFund, council } = report;
  return (
    <>
      <dl className="print-facts">
        <div>
          <dt>{t('councilReport.period')}</dt>
          <dd>
            {d(t('councilReport.periodValue', { from: formatThaiDate(report.periodStart, lang), to: formatThaiDate(lastDay, lang) }))}
          </dd>
        </div>
        <div>
          <dt>{t('councilReport.fiscalYear')}</dt>
          <dd>{d(t('request.fiscalYearValue', { year: report.fiscalYear }))}</dd>
        </div>
      </dl>
      {report.allUnits ? null : <p className="notice">{t('councilReport.partialScope')}</p>}

      <section className="print-section" aria-labelledby="council-part1">
        <h2 id="council-part1">{d(t('councilReport.centralFundTitle'))}</h2>
        <p className="small">{t('councilReport.centralFundNote')}</p>
        {centralFund.rows.length === 0 ? (
          <p className="muted">{t('councilReport.none')}</p>
        ) : (
          <CentralFundRowsTable
            rows={centralFund.rows}
            total={centralFund.total}
            caption={t('councilReport.centralFundTitle')}
            testId="council-central-fund"
          />
        )}
        <TotalsTable
          lines={centralFund.byItem.map(({ item, ...totals }) => ({ key: item, label: CENTRAL_FUND_ITEM_NAMES[item][lang], totals }))}
          total={centralFund.total}
          outcomes={['approved', 'rejected']}
          caption={t('councilReport.byItemTitle')}
          groupHeader={t('councilReport.col.item')}
          testId="council-by-item"
        />
        <LedgerCheck ledger={centralFund.ledger} />
        <p className="council-summary" data-testid="council-central-fund-summary">
          {d(
            t('councilReport.summaryCentralFund', {
              count: centralFund.total.count,
              amount: formatMoney(centralFund.total.amountSatang, lang),
              approvedCount: centralFund.total.approvedCount,
              approved: formatMoney(centralFund.total.approvedSatang, lang),
              approvedWords: bahtText(centralFund.total.approvedSatang),
            }),
          )}
        </p>
      </section>

      <section className="print-section" aria-labelledby="council-part2">
        <h2 id="council-part2">{d(t('councilReport.councilTitle'))}</h2>
        <p className="small">{t('councilReport.councilNote')}</p>
        {council.rows.length === 0 ? (
          <p className="muted">{t('councilReport.none')}</p>
        ) : (
          <>
            <CouncilRowsTable
              rows={council.rows}
              total={council.total}
              caption={t('councilReport.councilTitle')}
              testId="council-requests"
            />
            <TotalsTable
              lines={council.byType.map(({ type, ...totals }) => ({ key: type, label: REQUEST_TYPE_NAMES[type][lang], totals }))}
              total={council.total}
              outcomes={['approved', 'rejected', 'awaiting', 'withdrawn']}
              caption={t('councilReport.byTypeTitle')}
              groupHeader={t('councilReport.col.type')}
              testId="council-by-type"
            />
          </>
        )}
        <p className="council-summary" data-testid="council-requests-summary">
          {d(
            t('councilReport.summaryCouncil', {
              count: council.total.count,
              amount: formatMoney(council.total.amountSatang, lang),
              approvedCount: council.total.approvedCount,
              approved: formatMoney(council.total.approvedSatang, lang),
            }),
          )}
        </p>
      </section>
      <p className="small muted print-foot">{d(t('councilReport.generatedAt', { date: formatThaiDateTime(report.generatedAt, lang) }))}</p>
    </>
  );
}
