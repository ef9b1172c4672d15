// The page "งบประมาณ" (issue 16 item 5): a fiscal year's budget lines of the caller's units and the central fund, with
// appropriation, allotted, transferred in and out, the central fund's movements, what is left and what is pending,
// totals, a search and filters kept in the address, and the report's CSV/XLSX downloads. On a phone each line is a
// card of three short rows (code, item, what is left of what and what is pending); the totals stand above the table.
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, CATEGORY_NAMES, fiscalYearOf, formatMoney, formatSatangNumber } from '@bmrts/shared';
import type { BudgetLine, BudgetReportTotals } from '@bmrts/shared';
import { DownloadLinks } from '../../lib/download-links';
import { FiltersFold, FiltersToggle } from '../../lib/filters-fold';
import { ErrorNotice, Loading } from '../../lib/query-state';
import { useSessionUser } from '../../lib/session';
import { useLang } from '../../lib/use-lang';
import { useUnits } from '../../lib/units';
import { budgetReportExportHref, useBudgetReport, type ReportFilters } from './api';
import { MoneyFigures } from './money-figures';
import './budget-report.css';

const FILTER_KEYS = ['fiscalYear', 'unit', 'kind', 'category', 'q'] as const;
/** Rows drawn at once: a district's lines at a glance, the whole Office's a click away (the export has them all). */
const SHOWN = 200;

function filtersOf(params: URLSearchParams): ReportFilters {
  return Object.fromEntries(FILTER_KEYS.map((key) => [key, params.get(key) ?? ''])) as ReportFilters;
}

/** The current fiscal year and the three before it, the next one too (an ordinance is passed before its year opens). */
function yearChoices(current: number): number[] {
  return [current + 1, current, current - 1, current - 2, current - 3];
}

