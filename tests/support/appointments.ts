// Acting appointments made over the API, each with the written order that makes it (as the rules require).
import type { TestApp } from './test-app';
import { call, signIn, type ApiResult } from './http-client';
import type { OfficeUser } from './office';

/** The order cited on every test appointment: an order of the Budget Office, dated the day before the test clock. */
export const TEST_ORDER = { orderNo: 'สำนักงบประมาณ ที่ 12/2569', orderDate: '2026-03-01' } as const;

export interface AppointmentSpec {
  acting: OfficeUser;
  /** The person acted for, or a level 5–8 acted at. */
  forUser?: OfficeUser;
  forLevel?: number;
  /** Hours from the test clock's now; the period runs from 1 hour ago to 8 hours ahead unless given. */
  fromHours?: number;
  toHours?: number;
  reason?: string;
}

/** The request body for an appointment, with the test order. */
export function appointmentBody(t: TestApp, spec: AppointmentSpec): Record<string, unknown> {
  const at = (hours: number) => new Date(t.clock.now().getTime() + hours * 3_600_000).toISOString();
  return {
    actingUserId: spec.acting.id,
    ...(spec.forUser ? { forUserId: spec.forUser.id } : {}),
    ...(spec.forLevel !== undefined ? { forLevel: spec.forLevel } : {}),
    startsAt: at(spec.fromHours ?? -1),
    endsAt: at(spec.toHours ?? 8),
    reason: spec.reason ?? 'ลาพักผ่อน',
    ...TEST_ORDER,
  };
}

/** `by` appoints as `spec` says; the response is returned whatever it is. */
export async function appoint(t: TestApp, by: OfficeUser, spec: AppointmentSpec, lang?: 'th' | 'en'): Promise<ApiResult> {
  return call(t, 'POST', '/api/appointments', { cookie: await signIn(t, by), body: appointmentBody(t, spec), ...(lang ? { lang } : {}) });
}
