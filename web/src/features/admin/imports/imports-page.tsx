// Administration › Import: upload a CSV or XLSX of past requests, map its columns, see the dry run, then import
// every accepted row at once. The server keeps nothing between steps: each step sends the file again.
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ImportMapping, ImportPreview } from '@bmrts/shared';
import { usePreviewImport, useRunImport } from '../api/imports';
import { SavedNotice } from '../components/form-problem';
import { DryRunResult } from './dry-run-result';
import { ImportAllButton, ImportFileStep } from './import-steps';
import { MappingTable } from './mapping-table';

export function ImportsPage() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [mapping, setMapping] = useState<ImportMapping>({});
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [imported, setImported] = useState<number | null>(null);
  const check = usePreviewImport();
  const run = useRunImport();

  function read() {
    if (!file) return;
    setImported(null);
    check.mutate(
      { file },
      {
        onSuccess: (result) => {
          setPreview(result);
          setMapping(result.mapping);
        },
      },
    );
  }

  function recheck() {
    if (file) check.mutate({ file, mapping }, { onSuccess: setPreview });
  }

  function importAll() {
    if (file)
      run.mutate(
        { file, mapping },
        {
          onSuccess: (result) => {
            setImported(result.imported.length);
            setPreview(null);
            setFile(null);
          },
        },
      );
  }

  // The dry run shown is only good for the mapping it was made with.
  const current = preview !== null && JSON.stringify(preview.mapping) === JSON.stringify(mapping);
  const fieldNames = (preview?.missingFields ?? []).map((f) => t(`imports.fields.${f}`)).join(', ');

  return (
    <section aria-labelledby="admin-imports-title">
      <div className="page-head">
        <div>
          <h1 id="admin-imports-title">{t('admin.sections.imports')}</h1>
          <p className="muted">{t('imports.intro')}</p>
        </div>
      </div>
      {imported !== null ? (
        <>
          <SavedNotice text={t('imports.done', { n: imported })} />
          <p>
            <Link to="/requests">{t('nav.requests')}</Link>
          </p>
        </>
      ) : null}

      <ImportFileStep
        prefix="import"
        file={file}
        onFile={(chosen) => {
          setFile(chosen);
          setPreview(null);
        }}
        onRead={read}
        reading={check.isPending}
        error={check.error}
      />

      {preview ? (
        <section className="card" aria-labelledby="import-step-mapping">
          <h2 id="import-step-mapping">{t('imports.steps.mapping')}</h2>
          <p className="muted">{t('imports.mappingIntro')}</p>
          <p className="small" data-testid="import-mapping-source">
            {t(`imports.mappingSource.${preview.mappingSource}`)}
          </p>
          <MappingTable headers={preview.headers} mapping={mapping} onChange={setMapping} />
          <div className="button-row">
            <button type="button" className="button" onClick={recheck} disabled={check.isPending} data-testid="import-check">
              {check.isPending ? t('imports.checking') : t('imports.check')}
            </button>
          </div>
        </section>
      ) : null}

      {preview && current ? (
        <section className="card" aria-labelledby="import-step-dry-run">
          <h2 id="import-step-dry-run">{t('imports.steps.dryRun')}</h2>
          {preview.missingFields.length > 0 ? (
            <p className="notice notice-error" role="alert" data-testid="import-missing">
              {t('imports.missing', { fields: fieldNames })}
            </p>
          ) : (
            <DryRunResult preview={preview} />
          )}
          {preview.accepted.length > 0 ? (
            <ImportAllButton
              prefix="import"
              label={t('imports.import', { n: preview.accepted.length })}
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
