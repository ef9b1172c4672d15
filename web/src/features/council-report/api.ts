// GET /api/council-report (the figures) and the XLSX download as a plain link, for administrators and levels 5–8.
import { useQuery } from '@tanstack/react-query';
import { call, client } from '../../lib/api-client';

export function useCouncilReport(fiscalYear: number) {
  return useQuery({
    queryKey: ['council-report', fiscalYear],
    queryFn: () => call(client.api['council-report'].$get({ query: { fiscalYear: String(fiscalYear) } })),
  });
}

export function councilReportXlsxHref(fiscalYear: number): string {
  return `/api/council-report/xlsx?fiscalYear=${fiscalYear}`;
}
