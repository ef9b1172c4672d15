// A transfer's lines, from item → to item with each amount and the total.
import { useTranslation } from 'react-i18next';
import { formatSatangNumber } from '@bmrts/shared';
import type { TransferLine } from '@bmrts/shared';

export function TransferLinesTable({ lines }: { lines: readonly TransferLine[] }) {
  const { t } = useTranslation();
  const total = lines.reduce((sum, line) => sum + line.amountSatang, 0);
  return (
    <>
      <h3 id="transfer-lines-title">{t('transferLines.title')}</h3>
      <div className="table-wrap">
        <table className="data-table" aria-labelledby="transfer-lines-title" data-testid="transfer-lines-table">
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('transferLines.no')}
              </th>
              <th scope="col">{t('transferLines.from')}</th>
              <th scope="col">{t('transferLines.to')}</th>
              <th scope="col" className="num">
                {t('transferLines.amount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line, index) => (
              <tr key={index}>
                <td className="num" data-label={t('transferLines.no')}>
                  {index + 1}
                </td>
                <td data-label={t('transferLines.from')}>{line.fromItem}</td>
                <td data-label={t('transferLines.to')}>{line.toItem}</td>
                <td className="num" data-label={t('transferLines.amount')}>
                  {formatSatangNumber(line.amountSatang)}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                {t('transferLines.total')}
              </th>
              <td className="num" data-label={t('transferLines.total')}>
                <strong>{formatSatangNumber(total)}</strong>
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}
