// XLSX and CSV downloads of one of the dashboard's tables, with the figures of the fiscal year shown.
import { useTranslation } from 'react-i18next';
import type { ExportFormat, OverviewTable } from '@bmrts/shared';
import { DownloadLinks } from '../../lib/download-links';

export const overviewExportHref = (table: OverviewTable, fiscalYear: number, format: ExportFormat) =>
  `/api/overview/export?${new URLSearchParams({ table, format, fiscalYear: String(fiscalYear) }).toString()}`;

export function TableExportLinks({ table, fiscalYear }: { table: OverviewTable; fiscalYear: number }) {
  const { t } = useTranslation();
  return (
    <DownloadLinks
      label={t('overview.exportTable')}
      href={(format) => overviewExportHref(table, fiscalYear, format)}
      testId={`export-overview-${table}`}
    />
  );
}
