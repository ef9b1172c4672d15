// Every request the user may see, filtered by the URL query string, loaded a page at a time with nextCursor.
// On a phone the filter form folds behind one "ตัวกรอง" button (phone.css); the filters in force stay shown as chips.
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FiltersFold, FiltersToggle } from '../../../lib/filters-fold';
import { ErrorNotice, Loading } from '../../../lib/query-state';
import { RequestSummaryTable } from '../../../lib/request-summary-table';
import { useRequestList } from '../api';
import { ActiveFilters } from '../components/active-filters';
import { ListExportLinks } from '../components/export-links';
import { RequestFilters } from '../components/request-filters';
import { FILTER_KEYS, filtersFromParams, type FilterKey } from '../list-filters';

export function RequestListPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const list = useRequestList(filters);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const [filtersOpen, setFiltersOpen] = useState(false);
  const inForce = FILTER_KEYS.filter((key) => filters[key] !== undefined).length;

  function apply(values: Record<string, string>) {
    const next = new URLSearchParams();
    for (const [key, value] of Object.entries(values)) if (value.trim() !== '') next.set(key, value.trim());
    setParams(next);
    setFiltersOpen(false);
  }
  function remove(key: FilterKey) {
    const next = new URLSearchParams(params);
    next.delete(key);
    setParams(next);
  }

  return (
    <section>
      <div className="page-head">
        <h1>{t('list.title')}</h1>
        <FiltersToggle
          open={filtersOpen}
          inForce={inForce}
          controls="list-filters"
          onToggle={() => setFiltersOpen((o) => !o)}
          testId="filters-toggle"
        />
      </div>
      <FiltersFold id="list-filters" open={filtersOpen}>
        <RequestFilters key={params.toString()} filters={filters} onApply={apply} />
      </FiltersFold>
      <ActiveFilters filters={filters} onRemove={remove} />
      <ListExportLinks filters={filters} />
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorNotice error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.isSuccess ? (
        <>
          <p className="muted" aria-live="polite" data-testid="list-count">
            {t('list.shown', { n: items.length })}
          </p>
          {items.length === 0 ? (
            <p className="empty">{t('list.empty')}</p>
          ) : (
            <RequestSummaryTable items={items} caption={t('list.caption')} testId="request-list-table" />
          )}
          {list.hasNextPage ? (
            <div className="button-row center">
              <button
                type="button"
                className="button"
                onClick={() => void list.fetchNextPage()}
                disabled={list.isFetchingNextPage}
                data-testid="load-more"
              >
                {list.isFetchingNextPage ? t('list.loadingMore') : t('list.loadMore')}
              </button>
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
