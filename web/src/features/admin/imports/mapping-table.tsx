// Step 2 of the import: each of our fields beside a choice of the sheet's columns.
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS, type ImportField, type ImportMapping } from '@bmrts/shared';

interface Props {
  headers: readonly string[];
  mapping: ImportMapping;
  onChange(mapping: ImportMapping): void;
}

export function MappingTable({ headers, mapping, onChange }: Props) {
  const { t } = useTranslation();
  function choose(field: ImportField, header: string) {
    const next = { ...mapping };
    if (header === '') delete next[field];
    else next[field] = header;
    onChange(next);
  }
  return (
    <table className="table" data-testid="import-mapping">
      <thead>
        <tr>
          <th scope="col">{t('imports.field')}</th>
          <th scope="col">{t('imports.column')}</th>
        </tr>
      </thead>
      <tbody>
        {IMPORT_FIELDS.map((field) => (
          <tr key={field}>
            <th scope="row">
              <label htmlFor={`map-${field}`}>{t(`imports.fields.${field}`)}</label>
              {REQUIRED_IMPORT_FIELDS.includes(field) ? <span className="muted small"> ({t('imports.required')})</span> : null}
            </th>
            <td>
              <select
                id={`map-${field}`}
                data-testid={`map-${field}`}
                value={mapping[field] ?? ''}
                onChange={(e) => choose(field, e.target.value)}
              >
                <option value="">{t('imports.notMapped')}</option>
                {headers.map((h) => (
                  <option key={h} value={h}>
                    {h}
                  </option>
                ))}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
