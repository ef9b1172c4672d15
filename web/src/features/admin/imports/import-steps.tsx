// The steps every spreadsheet import of the administration shares (past requests, budget lines): choose a file and
// read it, the dry run's summary and its refused rows with their reasons, and the all-or-none import button. Each
// page passes its own words and test-id prefix; the server keeps nothing between steps, each sends the file again.
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FileInput } from '../../../lib/file-input';
import { FormProblem } from '../components/form-problem';

const SHEET_TYPES = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface FileStepProps {
  /** Prefix of the ids and test ids: 'import' (requests), 'line-import' (budget lines). */
  prefix: string;
  file: File | null;
  onFile(file: File | null): void;
  onRead(): void;
  reading: boolean;
  /** The last reading's failure (a mutation's `error`: null when none). */
  error: unknown;
  /** Shown under the file input, e.g. where a sample file is. */
  hint?: ReactNode;
}

/** Step 1: choose a CSV or XLSX and read it (the first dry run). */
export function ImportFileStep({ prefix, file, onFile, onRead, reading, error, hint }: FileStepProps) {
  const { t } = useTranslation();
  function submit(event: FormEvent) {
    event.preventDefault();
    if (file) onRead();
  }
  return (
    <form className="card" onSubmit={submit} aria-labelledby={`${prefix}-step-upload`}>
      <h2 id={`${prefix}-step-upload`}>{t('imports.steps.upload')}</h2>
      <div className="field">
        <label htmlFor={`${prefix}-file`}>{t('imports.file')}</label>
        <FileInput id={`${prefix}-file`} file={file} accept={SHEET_TYPES} testId={`${prefix}-file`} onChange={onFile} />
        {hint ? <p className="hint">{hint}</p> : null}
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={!file || reading} data-testid={`${prefix}-read`}>
          {reading ? t('imports.reading') : t('imports.read')}
        </button>
      </div>
      {error ? <FormProblem error={error} testId={`${prefix}-error`} /> : null}
    </form>
  );
}

/** "นำเข้าได้ … แถว ไม่ผ่าน … แถว" and, when any row is refused, each with its reasons in the reader's language. */
export function DryRunSummary({
  prefix,
  accepted,
  totalRows,
  refused,
}: {
  prefix: string;
  accepted: number;
  totalRows: number;
  refused: readonly { row: number; reasons: readonly string[] }[];
}) {
  const { t } = useTranslation();
  return (
    <>
      <p aria-live="polite" data-testid={`${prefix}-summary`}>
        {t('imports.summary', { accepted, refused: refused.length, total: totalRows })}
      </p>
      {refused.length > 0 ? (
        <>
          <h3>{t('imports.refused')}</h3>
          <div className="table-wrap">
            <table className="data-table" data-testid={`${prefix}-refused`}>
              <thead>
                <tr>
                  <th scope="col">{t('imports.row')}</th>
                  <th scope="col">{t('imports.reasons')}</th>
                </tr>
              </thead>
              <tbody>
                {refused.map((r) => (
                  <tr key={r.row} data-row={r.row}>
                    <td data-label={t('imports.row')}>{r.row}</td>
                    <td data-label={t('imports.reasons')}>{r.reasons.join(' · ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </>
  );
}

/** The last step: every accepted row at once, or none. */
export function ImportAllButton({
  prefix,
  label,
  importing,
  onImport,
  error,
}: {
  prefix: string;
  label: string;
  importing: boolean;
  onImport(): void;
  error: unknown;
}) {
  const { t } = useTranslation();
  return (
    <>
      <p className="muted small">{t('imports.allOrNone')}</p>
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={onImport} disabled={importing} data-testid={`${prefix}-run`}>
          {importing ? t('imports.importing') : label}
        </button>
      </div>
      {error ? <FormProblem error={error} testId={`${prefix}-run-error`} /> : null}
    </>
  );
}
