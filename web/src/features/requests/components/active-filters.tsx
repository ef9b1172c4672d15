// The filters in force, worded in the user's language above the list (a link from the dashboard lands here with its
// figure's filters); each can be taken off on its own.
import { useTranslation } from 'react-i18next';
import { LEVEL_TITLES, REQUEST_TYPE_NAMES, formatThaiCalendarDate, formatThaiMonth, isLevel } from '@bmrts/shared';
import { useLang } from '../../../lib/use-lang';
import { useUnits } from '../../../lib/units';
import type { FilterKey, ListFilters } from '../list-filters';

interface Props {
  filters: ListFilters;
  onRemove: (key: FilterKey) => void;
}

export function ActiveFilters({ filters, onRemove }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const units = useUnits();
  const unitName = (code: string) => units.data?.items.find((u) => u.code === code)?.name[lang] ?? code;

  const words: [FilterKey, string][] = [];
  if (filters.type) words.push(['type', `${t('list.type')}: ${REQUEST_TYPE_NAMES[filters.type][lang]}`]);
  if (filters.status) words.push(['status', `${t('list.status')}: ${t(`status.${filters.status}`)}`]);
  if (filters.level !== undefined) {
    words.push(['level', `${t('list.level')}: ${filters.level}${isLevel(filters.level) ? ` ${LEVEL_TITLES[filters.level][lang]}` : ''}`]);
  }
  if (filters.unit) words.push(['unit', `${t('list.unit')}: ${unitName(filters.unit)}`]);
  if (filters.overdue) words.push(['overdue', t('list.active.overdue')]);
  if (filters.firstPass) words.push(['firstPass', t(filters.firstPass === 'true' ? 'list.active.firstPass' : 'list.active.returned')]);
  if (filters.submittedMonth)
    words.push(['submittedMonth', t('list.active.submittedMonth', { month: formatThaiMonth(filters.submittedMonth, lang) })]);
  if (filters.submittedFiscalYear !== undefined)
    words.push(['submittedFiscalYear', t('list.active.submittedFiscalYear', { year: filters.submittedFiscalYear })]);
  if (filters.decidedFiscalYear !== undefined)
    words.push(['decidedFiscalYear', t('list.active.decidedFiscalYear', { year: filters.decidedFiscalYear })]);
  if (filters.fiscalYear !== undefined) words.push(['fiscalYear', `${t('list.fiscalYear')}: ${filters.fiscalYear}`]);
  if (filters.q) words.push(['q', `${t('list.q')}: “${filters.q}”`]);
  if (filters.createdFrom) words.push(['createdFrom', `${t('dateRange.from')}: ${formatThaiCalendarDate(filters.createdFrom, lang)}`]);
  if (filters.createdTo) words.push(['createdTo', `${t('dateRange.to')}: ${formatThaiCalendarDate(filters.createdTo, lang)}`]);
  if (words.length === 0) return null;

  return (
    <div className="active-filters" data-testid="active-filters">
      <span className="active-filters-title">{t('list.active.title')}</span>
      <ul>
        {words.map(([key, text]) => (
          <li key={key} className="filter-chip" data-testid={`active-filter-${key}`}>
            <span>{text}</span>
            <button
              type="button"
              className="filter-chip-remove"
              onClick={() => onRemove(key)}
              aria-label={t('list.active.remove', { filter: text })}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
