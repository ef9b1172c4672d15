// Building blocks shared by the API schemas: satang amounts, BE fiscal years, codes and ids (text: ./text.ts).
import { z } from 'zod';
import { MAX_SATANG } from '../limits';

/** 100,000 million baht in satang: above any single BMA request, far below 2^53. */

export const satang = z.number().int().nonnegative().max(MAX_SATANG);
export const positiveSatang = satang.positive();

/** A fiscal year in the Buddhist Era, e.g. 2568. */
export const fiscalYear = z.number().int().min(2560).max(2700);

export const unitCode = z.string().regex(/^[A-Z][0-9]{2}$/);

export const idParam = z.string().uuid();
