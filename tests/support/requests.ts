// Small factories for request content, one per routing situation the tests need.
import type { CentralFundItem, RequestContentInput } from '@bmrts/shared';

const MILLION_BAHT = 100_000_000;

export function allotment(overrides: Partial<Extract<RequestContentInput, { type: 'allotment' }>> = {}): RequestContentInput {
  return {
    type: 'allotment',
    fiscalYear: 2569,
    title: 'ขออนุมัติเงินประจำงวด ไตรมาส 2 ค่าจ้างเหมาทำความสะอาด',
    justification: 'เพื่อให้การดำเนินงานเป็นไปตามแผนการใช้จ่ายงบประมาณ',
    amountSatang: 2 * MILLION_BAHT,
    category: 'operating',
    details: { multiYear: false, outsidePlan: false, maxEquipmentUnitPriceSatang: 0, maxConstructionSatang: 0 },
    ...overrides,
  } as RequestContentInput;
}

/** An operating allotment of 2 M baht: rule A2, decided at level 4. */
export const smallAllotment = () => allotment();

/** A multi-year allotment: rule A6, decided at level 8. */
export const multiYearAllotment = () =>
  allotment({ details: { multiYear: true, outsidePlan: false, maxEquipmentUnitPriceSatang: 0, maxConstructionSatang: 0 } });

/** A transfer between budget units: rule B7, level 8 and then the BMA Council. */
export function councilTransfer(): RequestContentInput {
  return {
    type: 'transfer',
    fiscalYear: 2569,
    title: 'ขอโอนงบประมาณไปยังสำนักการโยธาเพื่อก่อสร้างทางเดินริมคลอง',
    justification: 'โครงการร่วมระหว่างหน่วยงาน',
    amountSatang: 3 * MILLION_BAHT,
    category: 'operating',
    details: {
      lines: [{ fromItem: 'ค่าวัสดุ', toItem: 'ค่าก่อสร้างทางเดิน', amountSatang: 3 * MILLION_BAHT }],
      detailsOnly: false,
      crossCategory: false,
      crossPlan: false,
      createsNewItem: false,
      changesInvestmentNature: false,
      betweenUnits: true,
      newPlanOrProject: false,
      maxEquipmentUnitPriceSatang: 0,
      maxConstructionSatang: 0,
    },
  };
}

/** A transfer of 3 M baht within the unit's own category and plan: rule B2, decided at level 6. */
export function transferWithinPlan(): RequestContentInput {
  const transfer = councilTransfer();
  if (transfer.type !== 'transfer') throw new Error('councilTransfer is a transfer');
  return { ...transfer, title: 'ขอโอนงบประมาณภายในแผนงานเดียวกัน', details: { ...transfer.details, betweenUnits: false } };
}

/** A central-fund request for one item of the fund. */
export function centralFund(item: CentralFundItem, amountSatang: number): RequestContentInput {
  return {
    type: 'central_fund',
    fiscalYear: 2569,
    title: 'ขอใช้เงินงบกลาง',
    justification: 'เหตุจำเป็นตามสิทธิและเหตุฉุกเฉิน',
    amountSatang,
    category: 'central',
    details: { item },
  };
}

/** Pensions of 10 M baht: rule C1, decided at level 7 and reported to the Council at year end. */
export const pensionCentralFund = () => centralFund('pension', 10 * MILLION_BAHT);

/** The emergency reserve: rule C2, decided at level 8 and reported to the Council at year end. */
export const emergencyCentralFund = () => centralFund('emergency_reserve', 10 * MILLION_BAHT);
