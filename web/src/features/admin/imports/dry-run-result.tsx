// Step 3 of the import: what would be imported and, for each refused row, why.
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../lib/use-lang';
import { REQUEST_TYPE_NAMES, formatSatangNumber, type ImportPreview } from '@bmrts/shared';
import { DryRunSummary } from './import-steps';

export function DryRunResult({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <div data-testid="import-dry-run">
      <DryRunSummary
        prefix="import"
        accepted={preview.accepted.length}
        totalRows={preview.totalRows}
        refused={preview.refused.map((r) => ({ row: r.row, reasons: r.reasons.map((reason) => reason.message) }))}
      />
      {preview.accepted.length > 0 ? (
        <>
          <h3>{t('imports.accepted')}</h3>
          <table className="table" data-testid="import-accepted">
            <thead>
              <tr>
                <th scope="col">{t('imports.row')}</th>
                <th scope="col">{t('imports.trackingNo')}</th>
                <th scope="col">{t('request.unit')}</th>
                <th scope="col">{t('request.type')}</th>
                <th scope="col">{t('imports.fields.title')}</th>
                <th scope="col" className="num">
                  {t('imports.fields.amount')}
                </th>
                <th scope="col">{t('request.status')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.accepted.map((r) => (
                <tr key={r.row}>
                  <td>{r.row}</td>
                  <td>{r.trackingNo ?? <span className="muted">{t('imports.newNumber')}</span>}</td>
                  <td>{r.unitCode}</td>
                  <td className="small">{REQUEST_TYPE_NAMES[r.type][lang]}</td>
                  <td>{r.title}</td>
                  <td className="num">{formatSatangNumber(r.amountSatang)}</td>
                  <td>
                    {t(`status.${r.status}`)}
                    {r.status === 'in_review' ? ` (${r.level})` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </div>
  );
}
