// A number on the dashboard that opens the list of the requests it counts; zero is plain text (there is nothing to open).
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ListLinkQuery } from '@bmrts/shared';
import { listHref } from './links';

interface Props {
  value: number;
  query: ListLinkQuery;
  /** Says what opens, for screen readers and as a tooltip: "รออยู่ที่ระดับ 2: 5 รายการ เปิดรายการ". */
  label: string;
  className?: string;
  testId?: string;
  children?: ReactNode;
}

export function FigureLink({ value, query, label, className, testId, children }: Props) {
  if (value === 0)
    return (
      <span className={className ? `${className} muted` : 'muted'} data-testid={testId}>
        {children ?? value}
      </span>
    );
  return (
    <Link to={listHref(query)} className={className ? `figure-link ${className}` : 'figure-link'} title={label} data-testid={testId}>
      {/* The visible figure begins the accessible name, and the words after it say what opens. */}
      {children ?? value}
      <span className="visually-hidden"> ({label})</span>
    </Link>
  );
}
