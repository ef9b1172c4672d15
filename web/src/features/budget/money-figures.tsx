// The figures of one line, or of all the lines a report shows, in the order a budget office reads them: what the
// ordinance gave, what has moved, what is left, and what waits. One <dl> of Figures (lib/budget-figures.tsx).
import { useTranslation } from 'react-i18next';
import { formatMoney, type LineTotals } from '@bmrts/shared';
import { Figure } from '../../lib/budget-figures';
import { useLang } from '../../lib/use-lang';

interface Props {
  totals: LineTotals & { remainingSatang: number };
  /** The pending claims in words (how many, how much, perhaps since when). */
  pending: string;
  label: string;
  /** data-testid of the list; each figure's is `${figurePrefix}-${key}`. */
  testId: string;
  figurePrefix: string;
}

export function MoneyFigures({ totals, pending, label, testId, figurePrefix }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const money = (satang: number) => formatMoney(satang, lang);
  const figures = [
    { key: 'appropriation', label: t('budget.appropriation'), value: money(totals.appropriationSatang) },
    { key: 'allotted', label: t('budget.allotted'), value: money(totals.allottedSatang) },
    { key: 'transferIn', label: t('budget.transferIn'), value: money(totals.transferInSatang) },
    { key: 'transferOut', label: t('budget.transferOut'), value: money(totals.transferOutSatang) },
    { key: 'centralIn', label: t('budget.centralIn'), value: money(totals.centralInSatang) },
    { key: 'centralOut', label: t('budget.centralOut'), value: money(totals.centralOutSatang) },
    { key: 'remaining', label: t('budget.remaining'), value: money(totals.remainingSatang), tone: 'total' as const },
    { key: 'pending', label: t('budgetReport.pendingLabel'), value: pending, tone: 'wide' as const },
  ];
  return (
    <dl className="budget-figures budget-report-totals" aria-label={label} data-testid={testId}>
      {figures.map((f) => (
        <Figure key={f.key} label={f.label} value={f.value} tone={f.tone} testId={`${figurePrefix}-${f.key}`} />
      ))}
    </dl>
  );
}
