// What is wrong with an appointment as the form holds it, checked by the API's own schema (createAppointmentBodySchema)
// rather than a copy of it: a cross-field rule in the shared rule's words, any other issue as the catalogue's request
// for the field it is about.
import { createAppointmentBodySchema, describeIssue, type CreateAppointmentBody, type Lang } from '@bmrts/shared';
import type { TFunction } from 'i18next';

type FieldProblemKey =
  | 'admin.appointments.needActing'
  | 'admin.appointments.needFor'
  | 'admin.appointments.needDates'
  | 'admin.appointments.needOrder'
  | 'admin.appointments.reasonTooShort';

const FIELD_PROBLEM: Partial<Record<keyof CreateAppointmentBody, FieldProblemKey>> = {
  actingUserId: 'admin.appointments.needActing',
  forUserId: 'admin.appointments.needFor',
  forLevel: 'admin.appointments.needFor',
  startsAt: 'admin.appointments.needDates',
  endsAt: 'admin.appointments.needDates',
  orderNo: 'admin.appointments.needOrder',
  orderDate: 'admin.appointments.needOrder',
  reason: 'admin.appointments.reasonTooShort',
};

const isField = (key: PropertyKey | undefined): key is keyof CreateAppointmentBody => typeof key === 'string' && key in FIELD_PROBLEM;

/** The body to send, or the first thing wrong with it in the reader's language. */
export function checkedAppointment(
  body: CreateAppointmentBody,
  t: TFunction,
  lang: Lang,
): { body: CreateAppointmentBody } | { problem: string } {
  const parsed = createAppointmentBodySchema.safeParse(body);
  if (parsed.success) return { body: parsed.data };
  const [issue] = parsed.error.issues;
  if (!issue) return { body }; // zod fails only with an issue
  const field = issue.path[0];
  const key = issue.code === 'custom' || !isField(field) ? undefined : FIELD_PROBLEM[field];
  return { problem: key ? t(key) : describeIssue(issue, lang) };
}
