// Filters of the user list: words of the name, budget unit, level, active or not.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LEVELS } from '@bmrts/shared';
import { useLang } from '../../../lib/use-lang';
import type { AdminUnit, UserListQuery } from '../api/types';

const asActive = (value: string): UserListQuery['active'] => (value === 'true' || value === 'false' ? value : undefined);

interface Props {
  value: UserListQuery;
  units: readonly AdminUnit[];
  onApply: (next: UserListQuery) => void;
}

export function UserFilters({ value, units, onApply }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [q, setQ] = useState(value.q ?? '');
  const [level, setLevel] = useState(value.level ?? '');
  const [unit, setUnit] = useState(value.unit ?? '');
  const [active, setActive] = useState<string>(value.active ?? '');

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply({ q: q.trim() || undefined, unit: unit || undefined, level: level || undefined, active: asActive(active) });
  }

  return (
    <form className="card filters" role="search" onSubmit={onSubmit} data-testid="user-filters">
      <div className="filters-grid">
        <div className="field">
          <label htmlFor="user-q">{t('admin.users.search')}</label>
          <input
            id="user-q"
            type="search"
            data-testid="user-filter-q"
            placeholder={t('admin.users.searchPlaceholder')}
            value={q}
            onChange={(e) => setQ(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="user-unit">{t('adminUsers.unit')}</label>
          <select id="user-unit" data-testid="user-filter-unit" value={unit} onChange={(e) => setUnit(e.target.value)}>
            <option value="">{t('adminUsers.anyUnit')}</option>
            {units.map((u) => (
              <option key={u.code} value={u.code}>
                {u.code} {lang === 'th' ? u.nameTh : u.nameEn}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="user-level">{t('admin.users.level')}</label>
          <select id="user-level" data-testid="user-filter-level" value={level} onChange={(e) => setLevel(e.target.value)}>
            <option value="">{t('admin.any')}</option>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="user-active">{t('admin.users.status')}</label>
          <select id="user-active" data-testid="user-filter-active" value={active} onChange={(e) => setActive(e.target.value)}>
            <option value="">{t('admin.any')}</option>
            <option value="true">{t('admin.active')}</option>
            <option value="false">{t('admin.inactive')}</option>
          </select>
        </div>
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary" data-testid="user-filter-apply">
          {t('admin.users.apply')}
        </button>
      </div>
    </form>
  );
}
