// What the form's line pickers search: the fiscal year as typed (null until it reads as a year) and the unit whose lines
// they offer, the signed-in unit's own.
import { useSessionUser } from '../../../lib/session';
import type { FormValues } from './form-values';

export function fiscalYearOf(values: FormValues): number | null {
  return /^\d{4}$/.test(values.fiscalYear) ? Number(values.fiscalYear) : null;
}

/** The signed-in user's unit: only a unit's staff fill the form, and the server keeps them to their unit's lines anyway. */
export function useOwnUnit(): string | null {
  return useSessionUser()?.unitCode ?? null;
}
