// The request list's filters, held in the URL query string so a filtered list can be bookmarked and shared.
import { REQUEST_STATUSES, REQUEST_TYPES, isLevel } from '@bmrts/shared';
import type { RequestStatus, RequestType } from '@bmrts/shared';

export interface ListFilters {
  type?: RequestType;
  status?: RequestStatus;
  level?: number;
  unit?: string;
  fiscalYear?: number;
  q?: string;
  /** Created on or after / on or before these Bangkok dates, YYYY-MM-DD. */
  createdFrom?: string;
  createdTo?: string;
  /** In review longer than the level's target. */
  overdue?: 'true';
  /** Never returned to the unit ('true'), or returned at least once ('false'). */
  firstPass?: 'true' | 'false';
  /** First submitted in this Bangkok month, YYYY-MM (CE). */
  submittedMonth?: string;
  /** First submitted / finally decided during this BE fiscal year. */
  submittedFiscalYear?: number;
  decidedFiscalYear?: number;
}

export const FILTER_KEYS = [
  'type',
  'status',
  'level',
  'unit',
  'fiscalYear',
  'q',
  'createdFrom',
  'createdTo',
  'overdue',
  'firstPass',
  'submittedMonth',
  'submittedFiscalYear',
  'decidedFiscalYear',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((v) => v === value);
}

function isoDate(value: string | null): string | undefined {
  return value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined;
}

function integer(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  return Number(value);
}

export function filtersFromParams(params: URLSearchParams): ListFilters {
  const filters: ListFilters = {};
  const type = oneOf(REQUEST_TYPES, params.get('type'));
  if (type) filters.type = type;
  const status = oneOf(REQUEST_STATUSES, params.get('status'));
  if (status) filters.status = status;
  const level = integer(params.get('level'));
  if (level !== undefined && isLevel(level)) filters.level = level;
  const unit = params.get('unit');
  if (unit && /^[A-Z][0-9]{2}$/.test(unit)) filters.unit = unit;
  const fiscalYear = integer(params.get('fiscalYear'));
  if (fiscalYear !== undefined) filters.fiscalYear = fiscalYear;
  const q = params.get('q')?.trim();
  if (q) filters.q = q;
  const createdFrom = isoDate(params.get('createdFrom'));
  if (createdFrom) filters.createdFrom = createdFrom;
  const createdTo = isoDate(params.get('createdTo'));
  if (createdTo) filters.createdTo = createdTo;
  if (params.get('overdue') === 'true') filters.overdue = 'true';
  const firstPass = oneOf(['true', 'false'] as const, params.get('firstPass'));
  if (firstPass) filters.firstPass = firstPass;
  const month = params.get('submittedMonth');
  if (month && /^\d{4}-(0[1-9]|1[0-2])$/.test(month)) filters.submittedMonth = month;
  const submittedFiscalYear = integer(params.get('submittedFiscalYear'));
  if (submittedFiscalYear !== undefined) filters.submittedFiscalYear = submittedFiscalYear;
  const decidedFiscalYear = integer(params.get('decidedFiscalYear'));
  if (decidedFiscalYear !== undefined) filters.decidedFiscalYear = decidedFiscalYear;
  return filters;
}