function ReportFilterForm({ filters, year, onApply }: { filters: ReportFilters; year: number; onApply: (f: ReportFilters) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const user = useSessionUser();
  const units = useUnits();
  const [draft, setDraft] = useState<ReportFilters>(filters);
  const set = (key: keyof ReportFilters) => (event: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: event.target.value }));
  const scope = user?.scope;
  const ownUnits = (units.data?.items ?? []).filter((u) => scope && (scope.allUnits || scope.unitCodes.includes(u.code)));
  const current = fiscalYearOf(new Date());

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply(draft);
  }
  return (
    <form className="filters card budget-filters" onSubmit={onSubmit} aria-label={t('budgetReport.filters')} data-testid="budget-filters">
      <div className="filters-grid">
        <div className="field">
          <label htmlFor="budget-fy">{t('budgetReport.fiscalYear')}</label>
          <select id="budget-fy" value={draft.fiscalYear || String(year)} onChange={set('fiscalYear')}>
            {yearChoices(current).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        {ownUnits.length > 1 ? (
          <div className="field">
            <label htmlFor="budget-unit">{t('budgetReport.unit')}</label>
            <select id="budget-unit" value={draft.unit} onChange={set('unit')}>
              <option value="">{t('budgetReport.anyUnit')}</option>
              {ownUnits.map((unit) => (
                <option key={unit.code} value={unit.code}>
                  {unit.code} {unit.name[lang]}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="budget-kind">{t('budgetReport.kind')}</label>
          <select id="budget-kind" value={draft.kind} onChange={set('kind')}>
            <option value="">{t('budgetReport.anyKind')}</option>
            <option value="unit">{t('budgetReport.kindUnit')}</option>
            <option value="central">{t('budgetReport.kindCentral')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="budget-category">{t('budgetReport.category')}</label>
          <select id="budget-category" value={draft.category} onChange={set('category')}>
            <option value="">{t('budgetReport.anyCategory')}</option>
            {CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {CATEGORY_NAMES[category][lang]}
              </option>
            ))}
          </select>
        </div>
        <div className="field budget-q">
          <label htmlFor="budget-q">{t('budgetReport.q')}</label>
          <input
            id="budget-q"
            type="search"
            value={draft.q}
            onChange={set('q')}
            placeholder={t('budgetReport.qPlaceholder')}
            maxLength={100}
            data-testid="budget-q"
          />
        </div>
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary" data-testid="budget-apply">
          {t('budgetReport.apply')}
        </button>
        <button type="button" className="button" onClick={() => onApply({})}>
          {t('budgetReport.clear')}
        </button>
      </div>
    </form>
  );
}

function TotalsFigures({ totals }: { totals: BudgetReportTotals }) {
  const { t } = useTranslation();
  const lang = useLang();
  const pending =
    totals.pendingCount === 0
      ? t('budget.pendingNone')
      : t('budgetReport.pendingCell', { count: totals.pendingCount, amount: formatMoney(totals.pendingSatang, lang) });
  return (
    <MoneyFigures totals={totals} pending={pending} label={t('budgetReport.totalsLabel')} testId="budget-totals" figurePrefix="total" />
  );
}

/** Where a line sits, each part once: its unit (when the report spans several) or the central fund, plan, project. */
function whereOf(line: BudgetLine, unitName: string | null, centralFund: string): string {
  const parts = [line.kind === 'central' ? centralFund : unitName, line.plan, line.project].filter((p): p is string => Boolean(p));
  return [...new Set(parts)].join(' · ');
}

function LineRow({ line, unitName, showCentralOut }: { line: BudgetLine; unitName: string | null; showCentralOut: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const n = formatSatangNumber;
  const { totals, pending } = line;
  return (
    <tr data-testid="budget-row" data-line-code={line.code}>
      <td className="cell-line">
        <Link to={`/budget/lines/${line.id}`} className="mono line-row-link" aria-label={t('budgetReport.openLine', { code: line.code })}>
          {line.code}
        </Link>
        <span className="line-row-item">{line.item}</span>
        <span className="small muted line-row-where">{whereOf(line, unitName, t('budgetReport.centralFund'))}</span>
        {/* A phone's third row, where the figure columns are folded away: what is left, and how many requests wait on it. */}
        <span className="small line-row-phone" data-testid="phone-remaining">
          {t('budgetReport.remainingPhone', { amount: formatMoney(totals.remainingSatang, lang) })}
          {pending.count > 0 ? ` · ${t('budgetReport.pendingPhone', { count: pending.count })}` : ''}
        </span>
      </td>
      <td className="num cell-fig" data-testid="cell-appropriation">
        {n(totals.appropriationSatang)}
      </td>
      <td className="num cell-fig" data-testid="cell-allotted">
        {n(totals.allottedSatang)}
      </td>
      <td className="num cell-fig">{n(totals.transferInSatang)}</td>
      <td className="num cell-fig">{n(totals.transferOutSatang)}</td>
      <td className="num cell-fig">{n(totals.centralInSatang)}</td>
      {showCentralOut ? <td className="num cell-fig">{n(totals.centralOutSatang)}</td> : null}
      <td className="num cell-fig cell-remaining" data-testid="cell-remaining">
        <strong>{n(totals.remainingSatang)}</strong>
      </td>
      <td className="num cell-fig cell-pending" data-testid="cell-pending">
        {pending.count === 0 ? '—' : t('budgetReport.pendingCell', { count: pending.count, amount: n(pending.amountSatang) })}
      </td>
    </tr>
  );
}

export function BudgetReportPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const year = Number(filters.fiscalYear) || fiscalYearOf(new Date());
  const asked: ReportFilters = { ...filters, fiscalYear: String(year) };
  const report = useBudgetReport(asked);
  const units = useUnits();
  const [shown, setShown] = useState(SHOWN);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const inForce = FILTER_KEYS.filter((key) => key !== 'fiscalYear' && (filters[key] ?? '') !== '').length;
  const unitNames = new Map((units.data?.items ?? []).map((u) => [u.code, `${u.code} ${u.name[lang]}`]));
  // A unit's own report need not name the unit on every row; the Office's does.
  const severalUnits = new Set((report.data?.lines ?? []).map((l) => l.unitCode).filter(Boolean)).size > 1;

  function apply(next: ReportFilters) {
    const query = new URLSearchParams();
    for (const key of FILTER_KEYS) {
      const value = (next[key] ?? '').trim();
      if (value !== '') query.set(key, value);
    }
    setParams(query);
    setShown(SHOWN);
    setFiltersOpen(false);
  }

  const data = report.data;
  const showCentralOut = (data?.lines ?? []).some((l) => l.kind === 'central');
  return (
    <section className="budget-report-page">
      <div className="page-head">
        <h1>{t('budgetReport.title')}</h1>
        {/* On a phone the filters fold behind this button, as the request list's do. */}
        <FiltersToggle
          open={filtersOpen}
          inForce={inForce}
          controls="budget-filters"
          onToggle={() => setFiltersOpen((o) => !o)}
          testId="budget-filters-toggle"
        />
      </div>
      <p className="muted budget-intro">{t('budgetReport.intro')}</p>
      <FiltersFold id="budget-filters" open={filtersOpen}>
        <ReportFilterForm key={params.toString()} filters={filters} year={year} onApply={apply} />
      </FiltersFold>
      <DownloadLinks
        label={t('budgetReport.exports')}
        href={(format) => budgetReportExportHref(asked, format)}
        testId="export-budget-report"
      />
      {report.isPending ? <Loading /> : null}
      {report.isError ? <ErrorNotice error={report.error} onRetry={() => void report.refetch()} /> : null}
      {data ? (
        <>
          <p className="muted" aria-live="polite" data-testid="budget-count">
            {t('budgetReport.caption', { year: data.fiscalYear })} · {t('budgetReport.count', { n: data.totals.lines.toLocaleString() })}
          </p>
          <TotalsFigures totals={data.totals} />
          {data.lines.length === 0 ? (
            <p className="empty">{t('budgetReport.empty')}</p>
          ) : (
            <div className="table-wrap">
              <table className="data-table budget-report-table" data-testid="budget-report-table">
                <caption className="visually-hidden">{t('budgetReport.caption', { year: data.fiscalYear })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('budgetReport.line')}</th>
                    <th scope="col" className="num">
                      {t('budgetReport.appropriation')}
                    </th>
                    <th scope="col" className="num">
                      {t('budgetReport.allotted')}
                    </th>
                    <th scope="col" className="num">
                      {t('budgetReport.transferIn')}
                    </th>
                    <th scope="col" className="num">
                      {t('budgetReport.transferOut')}
                    </th>
                    <th scope="col" className="num">
                      {t('budgetReport.centralIn')}
                    </th>
                    {showCentralOut ? (
                      <th scope="col" className="num">
                        {t('budgetReport.centralOut')}
                      </th>
                    ) : null}
                    <th scope="col" className="num">
                      {t('budgetReport.remaining')}
                    </th>
                    <th scope="col" className="num">
                      {t('budgetReport.pending')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.lines.slice(0, shown).map((line) => (
                    <LineRow
                      key={line.id}
                      line={line}
                      unitName={severalUnits ? (unitNames.get(line.unitCode ?? '') ?? line.unitCode) : null}
                      showCentralOut={showCentralOut}
                    />
                  ))}
                </tbody>
                <tfoot>
                  <tr data-testid="budget-total-row">
                    <th scope="row">{t('budgetReport.total', { n: data.totals.lines.toLocaleString() })}</th>
                    <td className="num cell-fig">{formatSatangNumber(data.totals.appropriationSatang)}</td>
                    <td className="num cell-fig">{formatSatangNumber(data.totals.allottedSatang)}</td>
                    <td className="num cell-fig">{formatSatangNumber(data.totals.transferInSatang)}</td>
                    <td className="num cell-fig">{formatSatangNumber(data.totals.transferOutSatang)}</td>
                    <td className="num cell-fig">{formatSatangNumber(data.totals.centralInSatang)}</td>
                    {showCentralOut ? <td className="num cell-fig">{formatSatangNumber(data.totals.centralOutSatang)}</td> : null}
                    <td className="num cell-fig">
                      <strong>{formatSatangNumber(data.totals.remainingSatang)}</strong>
                    </td>
                    <td className="num cell-fig">
                      {data.totals.pendingCount === 0
                        ? '—'
                        : t('budgetReport.pendingCell', {
                            count: data.totals.pendingCount,
                            amount: formatSatangNumber(data.totals.pendingSatang),
                          })}
                    </td>
                  </tr>
                </tfoot>
              </table>
              <p className="small muted budget-baht-note">{t('budgetReport.bahtNote')}</p>
            </div>
          )}
          {data.lines.length > shown ? (
            <div className="button-row center">
              <button type="button" className="button" onClick={() => setShown((s) => s + SHOWN)} data-testid="budget-show-more">
                {t('budgetReport.showMore', { n: Math.min(SHOWN, data.lines.length - shown) })}
              </button>
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
