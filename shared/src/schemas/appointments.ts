// Acting appointments (รักษาราชการแทน): who acts for whom, or at which level, and for how long.
import { z } from 'zod';
import { boundedText } from './text';

export const MAX_APPOINTMENT_DAYS = 366;

export const createAppointmentBodySchema = z
  .strictObject({
    actingUserId: z.string().min(1).max(64),
    forUserId: z.string().min(1).max(64).optional(),
    forLevel: z.number().int().min(5).max(8).optional(),
    startsAt: z.iso.datetime({ offset: true }),
    endsAt: z.iso.datetime({ offset: true }),
    reason: boundedText(3, 500),
  })
  .refine((b) => (b.forUserId === undefined) !== (b.forLevel === undefined), {
    message: 'appointment_for_one',
    path: ['forUserId'],
  })
  .refine((b) => Date.parse(b.startsAt) < Date.parse(b.endsAt), { message: 'appointment_ends_before_start', path: ['endsAt'] });
export type CreateAppointmentBody = z.infer<typeof createAppointmentBodySchema>;

const personRef = z.object({ id: z.string(), displayName: z.string() });

export const appointmentSchema = z.object({
  id: z.string(),
  actingUser: personRef,
  forUser: personRef.nullable(),
  forLevel: z.number().int().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  reason: z.string(),
  createdBy: personRef,
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  /** Running now: started, not ended, not revoked. */
  active: z.boolean(),
});
export type Appointment = z.infer<typeof appointmentSchema>;
export const appointmentListSchema = z.object({ items: z.array(appointmentSchema) });

/** What the signed-in person holds through a running appointment. */
export const actingCapacitySchema = z.object({
  appointmentId: z.string(),
  forUser: personRef.nullable(),
  level: z.number().int(),
  endsAt: z.string(),
});
export type ActingCapacity = z.infer<typeof actingCapacitySchema>;

export const appointmentIdParamsSchema = z.strictObject({ id: z.string().min(1).max(64) });
