// Dates and money as export cells: Thai BE text for CSV, wall-clock dates for XLSX; exact satang either way.
import { BE_OFFSET, bangkokWallClock } from '@bmrts/shared';

const two = (n: number) => String(n).padStart(2, '0');

/** "02/03/2569" (dd/mm/yyyy, BE, Bangkok): the form Thai offices type dates in, and the importer reads back. */
export function thaiBeDate(iso: string): string {
  const d = bangkokWallClock(iso);
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear() + BE_OFFSET}`;
}

/** "02/03/2569 10:00" */
export function thaiBeDateTime(iso: string): string {
  const d = bangkokWallClock(iso);
  return `${thaiBeDate(iso)} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

/** Baht as a spreadsheet number; the only place satang become a fraction. */
export const bahtNumber = (satang: number): number => satang / 100;
