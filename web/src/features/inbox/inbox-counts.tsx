// The count tiles above the inbox table.
export interface InboxCount {
  label: string;
  value: number;
  tone?: 'warning' | 'normal';
  testId: string;
}

export function InboxCounts({ counts }: { counts: readonly InboxCount[] }) {
  return (
    <ul className="count-tiles">
      {counts.map((count) => (
        <li key={count.testId} className={count.tone === 'warning' && count.value > 0 ? 'count-tile count-tile-warning' : 'count-tile'} data-testid={count.testId}>
          <span className="count-value">{count.value}</span>
          <span className="count-label">{count.label}</span>
        </li>
      ))}
    </ul>
  );
}
