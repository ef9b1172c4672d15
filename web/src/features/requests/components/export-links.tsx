// Downloads of a filtered request list (its current filters) and of one request's history.
import { useTranslation } from 'react-i18next';
import type { ExportFormat } from '@bmrts/shared';
import { DownloadLinks } from '../../../lib/download-links';
import { FILTER_KEYS, type ListFilters } from '../list-filters';

export function listExportHref(filters: ListFilters, format: ExportFormat): string {
  const query = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value !== undefined) query.set(key, String(value));
  }
  query.set('format', format);
  return `/api/requests/export?${query.toString()}`;
}

export const historyExportHref = (requestId: string, format: ExportFormat) =>
  `/api/requests/${encodeURIComponent(requestId)}/history/export?format=${format}`;

export function ListExportLinks({ filters }: { filters: ListFilters }) {
  const { t } = useTranslation();
  return <DownloadLinks label={t('exports.list')} href={(format) => listExportHref(filters, format)} testId="export-list" />;
}

export function HistoryExportLinks({ requestId }: { requestId: string }) {
  const { t } = useTranslation();
  return <DownloadLinks label={t('exports.history')} href={(format) => historyExportHref(requestId, format)} testId="export-history" />;
}
