// The count tiles above the inbox table.
import { useTranslation } from 'react-i18next';

export interface InboxCount {
  label: string;
  value: number;
  /** false when the server stopped counting at `value`: shown as "more than value". */
  exact?: boolean;
  tone?: 'warning' | 'normal';
  testId: string;
}

export function InboxCounts({ counts }: { counts: readonly InboxCount[] }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="count-tiles">
      {counts.map((count) => (
        <li
          key={count.testId}
          className={count.tone === 'warning' && count.value > 0 ? 'count-tile count-tile-warning' : 'count-tile'}
          data-testid={count.testId}
        >
          <span className="count-value">
            {count.exact === false ? t('inbox.countMoreThan', { n: count.value.toLocaleString(i18n.language) }) : count.value}
          </span>
          <span className="count-label">{count.label}</span>
        </li>
      ))}
    </ul>
  );
}
