// The three request types, the six budget categories and the central-fund items (DOMAIN.md §2).
import type { Bilingual } from './levels';

export const REQUEST_TYPES = ['allotment', 'transfer', 'central_fund'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

export const REQUEST_TYPE_NAMES: Record<RequestType, Bilingual> = {
  allotment: { th: 'ขออนุมัติเงินจัดสรร (เงินประจำงวด)', en: 'Allotment (budget instalment)' },
  transfer: { th: 'ขออนุมัติโอน/เปลี่ยนแปลงรายละเอียดงบประมาณประจำปี', en: 'Transfer / change of budget details' },
  central_fund: { th: 'ขออนุมัติจัดสรรงบประมาณรายจ่าย งบกลาง', en: 'Central fund allocation' },
};

/** Prefix of the tracking number, e.g. ALT-2568-000123. */
export const TRACKING_PREFIX: Record<RequestType, string> = {
  allotment: 'ALT',
  transfer: 'TRF',
  central_fund: 'CF',
};

export function formatTrackingNo(type: RequestType, fiscalYear: number, runningNo: number): string {
  return `${TRACKING_PREFIX[type]}-${fiscalYear}-${String(runningNo).padStart(6, '0')}`;
}

export const CATEGORIES = ['personnel', 'operating', 'investment', 'subsidy', 'other', 'central'] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_NAMES: Record<Category, Bilingual> = {
  personnel: { th: 'งบบุคลากร', en: 'Personnel' },
  operating: { th: 'งบดำเนินงาน', en: 'Operating' },
  investment: { th: 'งบลงทุน', en: 'Investment' },
  subsidy: { th: 'งบเงินอุดหนุน', en: 'Subsidy' },
  other: { th: 'งบรายจ่ายอื่น', en: 'Other expenditure' },
  central: { th: 'งบกลาง', en: 'Central fund' },
};

export const CENTRAL_FUND_ITEMS = [
  'staff_assistance',
  'pension',
  'contributions',
  'emergency_reserve',
  'flood',
  'city_development',
  'central_transfer',
] as const;
export type CentralFundItem = (typeof CENTRAL_FUND_ITEMS)[number];

/** Entitlement items: the law fixes who receives them, so they are decided lower (rule C1). */
export const ENTITLEMENT_ITEMS: readonly CentralFundItem[] = ['staff_assistance', 'pension', 'contributions'];

export const CENTRAL_FUND_ITEM_NAMES: Record<CentralFundItem, Bilingual> = {
  staff_assistance: { th: 'เงินช่วยเหลือข้าราชการและลูกจ้าง', en: 'Staff assistance' },
  pension: { th: 'เงินบำเหน็จบำนาญ', en: 'Pensions and gratuities' },
  contributions: { th: 'เงินสมทบกองทุน', en: 'Fund contributions' },
  emergency_reserve: { th: 'เงินสำรองจ่ายกรณีฉุกเฉินหรือจำเป็น', en: 'Emergency reserve' },
  flood: { th: 'ค่าใช้จ่ายในการป้องกันและแก้ไขปัญหาน้ำท่วม', en: 'Flood prevention and relief' },
  city_development: { th: 'เงินสำรองสำหรับการพัฒนากรุงเทพมหานคร', en: 'City development reserve' },
  central_transfer: { th: 'โอนระหว่างรายการงบกลาง', en: 'Transfer between central-fund items' },
};
