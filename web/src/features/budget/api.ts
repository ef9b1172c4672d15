// The budget reports' server calls (issue 16 item 5): a fiscal year's lines with their totals, and one line's page.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { BudgetReportQuery, ExportFormat } from '@bmrts/shared';
import { call, client } from '../../lib/api-client';

/** The report's filters as query-string values (the page keeps them in its address). */
export type ReportFilters = { [K in keyof BudgetReportQuery]?: string };

function queryOf(filters: ReportFilters): Record<string, string> {
  return Object.fromEntries(Object.entries(filters).filter((entry): entry is [string, string] => (entry[1] ?? '') !== ''));
}

export function useBudgetReport(filters: ReportFilters) {
  return useQuery({
    queryKey: ['budget-report', filters],
    // The table stays while the next filter's figures load, so the page does not jump.
    placeholderData: keepPreviousData,
    queryFn: () => call(client.api['budget-report'].$get({ query: queryOf(filters) })),
  });
}

export const budgetReportExportHref = (filters: ReportFilters, format: ExportFormat) =>
  `/api/budget-report/export?${new URLSearchParams({ ...queryOf(filters), format }).toString()}`;

export function useBudgetLine(id: string) {
  return useQuery({
    queryKey: ['budget-line', id],
    queryFn: () => call(client.api['budget-lines'][':id'].$get({ param: { id } })),
  });
}
