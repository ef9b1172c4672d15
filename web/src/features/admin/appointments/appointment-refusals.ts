// The shared appointment rules, applied in the form before anything is sent: which rule the chosen people break.
import {
  appointmentRefusals,
  errorMessage,
  orgFactsOf,
  type AppointmentRefusal,
  type AppointmentViolation,
  type Lang,
} from '@bmrts/shared';
import type { AdminUser, Organisation } from '../api/types';

/** Only administrators open this page, so the appointer always has the authority; what is left is about the people. */
const ADMINISTRATOR = { id: 'administrator', level: null, isAdmin: true, sectionId: null, divisionId: null };

export function refusalsOf(
  users: readonly AdminUser[],
  org: Organisation | undefined,
  actingUserId: string,
  actedFor: { userId: string } | { level: number } | null,
): AppointmentRefusal[] {
  const acting = users.find((u) => u.id === actingUserId);
  if (!acting || !actedFor || !org) return [];
  const sections = org.divisions.flatMap((d) => d.sections.map((s) => ({ id: s.id, divisionId: d.id })));
  const holder = 'userId' in actedFor ? users.find((u) => u.id === actedFor.userId) : undefined;
  if ('userId' in actedFor && !holder) return [];
  return appointmentRefusals({
    appointer: ADMINISTRATOR,
    acting,
    actedFor: holder ? { holder } : { level: 'level' in actedFor ? actedFor.level : 0 },
    org: orgFactsOf(sections),
    holdersMayAppoint: false,
  });
}

/** A violation in words: the rule's error message, or that no order was recorded. */
export function violationText(violation: AppointmentViolation, lang: Lang, orderMissing: string): string {
  return violation === 'order_missing' ? orderMissing : errorMessage(violation, lang);
}
