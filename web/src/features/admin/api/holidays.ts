// Public holidays by year: list, add, delete.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, client } from '../../../lib/api-client';
import type { CreateHolidayBody } from './types';

const HOLIDAYS_KEY = ['admin', 'holidays'] as const;
const holidays = client.api.admin.holidays;

/** `year` is the Common Era year the API filters by. */
export function useHolidays(year: number) {
  return useQuery({
    queryKey: [...HOLIDAYS_KEY, year],
    queryFn: () => call(holidays.$get({ query: { year: String(year) } })),
  });
}

function useInvalidateHolidays() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: HOLIDAYS_KEY });
}

export function useAddHoliday() {
  const invalidate = useInvalidateHolidays();
  return useMutation({
    mutationFn: (body: CreateHolidayBody) => call(holidays.$post({ json: body })),
    onSuccess: invalidate,
  });
}

export function useDeleteHoliday() {
  const invalidate = useInvalidateHolidays();
  return useMutation({
    mutationFn: (date: string) => call(holidays[':date'].$delete({ param: { date } })),
    onSuccess: invalidate,
  });
}
