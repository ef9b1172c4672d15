// Step 3 of the import: what would be imported and, for each refused row, why.
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../lib/use-lang';
import { REQUEST_TYPE_NAMES, formatSatangNumber, type ImportPreview } from '@bmrts/shared';

export function DryRunResult({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <div data-testid="import-dry-run">
      <p aria-live="polite" data-testid="import-summary">
        {t('imports.summary', { accepted: preview.accepted.length, refused: preview.refused.length, total: preview.totalRows })}
      </p>
      {preview.refused.length > 0 ? (
        <>
          <h3>{t('imports.refused')}</h3>
          <table className="table" data-testid="import-refused">
            <thead>
              <tr>
                <th scope="col">{t('imports.row')}</th>
                <th scope="col">{t('imports.reasons')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.refused.map((r) => (
                <tr key={r.row} data-row={r.row}>
                  <td>{r.row}</td>
                  <td>{r.reasons.map((reason) => reason.message).join(' · ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
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
