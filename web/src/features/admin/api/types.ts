// The admin API's shapes, inferred from the shared zod schemas (the hc client infers the same from the routes).
import type { z } from 'zod';
import type { orgResponseSchema } from '@bmrts/shared';

export type {
  AdminUnit,
  AdminUser,
  Appointment,
  AuditEntry,
  CreateAppointmentBody,
  CreateHolidayBody,
  UpdateHolidayBody,
  CreateUnitBody,
  CreateUserBody,
  Holiday,
  RoutingRule,
  UpdateUnitBody,
  UpdateUserBody,
} from '@bmrts/shared';
export { HOLIDAY_KINDS, MIN_PASSWORD_LENGTH, UNIT_KINDS, USERNAME_PATTERN } from '@bmrts/shared';

export type Organisation = z.infer<typeof orgResponseSchema>;

/** The user list's filters as the query string carries them. */
export interface UserListQuery {
  q?: string;
  level?: string;
  /** A budget unit's code: its staff. */
  unit?: string;
  active?: 'true' | 'false';
}
