// Acting appointments (รักษาราชการแทน / ปฏิบัติราชการแทน): who acts for whom, or at which level, for how long, and by
// which written order (คำสั่ง, with its number and date).
import { z } from 'zod';
import { APPOINTMENT_ORDER_NO_MAX, APPOINTMENT_REASON_MAX } from '../limits';
import { APPOINTMENT_REFUSALS } from '../acting/appointment-rules';
import { OFFICE_WIDE_FROM_LEVEL } from '../organisation/placement';
import { TOP_LEVEL } from '../levels';
import { bangkokDate } from '../bangkok-time';
import { isoDate } from './admin';
import { boundedText } from './text';

export const MAX_APPOINTMENT_DAYS = 366;

/**
 * `acting` (รักษาราชการแทน): the holder is away or the post vacant, and the appointee exercises the post's powers;
 * `on_behalf` (ปฏิบัติราชการแทน): the holder delegates their powers and the appointee exercises them in the holder's name.
 */
export const ACTING_KINDS = ['acting', 'on_behalf'] as const;
export type ActingKind = (typeof ACTING_KINDS)[number];

/** The order as cited after the word คำสั่ง ("สำนักงบประมาณ ที่ 12/2570"); a leading "คำสั่ง" typed with it is dropped. */
export const orderNo = boundedText(3, APPOINTMENT_ORDER_NO_MAX)
  .transform((s) => s.replace(/^คำสั่ง\s*/, ''))
  .pipe(z.string().min(3));

/** Why a stored appointment grants nothing: a rule it breaks, or no order recorded (made before orders were required). */
export const APPOINTMENT_VIOLATIONS = [...APPOINTMENT_REFUSALS, 'order_missing'] as const;
export type AppointmentViolation = (typeof APPOINTMENT_VIOLATIONS)[number];

export const createAppointmentBodySchema = z
  .strictObject({
    actingUserId: z.string().min(1).max(64),
    forUserId: z.string().min(1).max(64).optional(),
    forLevel: z.number().int().min(OFFICE_WIDE_FROM_LEVEL).max(TOP_LEVEL).optional(),
    startsAt: z.iso.datetime({ offset: true }),
    endsAt: z.iso.datetime({ offset: true }),
    reason: boundedText(3, APPOINTMENT_REASON_MAX),
    kind: z.enum(ACTING_KINDS).default('acting'),
    orderNo: orderNo.describe('The order that makes the appointment, as cited after "คำสั่ง": "สำนักงบประมาณ ที่ 12/2570"'),
    orderDate: isoDate.describe('The date the order was signed, a calendar date YYYY-MM-DD (CE)'),
  })
  .refine((b) => (b.forUserId === undefined) !== (b.forLevel === undefined), {
    message: 'appointment_for_one',
    path: ['forUserId'],
  })
  .refine((b) => Date.parse(b.startsAt) < Date.parse(b.endsAt), { message: 'appointment_ends_before_start', path: ['endsAt'] })
  // An order is signed before the period it orders is over (it may be signed after the period starts).
  .refine((b) => Number.isNaN(Date.parse(b.endsAt)) || b.orderDate <= bangkokDate(b.endsAt), {
    message: 'appointment_order_after_end',
    path: ['orderDate'],
  });
/** What a client sends (the kind may be left out); `CreateAppointment` is what the server receives after parsing. */
export type CreateAppointmentBody = z.input<typeof createAppointmentBodySchema>;
export type CreateAppointment = z.output<typeof createAppointmentBodySchema>;

const personRef = z.object({ id: z.string(), displayName: z.string() });

export const appointmentSchema = z.object({
  id: z.string(),
  actingUser: personRef,
  forUser: personRef.nullable(),
  forLevel: z.number().int().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  reason: z.string(),
  kind: z.enum(ACTING_KINDS),
  /** Null only for appointments made before orders were recorded (they grant nothing). */
  orderNo: z.string().nullable(),
  orderDate: z.string().nullable(),
  createdBy: personRef,
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  /** Granting power now: started, not ended, not revoked, and breaking no rule. */
  active: z.boolean(),
  /** The rules it breaks as things stand now; a non-empty list means it grants nothing until re-made. */
  violations: z.array(z.enum(APPOINTMENT_VIOLATIONS)),
});
export type Appointment = z.infer<typeof appointmentSchema>;
export const appointmentListSchema = z.object({ items: z.array(appointmentSchema) });

/** The order under which a decision was taken by someone acting: cited in the request's history. */
export const actingOrderSchema = z.object({
  kind: z.enum(ACTING_KINDS),
  /** Null for an appointment made before orders were recorded. */
  orderNo: z.string().nullable(),
  orderDate: z.string().nullable(),
});
export type ActingOrder = z.infer<typeof actingOrderSchema>;

/** What the signed-in person holds through a running appointment. */
export const actingCapacitySchema = z.object({
  appointmentId: z.string(),
  forUser: personRef.nullable(),
  level: z.number().int(),
  endsAt: z.string(),
});
export type ActingCapacity = z.infer<typeof actingCapacitySchema>;

export const appointmentIdParamsSchema = z.strictObject({ id: z.string().min(1).max(64) });
