// Every budget unit as a checkbox, departments then district offices, with a filter and select-all/none.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../lib/use-lang';
import type { AdminUnit } from '../api/types';

interface Props {
  units: readonly AdminUnit[];
  selected: readonly string[];
  onChange: (codes: string[]) => void;
  legend: string;
  hint?: string;
  /** What an empty selection means, if it means something (an executive with none oversees every unit). */
  noneMeans?: string;
  testId?: string;
}

export function UnitChecklist({ units, selected, onChange, legend, hint, noneMeans, testId = 'unit-checklist' }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const filterId = useId();
  const [filter, setFilter] = useState('');
  const chosen = new Set(selected);
  const needle = filter.trim().toLowerCase();
  const visible = units.filter((u) => needle === '' || `${u.code} ${u.nameTh} ${u.nameEn}`.toLowerCase().includes(needle));
  const groups = [
    { key: 'departments', label: t('admin.checklist.departments'), units: visible.filter((u) => u.kind !== 'district') },
    { key: 'districts', label: t('admin.checklist.districts'), units: visible.filter((u) => u.kind === 'district') },
  ];

  function toggle(code: string, on: boolean) {
    const next = new Set(chosen);
    if (on) next.add(code);
    else next.delete(code);
    onChange(units.map((u) => u.code).filter((c) => next.has(c)));
  }

  return (
    <fieldset className="fieldset unit-checklist" data-testid={testId}>
      <legend>{legend}</legend>
      {hint ? <p className="hint">{hint}</p> : null}
      <div className="checklist-tools">
        <label className="visually-hidden" htmlFor={filterId}>
          {t('admin.checklist.filter')}
        </label>
        <input
          id={filterId}
          type="search"
          placeholder={t('admin.checklist.filter')}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        <button
          type="button"
          className="button button-small"
          onClick={() => onChange(units.map((u) => u.code))}
          data-testid={`${testId}-all`}
        >
          {t('admin.checklist.selectAll')}
        </button>
        <button type="button" className="button button-small" onClick={() => onChange([])} data-testid={`${testId}-none`}>
          {t('admin.checklist.clear')}
        </button>
      </div>
      <p className="small muted" aria-live="polite" data-testid={`${testId}-count`}>
        {t('admin.checklist.selected', { n: chosen.size, total: units.length })}
        {chosen.size === 0 && noneMeans ? <strong> — {noneMeans}</strong> : null}
      </p>
      {groups.map((group) =>
        group.units.length === 0 ? null : (
          <div key={group.key} className="checklist-group">
            <h3 className="checklist-group-title">{group.label}</h3>
            <div className="check-grid checklist-grid">
              {group.units.map((unit) => (
                <label key={unit.code} className="check">
                  <input
                    type="checkbox"
                    checked={chosen.has(unit.code)}
                    onChange={(e) => toggle(unit.code, e.target.checked)}
                    data-testid={`unit-check-${unit.code}`}
                  />
                  <span>
                    <span className="mono small muted">{unit.code}</span> {lang === 'th' ? unit.nameTh : unit.nameEn}
                    {unit.active ? null : <span className="badge badge-withdrawn"> {t('admin.inactive')}</span>}
                  </span>
                </label>
              ))}
            </div>
          </div>
        ),
      )}
    </fieldset>
  );
}
