// A list's filters folded on a phone (phone.css: .filters-toggle shows, .filters-fold hides until opened): the button in
// the page's head says how many filters are in force; at a desk the button is hidden and the filters always shown.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function FiltersToggle(props: { open: boolean; inForce: number; controls: string; onToggle: () => void; testId: string }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button filters-toggle"
      aria-expanded={props.open}
      aria-controls={props.controls}
      onClick={props.onToggle}
      data-testid={props.testId}
    >
      {props.inForce > 0 ? t('phone.filtersCount', { n: props.inForce }) : t('phone.filters')}
    </button>
  );
}

export function FiltersFold({ id, open, children }: { id: string; open: boolean; children: ReactNode }) {
  return (
    <div id={id} className="filters-fold" data-open={open}>
      {children}
    </div>
  );
}
