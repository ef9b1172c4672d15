// Budget units (including deactivated ones) and the Budget Office's divisions and sections.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, client } from '../../../lib/api-client';
import type { CreateUnitBody, UpdateUnitBody } from './types';

const UNITS_KEY = ['admin', 'units'] as const;
const admin = client.api.admin;

export function useAdminUnits() {
  return useQuery({ queryKey: UNITS_KEY, queryFn: () => call(admin.units.$get()), staleTime: 60_000 });
}

export function useOrganisation() {
  return useQuery({ queryKey: ['admin', 'org'], queryFn: () => call(admin.org.$get()), staleTime: 10 * 60_000 });
}

function useInvalidateUnits() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: UNITS_KEY });
    void queryClient.invalidateQueries({ queryKey: ['units'] });
  };
}

export function useCreateUnit() {
  const invalidate = useInvalidateUnits();
  return useMutation({
    mutationFn: (body: CreateUnitBody) => call(admin.units.$post({ json: body })),
    onSuccess: invalidate,
  });
}

export function useUpdateUnit() {
  const invalidate = useInvalidateUnits();
  return useMutation({
    mutationFn: ({ code, body }: { code: string; body: UpdateUnitBody }) =>
      call(admin.units[':code'].$patch({ param: { code }, json: body })),
    onSuccess: invalidate,
  });
}
