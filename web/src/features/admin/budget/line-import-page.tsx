// Administration › Import budget lines (issue 16): a CSV or XLSX of the ordinance's lines, the dry run with a reason for
// every refused row, then every accepted line at once with its opening appropriation, or none. The steps are the
// request import's (imports/import-steps.tsx); the columns are fixed (BUDGET_LINE_COLUMNS), so there is no mapping.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUDGET_LINE_COLUMNS, formatSatangNumber, type BudgetLineImportPreview } from '@bmrts/shared';
import { usePreviewLineImport, useRunLineImport } from '../api/budget';
import { SavedNotice } from '../components/form-problem';
import { DryRunSummary, ImportAllButton, ImportFileStep } from '../imports/import-steps';

const PREFIX = 'line-import';

export function LineImportPage() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<BudgetLineImportPreview | null>(null);
  const [imported, setImported] = useState<number | null>(null);
  const check = usePreviewLineImport();
  const run = useRunLineImport();

  function read() {
    if (!file) return;
    setImported(null);
    check.mutate(file, { onSuccess: setPreview });
  }

  function importAll() {
    if (!file) return;
    run.mutate(file, {
      onSuccess: (result) => {
        setImported(result.imported);
        setPreview(null);
        setFile(null);
      },
    });
  }

  return (
    <section aria-labelledby="admin-line-import-title">
      <div className="page-head">
        <div>
          <h1 id="admin-line-import-title">{t('admin.sections.budget-import')}</h1>
          <p className="muted">{t('lineImport.intro')}</p>
        </div>
      </div>
      {imported !== null ? <SavedNotice text={t('lineImport.done', { n: imported })} testId={`${PREFIX}-done`} /> : null}

      <ImportFileStep
        prefix={PREFIX}
        file={file}
        onFile={(chosen) => {
          setFile(chosen);
          setPreview(null);
        }}
        onRead={read}
        reading={check.isPending}
        error={check.error}
        hint={t('lineImport.columns', { columns: Object.values(BUDGET_LINE_COLUMNS).join(', ') })}
      />

      {preview ? (
        <section className="card" aria-labelledby={`${PREFIX}-step-dry-run`} data-testid={`${PREFIX}-dry-run`}>
          <h2 id={`${PREFIX}-step-dry-run`}>{t('lineImport.dryRunStep')}</h2>
          {preview.missingColumns.length > 0 ? (
            <p className="notice notice-error" role="alert" data-testid={`${PREFIX}-missing`}>
              {t('lineImport.missing', { columns: preview.missingColumns.join(', ') })}
            </p>
          ) : (
            <>
              <DryRunSummary prefix={PREFIX} accepted={preview.accepted.length} totalRows={preview.totalRows} refused={preview.refused} />
              <AcceptedLines preview={preview} />
            </>
          )}
          {preview.accepted.length > 0 ? (
            <ImportAllButton
              prefix={PREFIX}
              label={t('lineImport.import', { n: preview.accepted.length })}
              importing={run.isPending}
              onImport={importAll}
              error={run.error}
            />
          ) : null}
        </section>
      ) : null}
    </section>
  );
}

function AcceptedLines({ preview }: { preview: BudgetLineImportPreview }) {
  const { t } = useTranslation();
  if (preview.accepted.length === 0) return null;
  return (
    <>
      <h3>{t('lineImport.accepted')}</h3>
      <div className="table-wrap">
        <table className="data-table" data-testid={`${PREFIX}-accepted`}>
          <thead>
            <tr>
              <th scope="col">{t('imports.row')}</th>
              <th scope="col">{t('lineImport.fiscalYear')}</th>
              <th scope="col">{t('lineImport.unit')}</th>
              <th scope="col">{t('lineImport.code')}</th>
              <th scope="col">{t('lineImport.item')}</th>
              <th scope="col" className="num">
                {t('lineImport.amount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {preview.accepted.map((r) => (
              <tr key={r.row} data-row={r.row}>
                <td data-label={t('imports.row')}>{r.row}</td>
                <td data-label={t('lineImport.fiscalYear')}>{r.fiscalYear}</td>
                <td data-label={t('lineImport.unit')}>{r.kind === 'central' ? t('lineImport.central') : r.unitCode}</td>
                <td data-label={t('lineImport.code')} className="mono">
                  {r.code}
                </td>
                <td data-label={t('lineImport.item')}>{r.item}</td>
                <td data-label={t('lineImport.amount')} className="num">
                  {formatSatangNumber(r.appropriationSatang)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
