// The five-level satisfaction scale of the original BMA form (DOMAIN.md §6) and the Thai bands a mean is read in.
import type { Bilingual } from '../levels';

export const SATISFACTION_VALUES = [1, 2, 3, 4, 5] as const;
export type SatisfactionValue = (typeof SATISFACTION_VALUES)[number];
export const TOP_SATISFACTION: SatisfactionValue = 5;

/** The Thai labels are the original form's, word for word; the English is a translation for the English UI. */
export const SATISFACTION_LABELS: Record<SatisfactionValue, Bilingual> = {
  1: { th: 'พึงพอใจในระดับน้อยมาก (ควรปรับปรุงอย่างเร่งด่วน)', en: 'Very low satisfaction (needs urgent improvement)' },
  2: { th: 'พึงพอใจในระดับน้อย', en: 'Low satisfaction' },
  3: { th: 'พึงพอใจในระดับปานกลาง', en: 'Moderate satisfaction' },
  4: { th: 'พึงพอใจในระดับมาก', en: 'High satisfaction' },
  5: { th: 'พึงพอใจในระดับดีมาก', en: 'Very high satisfaction' },
};

export function isSatisfactionValue(value: number): value is SatisfactionValue {
  return Number.isInteger(value) && value >= 1 && value <= 5;
}

export const MEAN_BAND_KEYS = ['highest', 'high', 'moderate', 'low', 'lowest'] as const;
export type MeanBandKey = (typeof MEAN_BAND_KEYS)[number];

/**
 * The bands of a mean, as BMA reports read it: 4.51–5.00, 3.51–4.50, 2.51–3.50, 1.51–2.50, 1.00–1.50.
 * `fromHundredths` is the lowest mean (× 100) of the band.
 */
export const MEAN_BANDS: readonly { key: MeanBandKey; fromHundredths: number; label: Bilingual }[] = [
  { key: 'highest', fromHundredths: 451, label: { th: 'มากที่สุด', en: 'Very high' } },
  { key: 'high', fromHundredths: 351, label: { th: 'มาก', en: 'High' } },
  { key: 'moderate', fromHundredths: 251, label: { th: 'ปานกลาง', en: 'Moderate' } },
  { key: 'low', fromHundredths: 151, label: { th: 'น้อย', en: 'Low' } },
  { key: 'lowest', fromHundredths: 100, label: { th: 'น้อยที่สุด', en: 'Very low' } },
];

/**
 * The band of a mean that has already been rounded to 2 decimals: the bands have gaps (4.50 | 4.51), so only a
 * rounded mean falls in exactly one, and the band always agrees with the figure printed beside it.
 */
export function bandOfMean(roundedMean: number): { key: MeanBandKey; label: Bilingual } {
  const hundredths = Math.round(roundedMean * 100);
  const band = MEAN_BANDS.find((b) => hundredths >= b.fromHundredths) ?? MEAN_BANDS[MEAN_BANDS.length - 1];
  // MEAN_BANDS is a non-empty constant, so the fallback always exists.
  return { key: band!.key, label: band!.label };
}
