// One budget line's page (issue 16 item 5): what the ordinance gave it and what has moved on it, every ledger entry
// (date in Thai BE, the movement in words, the amount in baht, the request that caused it, linked), and the requests in
// review that name it. Outside the caller's scope the server answers "not found", as for a request.
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CATEGORY_NAMES, CENTRAL_FUND_ITEM_NAMES, formatMoney, formatThaiDate } from '@bmrts/shared';
import type { BudgetLineDetail } from '@bmrts/shared';
import { ErrorNotice, Loading } from '../../lib/query-state';
import { useLang } from '../../lib/use-lang';
import { useUnits } from '../../lib/units';
import { useBudgetLine } from './api';
import { MoneyFigures } from './money-figures';
import './budget-report.css';

function LineFigures({ line }: { line: BudgetLineDetail['line'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { count, amountSatang, oldestSubmittedAt } = line.pending;
  const pending =
    count === 0
      ? t('budget.pendingNone')
      : t('budget.pendingSome', {
          count,
          amount: formatMoney(amountSatang, lang),
          date: oldestSubmittedAt ? formatThaiDate(oldestSubmittedAt, lang) : '—',
        });
  return (
    <MoneyFigures totals={line.totals} pending={pending} label={t('budgetReport.figures')} testId="line-figures" figurePrefix="line" />
  );
}

function History({ detail }: { detail: BudgetLineDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (detail.entries.length === 0) return <p className="empty">{t('budgetReport.noHistory')}</p>;
  return (
    <div className="table-wrap">
      <table className="data-table budget-history" data-testid="line-history">
        <caption className="visually-hidden">{t('budgetReport.historyCaption', { code: detail.line.code })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('budgetReport.date')}</th>
            <th scope="col">{t('budgetReport.entryKind')}</th>
            <th scope="col" className="num">
              {t('budgetReport.amount')}
            </th>
            <th scope="col">{t('budgetReport.request')}</th>
          </tr>
        </thead>
        <tbody>
          {detail.entries.map((entry) => (
            <tr key={entry.id} data-testid="history-row" data-kind={entry.kind}>
              <td className="cell-date">{formatThaiDate(entry.at, lang)}</td>
              <td className="cell-kind">{t(`budgetReport.kinds.${entry.kind}`)}</td>
              <td className="num cell-amount">{formatMoney(entry.amountSatang, lang)}</td>
              <td className="cell-request">
                {entry.request ? (
                  <>
                    <Link to={`/requests/${entry.request.id}`} className="mono" data-testid="history-request">
                      {entry.request.trackingNo}
                    </Link>{' '}
                    <span className="small">{entry.request.title}</span>
                  </>
                ) : entry.requestOutOfScope ? (
                  <span className="small muted">{t('budgetReport.otherUnitRequest')}</span>
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PendingRequests({ detail }: { detail: BudgetLineDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const listedDraws = detail.pendingRequests.filter((r) => r.role === 'draw').length;
  const others = detail.line.pending.count - listedDraws;
  return (
    <>
      {detail.pendingRequests.length === 0 ? (
        <p className="empty">{t('budgetReport.pendingNone')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table budget-pending" data-testid="line-pending">
            <caption className="visually-hidden">{t('budgetReport.pendingTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('budgetReport.request')}</th>
                <th scope="col">{t('budgetReport.role')}</th>
                <th scope="col" className="num">
                  {t('budgetReport.amount')}
                </th>
                <th scope="col">{t('budgetReport.submittedAt')}</th>
                <th scope="col">{t('budgetReport.level')}</th>
              </tr>
            </thead>
            <tbody>
              {detail.pendingRequests.map((r) => (
                <tr key={`${r.id}-${r.role}`} data-testid="pending-row">
                  <td className="cell-request">
                    <Link to={`/requests/${r.id}`} className="mono" data-testid="pending-request">
                      {r.trackingNo}
                    </Link>{' '}
                    <span className="small">{r.title}</span>
                  </td>
                  <td className="cell-kind">{t(r.role === 'draw' ? 'budgetReport.roleDraw' : 'budgetReport.roleReceive')}</td>
                  <td className="num cell-amount">{formatMoney(r.amountSatang, lang)}</td>
                  <td className="cell-date">{r.submittedAt ? formatThaiDate(r.submittedAt, lang) : '—'}</td>
                  <td className="cell-date">{r.level}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {others > 0 ? <p className="small muted">{t('budgetReport.pendingOthers', { count: others })}</p> : null}
    </>
  );
}

export function BudgetLinePage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { id = '' } = useParams();
  const detail = useBudgetLine(id);
  const units = useUnits();
  if (detail.isPending) return <Loading />;
  if (detail.isError) return <ErrorNotice error={detail.error} onRetry={() => void detail.refetch()} />;
  const { line } = detail.data;
  const unit = (units.data?.items ?? []).find((u) => u.code === line.unitCode);
  return (
    <section className="budget-line-page" data-testid="budget-line-page">
      <p className="page-back">
        <Link to={`/budget?fiscalYear=${line.fiscalYear}`}>{t('budgetReport.back')}</Link>
      </p>
      <h1>{t('budgetReport.lineTitle', { code: line.code })}</h1>
      <p className="line-page-item">
        <strong>{line.item}</strong>
      </p>
      <p className="small muted">
        {line.kind === 'central'
          ? `${t('budgetReport.centralFund')}${line.centralItem ? ` · ${CENTRAL_FUND_ITEM_NAMES[line.centralItem][lang]}` : ''}`
          : `${line.unitCode ?? ''} ${unit?.name[lang] ?? ''}`}
        {' · '}
        {t('budgetReport.fiscalYear')} {line.fiscalYear} · {CATEGORY_NAMES[line.category][lang]} · {line.plan} · {line.project}
      </p>
      <LineFigures line={line} />
      <h2>{t('budgetReport.history')}</h2>
      <History detail={detail.data} />
      <h2>{t('budgetReport.pendingTitle')}</h2>
      <PendingRequests detail={detail.data} />
    </section>
  );
}
