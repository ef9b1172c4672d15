// Acting appointments (/api/appointments): list, appoint, revoke.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, client } from '../../../lib/api-client';
import type { CreateAppointmentBody } from './types';

const APPOINTMENTS_KEY = ['admin', 'appointments'] as const;
const appointments = client.api.appointments;

export function useAppointments() {
  return useQuery({ queryKey: APPOINTMENTS_KEY, queryFn: () => call(appointments.$get()) });
}

function useInvalidateAppointments() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: APPOINTMENTS_KEY });
}

export function useCreateAppointment() {
  const invalidate = useInvalidateAppointments();
  return useMutation({
    mutationFn: (body: CreateAppointmentBody) => call(appointments.$post({ json: body })),
    onSuccess: invalidate,
  });
}

export function useRevokeAppointment() {
  const invalidate = useInvalidateAppointments();
  return useMutation({
    mutationFn: (id: string) => call(appointments[':id'].$delete({ param: { id } })),
    onSuccess: invalidate,
  });
}
