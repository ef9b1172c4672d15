// Public holidays by year: list, add, edit, delete; preview and add a year's fixed-date holidays.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, client } from '../../../lib/api-client';
import type { CreateHolidayBody, UpdateHolidayBody } from './types';

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

export function useUpdateHoliday() {
  const invalidate = useInvalidateHolidays();
  return useMutation({
    mutationFn: ({ date, body }: { date: string; body: UpdateHolidayBody }) =>
      call(holidays[':date'].$patch({ param: { date }, json: body })),
    onSuccess: invalidate,
  });
}

/** The fixed-date holidays the server would add for `year` (CE), asked for only once the administrator wants them. */
export function useGeneratedHolidays(year: number, enabled: boolean) {
  return useQuery({
    queryKey: [...HOLIDAYS_KEY, 'generated', year],
    queryFn: () => call(holidays.generated.$get({ query: { year: String(year) } })),
    enabled,
  });
}

export function useAddGeneratedHolidays() {
  const invalidate = useInvalidateHolidays();
  return useMutation({
    mutationFn: (year: number) => call(holidays.generated.$post({ json: { year } })),
    onSuccess: invalidate,
  });
}
