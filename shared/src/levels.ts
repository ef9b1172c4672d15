// The eight approval levels (DOMAIN.md §1) and their Thai and English titles.
export const LEVELS = [1, 2, 3, 4, 5, 6, 7, 8] as const;
export type Level = (typeof LEVELS)[number];
/** Levels that review and decide; level 1 is the requesting budget unit. */
export const REVIEW_LEVELS = [2, 3, 4, 5, 6, 7, 8] as const;
export type ReviewLevel = (typeof REVIEW_LEVELS)[number];
export const FIRST_REVIEW_LEVEL = 2;
export const TOP_LEVEL = 8;

export interface Bilingual {
  th: string;
  en: string;
}

export const LEVEL_TITLES: Record<Level, Bilingual> = {
  1: { th: 'หน่วยรับงบประมาณ', en: 'Budget unit' },
  2: { th: 'เจ้าหน้าที่วิเคราะห์งบประมาณ', en: 'Budget analyst' },
  3: { th: 'หัวหน้าฝ่ายวิเคราะห์งบประมาณ', en: 'Head, budget analysis section' },
  4: { th: 'ผู้อำนวยการกองวิเคราะห์งบประมาณ', en: 'Director, budget analysis division' },
  5: { th: 'รองผู้อำนวยการสำนักงบประมาณกรุงเทพมหานคร', en: 'Deputy director, BMA Budget Office' },
  6: { th: 'ผู้อำนวยการสำนักงบประมาณกรุงเทพมหานคร', en: 'Director, BMA Budget Office' },
  7: { th: 'รองปลัดกรุงเทพมหานคร', en: 'Deputy permanent secretary, BMA' },
  8: { th: 'รองผู้ว่าราชการกรุงเทพมหานคร', en: 'Deputy governor of Bangkok' },
};

export const COUNCIL_TITLE: Bilingual = { th: 'สภากรุงเทพมหานคร', en: 'Bangkok Metropolitan Council' };

export function isLevel(value: number): value is Level {
  return Number.isInteger(value) && value >= 1 && value <= TOP_LEVEL;
}
