// Administration › Budget units: every unit including deactivated ones; add, rename, deactivate or reactivate.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice, Loading } from '../../../lib/query-state';
import { useLang } from '../../../lib/use-lang';
import { useAdminUnits, useUpdateUnit } from '../api/units';
import { FormProblem, SavedNotice } from '../components/form-problem';
import { UnitForm } from './unit-form';

export function UnitsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const units = useAdminUnits();
  const toggle = useUpdateUnit();
  /** 'new', a unit code being renamed, or nothing open. */
  const [form, setForm] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [showInactive, setShowInactive] = useState(true);
  const items = units.data?.items ?? [];
  const editing = form !== null && form !== 'new' ? (items.find((u) => u.code === form) ?? null) : null;
  const shown = showInactive ? items : items.filter((u) => u.active);

  function done(text: string) {
    setForm(null);
    setMessage(text);
  }

  return (
    <section aria-labelledby="admin-units-title">
      <div className="page-head">
        <div>
          <h1 id="admin-units-title">{t('admin.sections.units')}</h1>
          <p className="muted">{t('admin.units.intro')}</p>
        </div>
        <div className="page-head-actions">
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              setForm('new');
              setMessage(null);
            }}
            data-testid="create-unit"
          >
            {t('admin.units.create')}
          </button>
        </div>
      </div>
      {message ? <SavedNotice text={message} /> : null}
      {toggle.isError ? <FormProblem error={toggle.error} /> : null}
      {form === 'new' ? <UnitForm unit={null} onDone={done} onCancel={() => setForm(null)} /> : null}
      {editing ? <UnitForm key={editing.code} unit={editing} onDone={done} onCancel={() => setForm(null)} /> : null}
      <label className="check">
        <input
          type="checkbox"
          checked={showInactive}
          onChange={(e) => setShowInactive(e.target.checked)}
          data-testid="units-show-inactive"
        />
        <span>{t('admin.units.showInactive')}</span>
      </label>
      {units.isPending ? <Loading /> : null}
      {units.isError ? <ErrorNotice error={units.error} onRetry={() => void units.refetch()} /> : null}
      {units.data ? (
        <div className="table-wrap">
          <table className="data-table" data-testid="units-table">
            <caption className="visually-hidden">{t('admin.units.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.units.code')}</th>
                <th scope="col">{t('admin.units.nameTh')}</th>
                <th scope="col">{t('admin.units.nameEn')}</th>
                <th scope="col">{t('admin.units.group')}</th>
                <th scope="col">{t('admin.units.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('admin.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((unit) => (
                <tr key={unit.code} data-testid="unit-row" data-code={unit.code} className={unit.active ? undefined : 'row-inactive'}>
                  <td data-label={t('admin.units.code')} className="mono">
                    {unit.code}
                  </td>
                  <td data-label={t('admin.units.nameTh')} lang="th">
                    {unit.nameTh}
                  </td>
                  <td data-label={t('admin.units.nameEn')} lang="en" className="small">
                    {unit.nameEn}
                  </td>
                  <td data-label={t('admin.units.group')} className="small">
                    {unit.kind === 'district' ? t('admin.units.kindDistrict') : t('admin.units.kindDepartment')}
                    {(lang === 'th' ? unit.groupTh : unit.groupEn) ? ` · ${lang === 'th' ? unit.groupTh : unit.groupEn}` : ''}
                  </td>
                  <td data-label={t('admin.units.status')}>
                    <span className={unit.active ? 'badge badge-approved' : 'badge badge-withdrawn'}>
                      {unit.active ? t('admin.active') : t('admin.inactive')}
                    </span>
                  </td>
                  <td data-label={t('admin.actions')}>
                    <span className="row-actions">
                      <button
                        type="button"
                        className="button button-small"
                        data-testid={`rename-unit-${unit.code}`}
                        aria-label={t('admin.units.renameOf', { code: unit.code })}
                        onClick={() => {
                          setForm(unit.code);
                          setMessage(null);
                          window.scrollTo({ top: 0, behavior: 'smooth' });
                        }}
                      >
                        {t('admin.edit')}
                      </button>
                      <button
                        type="button"
                        className={unit.active ? 'button button-small button-danger-outline' : 'button button-small'}
                        data-testid={`toggle-unit-${unit.code}`}
                        disabled={toggle.isPending}
                        onClick={() =>
                          toggle.mutate(
                            { code: unit.code, body: { active: !unit.active } },
                            {
                              onSuccess: () => setMessage(t('admin.units.updated')),
                            },
                          )
                        }
                      >
                        {unit.active ? t('admin.deactivate') : t('admin.reactivate')}
                      </button>
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
