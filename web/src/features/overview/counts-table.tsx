// Requests by type (rows) and status (columns), with totals.
import { useTranslation } from 'react-i18next';
import { REQUEST_STATUSES, REQUEST_TYPE_NAMES, REQUEST_TYPES } from '@bmrts/shared';
import type { OverviewResponse } from '@bmrts/shared';
import { useLang } from '../../lib/use-lang';

export function CountsTable({ counts }: { counts: OverviewResponse['counts'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const countOf = (type: string, status: string) => counts.find((c) => c.type === type && c.status === status)?.count ?? 0;
  const typeTotal = (type: string) => counts.filter((c) => c.type === type).reduce((s, c) => s + c.count, 0);
  const statusTotal = (status: string) => counts.filter((c) => c.status === status).reduce((s, c) => s + c.count, 0);
  const total = counts.reduce((s, c) => s + c.count, 0);
  return (
    <section className="card" aria-labelledby="counts-title">
      <h2 id="counts-title">{t('overview.byTypeStatus')}</h2>
      <div className="table-wrap">
        <table className="data-table counts-table" aria-labelledby="counts-title" data-testid="overview-counts">
          <thead>
            <tr>
              <th scope="col">{t('overview.type')}</th>
              {REQUEST_STATUSES.map((status) => <th key={status} scope="col" className="num">{t(`status.${status}`)}</th>)}
              <th scope="col" className="num">{t('overview.total')}</th>
            </tr>
          </thead>
          <tbody>
            {REQUEST_TYPES.map((type) => (
              <tr key={type}>
                <th scope="row">{REQUEST_TYPE_NAMES[type][lang]}</th>
                {REQUEST_STATUSES.map((status) => (
                  <td key={status} className="num" data-label={t(`status.${status}`)}>{countOf(type, status)}</td>
                ))}
                <td className="num" data-label={t('overview.total')}><strong>{typeTotal(type)}</strong></td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('overview.total')}</th>
              {REQUEST_STATUSES.map((status) => <td key={status} className="num" data-label={t(`status.${status}`)}>{statusTotal(status)}</td>)}
              <td className="num" data-label={t('overview.total')}><strong>{total}</strong></td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
