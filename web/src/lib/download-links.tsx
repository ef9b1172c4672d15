// XLSX and CSV download links for an export: plain same-origin links, so the session cookie goes with them and the
// browser saves the file under the Thai name the server gives it.
import { useTranslation } from 'react-i18next';
import type { ExportFormat } from '@bmrts/shared';

const FORMATS: readonly ExportFormat[] = ['xlsx', 'csv'];

export function DownloadLinks({ label, href, testId }: { label: string; href: (format: ExportFormat) => string; testId: string }) {
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
