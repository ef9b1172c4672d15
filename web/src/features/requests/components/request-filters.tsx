// The filter form of the request list; applying it rewrites the URL query string.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  LEVELS,
  LEVEL_TITLES,
  LIST_SEARCH_MAX,
  REQUEST_STATUSES,
  REQUEST_TYPE_NAMES,
  REQUEST_TYPES,
  fiscalYearOf,
  storedText,
} from '@bmrts/shared';
import { LengthCounter } from '../../../lib/field';
import { ThaiDateInput } from '../../../lib/thai-date-input';
import { useLang } from '../../../lib/use-lang';
import { useUnits } from '../../../lib/units';
import { FILTER_KEYS } from '../list-filters';
import type { FilterKey, ListFilters } from '../list-filters';

type Draft = Record<FilterKey, string>;

function draftOf(filters: ListFilters): Draft {
  const draft = {} as Draft;
  for (const key of FILTER_KEYS) draft[key] = filters[key] === undefined ? '' : String(filters[key]);
  return draft;
}

interface Props {
  filters: ListFilters;
  onApply: (values: Draft) => void;
}

export function RequestFilters({ filters, onApply }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const units = useUnits();
  const [draft, setDraft] = useState<Draft>(() => draftOf(filters));
  const [rangeError, setRangeError] = useState(false);
  const set = (key: FilterKey) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: event.target.value }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reversed = draft.createdFrom !== '' && draft.createdTo !== '' && draft.createdFrom > draft.createdTo;
    setRangeError(reversed);
    if (!reversed) onApply(draft);
  }
  function onClear() {
    const empty = draftOf({});
    setDraft(empty);
    onApply(empty);
  }

  return (
    <form className="filters card" onSubmit={onSubmit} aria-label={t('list.filters')} data-testid="request-filters">
      <div className="filters-grid">
        <div className="field">
          <label htmlFor="filter-q">{t('list.q')}</label>
          <input id="filter-q" type="search" value={draft.q} onChange={set('q')} placeholder={t('list.qPlaceholder')} />
          {/* A search box counts only once it is over the limit: never cut, and said before the search is refused. */}
          {storedText(draft.q).length > LIST_SEARCH_MAX ? <LengthCounter id="filter-q" text={draft.q} max={LIST_SEARCH_MAX} /> : null}
        </div>
        <div className="field">
          <label htmlFor="filter-type">{t('list.type')}</label>
          <select id="filter-type" value={draft.type} onChange={set('type')}>
            <option value="">{t('list.any')}</option>
            {REQUEST_TYPES.map((type) => (
              <option key={type} value={type}>
                {REQUEST_TYPE_NAMES[type][lang]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-status">{t('list.status')}</label>
          <select id="filter-status" value={draft.status} onChange={set('status')}>
            <option value="">{t('list.any')}</option>
            {REQUEST_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-level">{t('list.level')}</label>
          <select id="filter-level" value={draft.level} onChange={set('level')}>
            <option value="">{t('list.any')}</option>
            {LEVELS.map((level) => (
              <option key={level} value={level}>{`${level} ${LEVEL_TITLES[level][lang]}`}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-unit">{t('list.unit')}</label>
          <select id="filter-unit" value={draft.unit} onChange={set('unit')}>
            <option value="">{t('list.any')}</option>
            {(units.data?.items ?? []).map((unit) => (
              <option key={unit.code} value={unit.code}>
                {unit.name[lang]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-fy">{t('list.fiscalYear')}</label>
          <input
            id="filter-fy"
            inputMode="numeric"
            pattern="[0-9]{4}"
            value={draft.fiscalYear}
            onChange={set('fiscalYear')}
            placeholder={String(fiscalYearOf(new Date()))}
          />
        </div>
        <div className="field">
          <label htmlFor="filter-created-from">{t('dateRange.from')}</label>
          <ThaiDateInput
            id="filter-created-from"
            label={t('dateRange.from')}
            value={draft.createdFrom}
            onChange={(createdFrom) => setDraft((d) => ({ ...d, createdFrom }))}
            max={draft.createdTo || undefined}
            testId="filter-created-from"
          />
        </div>
        <div className="field">
          <label htmlFor="filter-created-to">{t('dateRange.to')}</label>
          <ThaiDateInput
            id="filter-created-to"
            label={t('dateRange.to')}
            value={draft.createdTo}
            onChange={(createdTo) => setDraft((d) => ({ ...d, createdTo }))}
            min={draft.createdFrom || undefined}
            aria-invalid={rangeError || undefined}
            aria-describedby={rangeError ? 'filter-range-error' : undefined}
            testId="filter-created-to"
          />
          {rangeError ? (
            <p className="field-error" id="filter-range-error" role="alert">
              {t('dateRange.reversed')}
            </p>
          ) : null}
        </div>
      </div>
      <label className="check-inline" htmlFor="filter-overdue">
        <input
          id="filter-overdue"
          type="checkbox"
          checked={draft.overdue === 'true'}
          data-testid="filter-overdue"
          onChange={(e) => setDraft((d) => ({ ...d, overdue: e.target.checked ? 'true' : '' }))}
        />
        {t('list.overdueOnly')}
      </label>
      <div className="button-row">
        <button type="submit" className="button button-primary" data-testid="filters-apply">
          {t('list.apply')}
        </button>
        <button type="button" className="button" onClick={onClear}>
          {t('list.clear')}
        </button>
      </div>
    </form>
  );
}
