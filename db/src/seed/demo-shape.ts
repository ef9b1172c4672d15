// The substance of a demo request, before it has a date: type, category, amount and routing details,
// plus the Thai words its title and justification are written from.
import type { RequestContentInput } from '@bmrts/shared';
import type { Random } from './prng';
import { CANALS, COMMUNITIES, NEW_PROJECTS, STREETS } from './demo-topics';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Request content without what depends on the date (fiscal year, the allotment's quarter in the title). */
export type RequestSubstance = DistributiveOmit<RequestContentInput, 'fiscalYear' | 'title' | 'justification'>;
export type AllotmentDetailsInput = NonNullable<Extract<RequestContentInput, { type: 'allotment' }>['details']>;
export type TransferDetailsInput = Extract<RequestContentInput, { type: 'transfer' }>['details'];
export type TransferLineInput = NonNullable<TransferDetailsInput['lines']>[number];

export interface RequestShape {
  substance: RequestSubstance;
  /** The title, or for an allotment what follows "ขออนุมัติเงินประจำงวด ไตรมาส n". */
  subject: string;
  /** A verb phrase: why the unit asks ("ซ่อมรถบรรทุกขยะที่ชำรุด…"). */
  purpose: string;
  /** An extra sentence for the justification, e.g. about a multi-year commitment. */
  note: string | null;
  /** A transfer between units (B7): the unit it pays into, whose line the demo's ledger names as the destination. */
  toUnitCode?: string;
}

export interface DemoUnit {
  code: string;
  kind: string;
  name_th: string;
}

/** Whether a topic suits a unit: no list suits all, else the unit's kind or code must be listed. */
export function suits(unit: DemoUnit, forList: readonly string[] | undefined): boolean {
  return forList === undefined || forList.includes(unit.kind) || forList.includes(unit.code);
}

export function topicFor<T extends { for?: readonly string[] }>(rng: Random, topics: readonly T[], unit: DemoUnit): T {
  const suitable = topics.filter((t) => suits(unit, t.for));
  return rng.pick(suitable.length > 0 ? suitable : topics);
}

/**
 * An amount in satang between min and max baht, rounded to `stepBaht`. Log-uniform, because budget
 * requests are spread over orders of magnitude: many small ones, few large.
 */
export function bahtBetween(rng: Random, minBaht: number, maxBaht: number, stepBaht = 100): number {
  const value = Math.exp(Math.log(minBaht) + rng.next() * (Math.log(maxBaht) - Math.log(minBaht)));
  return Math.max(stepBaht, Math.round(value / stepBaht) * stepBaht) * 100;
}

/** Splits a total (satang) into `parts` positive amounts in whole thousands of baht; the last takes the rest. */
export function splitAmount(rng: Random, totalSatang: number, parts: number): number[] {
  const thousand = 100_000;
  if (parts <= 1 || totalSatang < parts * 2 * thousand) return [totalSatang];
  const amounts: number[] = [];
  let left = totalSatang;
  for (let i = 0; i < parts - 1; i++) {
    const share = (0.25 + rng.next() * 0.5) / (parts - i);
    const amount = Math.max(thousand, Math.round((left * share) / thousand) * thousand);
    amounts.push(amount);
    left -= amount;
  }
  amounts.push(left);
  return amounts;
}

/** Fills the {street}, {canal}, {community} and {project} slots of a topic with real Bangkok names. */
export function fillPlaces(rng: Random, text: string): string {
  return text
    .replace('{street}', rng.pick(STREETS))
    .replace('{canal}', rng.pick(CANALS))
    .replace('{community}', rng.pick(COMMUNITIES))
    .replace('{project}', rng.pick(NEW_PROJECTS));
}
