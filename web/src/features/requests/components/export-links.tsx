// Download links for a filtered request list and for one request's history: plain same-origin links, so the session
// cookie goes with them and the browser saves the file under the Thai name the server gives it.
import { useTranslation } from 'react-i18next';
import type { ExportFormat } from '@bmrts/shared';
import { FILTER_KEYS, type ListFilters } from '../list-filters';

const FORMATS: readonly ExportFormat[] = ['xlsx', 'csv'];

export function listExportHref(filters: ListFilters, format: ExportFormat): string {
  const query = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value !== undefined) query.set(key, String(value));
  }
  query.set('format', format);
  return `/api/requests/export?${query.toString()}`;
}

export const historyExportHref = (requestId: string, format: ExportFormat) => `/api/requests/${encodeURIComponent(requestId)}/history/export?format=${format}`;

function Links({ label, href, testId }: { label: string; href: (format: ExportFormat) => string; testId: string }) {
  const { t } = useTranslation();
  return (
    <div className="button-row export-links" role="group" aria-label={label}>
      <span className="muted small">{label}</span>
      {FORMATS.map((format) => (
        <a key={format} className="button button-small" href={href(format)} download data-testid={`${testId}-${format}`}>
          {t(`exports.${format}`)}
        </a>
      ))}
    </div>
  );
}

export function ListExportLinks({ filters }: { filters: ListFilters }) {
  const { t } = useTranslation();
  return <Links label={t('exports.list')} href={(format) => listExportHref(filters, format)} testId="export-list" />;
}

export function HistoryExportLinks({ requestId }: { requestId: string }) {
  const { t } = useTranslation();
  return <Links label={t('exports.history')} href={(format) => historyExportHref(requestId, format)} testId="export-history" />;
}
