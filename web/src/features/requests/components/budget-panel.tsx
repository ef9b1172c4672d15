// The balance panel on a request (issue 16): for each budget line the request touches, what the ordinance gave, what
// has moved, what is left now, what other requests in review claim, and what this request would leave. Loaded on its
// own (lazily, after the page's content) so the request page paints without waiting for the ledger.
import { useTranslation } from 'react-i18next';
import { formatMoney, formatThaiDate } from '@bmrts/shared';
import type { Lang, RequestBudget } from '@bmrts/shared';
import type { TFunction } from 'i18next';
import { Figure } from '../../../lib/budget-figures';
import { ErrorNotice } from '../../../lib/query-state';
import { useLang } from '../../../lib/use-lang';
import { useRequestBudget } from '../budget-api';
import './budget-panel.css';

type PanelLine = RequestBudget['lines'][number];

function pendingText(line: PanelLine, t: TFunction, lang: Lang): string {
  const { count, amountSatang, oldestSubmittedAt } = line.pending;
  if (count === 0) return t('budget.pendingNone');
  return t('budget.pendingSome', {
    count,
    amount: formatMoney(amountSatang, lang),
    date: oldestSubmittedAt ? formatThaiDate(oldestSubmittedAt, lang) : '—',
  });
}

function LineBlock({ line, posted }: { line: PanelLine; posted: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const money = (satang: number) => formatMoney(satang, lang);
  const { totals } = line;
  const short = !line.enough;
  // Enough now, but not once the other claims ahead of it are approved: worth a word to the approver, not a refusal.
  const shortWithPending = !posted && line.role === 'draw' && line.enough && line.afterSatang - line.pending.amountSatang < 0;
  const movements: { key: string; label: string; satang: number }[] = [
    { key: 'transferIn', label: t('budget.transferIn'), satang: totals.transferInSatang },
    { key: 'transferOut', label: t('budget.transferOut'), satang: totals.transferOutSatang },
    { key: 'centralIn', label: t('budget.centralIn'), satang: totals.centralInSatang },
    { key: 'centralOut', label: t('budget.centralOut'), satang: totals.centralOutSatang },
  ];
  return (
    <li className={short ? 'budget-line budget-line-short' : 'budget-line'} data-testid="budget-line" data-line-code={line.code}>
      <div className="budget-line-head">
        <p className="budget-line-name">
          <strong>{line.code}</strong> {line.item}
        </p>
        <p className="small muted budget-line-where">
          {line.plan} · {line.project}
          {line.unitCode ? ` · ${line.unitCode}` : ''}
        </p>
        <p className="budget-line-role" data-testid="budget-role">
          {t(line.role === 'draw' ? 'budget.roleDraw' : 'budget.roleReceive', { amount: money(line.amountSatang) })}
        </p>
      </div>
      <dl className="budget-figures">
        <Figure label={t('budget.appropriation')} value={money(totals.appropriationSatang)} testId="budget-appropriation" />
        <Figure label={t('budget.allotted')} value={money(totals.allottedSatang)} testId="budget-allotted" />
        {movements
          .filter((m) => m.satang !== 0)
          .map((m) => (
            <Figure key={m.key} label={m.label} value={money(m.satang)} testId={`budget-${m.key}`} />
          ))}
        <Figure label={t('budget.remaining')} value={money(totals.remainingSatang)} tone="total" testId="budget-remaining" />
        <Figure label={t('budget.pending')} value={pendingText(line, t, lang)} tone="wide" testId="budget-pending" />
        {posted ? null : (
          <Figure label={t('budget.after')} value={money(line.afterSatang)} tone={short ? 'short' : 'total'} testId="budget-after" />
        )}
      </dl>
      {short ? (
        <p className="budget-verdict budget-verdict-short" data-testid="budget-short">
          <span aria-hidden="true">⚠ </span>
          {t('budget.short', { amount: money(line.amountSatang - totals.remainingSatang) })}
        </p>
      ) : shortWithPending ? (
        <p className="budget-verdict budget-verdict-warn" data-testid="budget-short-pending">
          {t('budget.shortAfterPending', { amount: money(line.pending.amountSatang - line.afterSatang) })}
        </p>
      ) : null}
    </li>
  );
}

export function BudgetPanel({ requestId }: { requestId: string }) {
  const { t } = useTranslation();
  const budget = useRequestBudget(requestId);
  return (
    <section className="card budget-panel" aria-labelledby="budget-title" data-testid="budget-panel">
      <h2 id="budget-title">{t('budget.panelTitle')}</h2>
      {budget.isPending ? (
        <p className="muted" role="status">
          {t('budget.loading')}
        </p>
      ) : budget.isError ? (
        <ErrorNotice error={budget.error} onRetry={() => void budget.refetch()} />
      ) : (
        <>
          {!budget.data.checked ? (
            <p className="notice notice-warning budget-unchecked" data-testid="budget-unchecked">
              {t(budget.data.lines.length === 0 ? 'budget.notChecked' : 'budget.partlyChecked')}
            </p>
          ) : null}
          {budget.data.posted ? (
            <p className="notice notice-success" data-testid="budget-posted">
              {t('budget.posted')}
            </p>
          ) : null}
          {budget.data.lines.length > 0 ? (
            <ul className="budget-lines" aria-label={t('budget.linesLabel')}>
              {budget.data.lines.map((line) => (
                <LineBlock key={`${line.role}-${line.id}`} line={line} posted={budget.data.posted} />
              ))}
            </ul>
          ) : null}
        </>
      )}
    </section>
  );
}
