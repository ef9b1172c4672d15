// Administration › Audit log: every administrative change, newest first, a page at a time, with what changed.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatThaiDateTime } from '@bmrts/shared';
import { ErrorNotice, Loading } from '../../../lib/query-state';
import { useLang } from '../../../lib/use-lang';
import { useAuditLog } from '../api/audit';
import type { AuditFilters } from '../api/audit';
import type { AuditEntry } from '../api/types';
import { fieldChanges } from './field-diff';

const ENTITY_TYPES = ['user', 'budget_unit', 'routing_rules', 'public_holiday', 'acting_appointment'] as const;
const isEntityType = (v: string): v is (typeof ENTITY_TYPES)[number] => (ENTITY_TYPES as readonly string[]).includes(v);

function Changes({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const lang = useLang();
  const changes = fieldChanges(entry.before, entry.after, (iso) => formatThaiDateTime(iso, lang));
  return (
    <div className="audit-changes">
      {entry.before == null ? <span className="badge badge-approved">{t('admin.audit.created')}</span> : null}
      {entry.after == null ? <span className="badge badge-rejected">{t('admin.audit.removed')}</span> : null}
      {changes.length === 0 ? (
        <span className="muted">{t('admin.audit.noChanges')}</span>
      ) : (
        <ul className="diff-list">
          {changes.map((c) => (
            <li key={c.field || 'value'}>
              {c.field ? <span className="diff-field">{c.field}</span> : null}
              {c.before !== null ? <del className="diff-before">{c.before}</del> : null}
              {c.before !== null && c.after !== null ? <span aria-hidden="true"> → </span> : null}
              {c.after !== null ? <ins className="diff-after">{c.after}</ins> : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function AuditPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const [filters, setFilters] = useState<AuditFilters>({});
  const [entityType, setEntityType] = useState('');
  const [entityId, setEntityId] = useState('');
  const audit = useAuditLog(filters);
  const entries = audit.data?.pages.flatMap((p) => p.items) ?? [];

  function onFilter(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFilters({ entityType: entityType.trim() || undefined, entityId: entityId.trim() || undefined });
  }

  return (
    <section aria-labelledby="admin-audit-title">
      <div className="page-head">
        <div>
          <h1 id="admin-audit-title">{t('admin.sections.audit')}</h1>
          <p className="muted">{t('admin.audit.intro')}</p>
        </div>
      </div>
      <form className="card filters" role="search" onSubmit={onFilter} data-testid="audit-filters">
        <div className="filters-grid">
          <div className="field">
            <label htmlFor="audit-entity-type">{t('admin.audit.entityType')}</label>
            <select
              id="audit-entity-type"
              data-testid="audit-entity-type"
              value={entityType}
              onChange={(e) => setEntityType(e.target.value)}
            >
              <option value="">{t('admin.any')}</option>
              {ENTITY_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`admin.audit.entityTypes.${type}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="audit-entity-id">{t('admin.audit.entityId')}</label>
            <input id="audit-entity-id" data-testid="audit-entity-id" value={entityId} onChange={(e) => setEntityId(e.target.value)} />
          </div>
        </div>
        <div className="button-row">
          <button type="submit" className="button button-primary" data-testid="audit-filter-apply">
            {t('admin.audit.filter')}
          </button>
        </div>
      </form>
      {audit.isPending ? <Loading /> : null}
      {audit.isError ? <ErrorNotice error={audit.error} onRetry={() => void audit.refetch()} /> : null}
      {audit.isSuccess && entries.length === 0 ? <p className="empty">{t('admin.audit.empty')}</p> : null}
      {entries.length > 0 ? (
        <>
          <div className="table-wrap">
            <table className="data-table" data-testid="audit-table">
              <caption className="visually-hidden">{t('admin.audit.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">
                    {t('admin.audit.seq')}
                  </th>
                  <th scope="col">{t('admin.audit.at')}</th>
                  <th scope="col">{t('admin.audit.actor')}</th>
                  <th scope="col">{t('admin.audit.action')}</th>
                  <th scope="col">{t('admin.audit.entity')}</th>
                  <th scope="col">{t('admin.audit.changes')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <tr key={entry.seq} data-testid="audit-row">
                    <td data-label={t('admin.audit.seq')} className="num">
                      {entry.seq}
                    </td>
                    <td data-label={t('admin.audit.at')} className="small">
                      <time dateTime={entry.at}>{formatThaiDateTime(entry.at, lang)}</time>
                    </td>
                    <td data-label={t('admin.audit.actor')}>{entry.actor.displayName}</td>
                    <td data-label={t('admin.audit.action')} className="mono small">
                      {entry.action}
                    </td>
                    <td data-label={t('admin.audit.entity')} className="small">
                      <span>
                        {isEntityType(entry.entityType) ? t(`admin.audit.entityTypes.${entry.entityType}`) : entry.entityType}{' '}
                        <span className="mono muted entity-id">{entry.entityId}</span>
                      </span>
                    </td>
                    <td data-label={t('admin.audit.changes')} className="small">
                      <Changes entry={entry} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="button-row center">
            <span className="small muted">{t('admin.shown', { n: entries.length })}</span>
            {audit.hasNextPage ? (
              <button
                type="button"
                className="button"
                onClick={() => void audit.fetchNextPage()}
                disabled={audit.isFetchingNextPage}
                data-testid="audit-load-more"
              >
                {audit.isFetchingNextPage ? t('list.loadingMore') : t('admin.loadMore')}
              </button>
            ) : null}
          </div>
        </>
      ) : null}
    </section>
  );
}
