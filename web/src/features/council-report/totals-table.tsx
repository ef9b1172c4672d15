// Totals of one part of the Council report by central-fund item or by request type: count, amount and amount by outcome.
import { useTranslation } from 'react-i18next';
import { formatSatangNumber, type CouncilReportTotals } from '@bmrts/shared';
import { useDigits } from './digits';

interface TotalsLine {
  key: string;
  label: string;
  totals: CouncilReportTotals;
}

type OutcomeColumn = 'approved' | 'rejected' | 'awaiting' | 'withdrawn';
const SATANG_OF: Record<OutcomeColumn, keyof CouncilReportTotals> = {
  approved: 'approvedSatang',
  rejected: 'rejectedSatang',
  awaiting: 'awaitingSatang',
  withdrawn: 'withdrawnSatang',
};

export function TotalsTable({
  lines,
  total,
  outcomes,
  caption,
  groupHeader,
  testId,
}: {
  lines: readonly TotalsLine[];
  total: CouncilReportTotals;
  outcomes: readonly OutcomeColumn[];
  caption: string;
  groupHeader: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const d = useDigits();
  const cells = (totals: CouncilReportTotals) => (
    <>
      <td className="num" data-label={t('councilReport.col.count')}>
        {d(String(totals.count))}
      </td>
      <td className="num" data-label={t('councilReport.col.amount')}>
        {d(formatSatangNumber(totals.amountSatang))}
      </td>
      {outcomes.map((o) => (
        <td key={o} className="num" data-label={t(`councilReport.col.${o}`)}>
          {d(formatSatangNumber(totals[SATANG_OF[o]]))}
        </td>
      ))}
    </>
  );
  return (
    <table className="data-table print-table council-totals" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{groupHeader}</th>
          <th scope="col" className="num">
            {t('councilReport.col.count')}
          </th>
          <th scope="col" className="num">
            {t('councilReport.col.amount')}
          </th>
          {outcomes.map((o) => (
            <th key={o} scope="col" className="num">
              {t(`councilReport.col.${o}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.key}>
            <th scope="row">{line.label}</th>
            {cells(line.totals)}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('councilReport.total')}</th>
          {cells(total)}
        </tr>
      </tfoot>
    </table>
  );
}
