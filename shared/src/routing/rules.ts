// The routing rules as data: an ordered table of conditions, read by routeRequest and edited by administrators.
import { z } from 'zod';
import { RULE_REASON_MAX } from '../limits';
import { CATEGORIES, CENTRAL_FUND_ITEMS, REQUEST_TYPES } from '../request-types';
import { COUNCIL_MODES } from '../status';
import { BOOLEAN_FACTS, MONEY_FACTS } from './facts';
import { boundedText } from '../schemas/text';

const leafConditionSchema = z.union([
  z.strictObject({ kind: z.literal('categoryIn'), values: z.array(z.enum(CATEGORIES)).min(1) }),
  z.strictObject({ kind: z.literal('centralFundItemIn'), values: z.array(z.enum(CENTRAL_FUND_ITEMS)).min(1) }),
  z.strictObject({ kind: z.literal('flag'), fact: z.enum(BOOLEAN_FACTS), value: z.boolean() }),
  z.strictObject({
    kind: z.enum(['atMost', 'below', 'atLeast', 'above']),
    fact: z.enum(MONEY_FACTS),
    satang: z.number().int().nonnegative(),
  }),
]);
export type LeafCondition = z.infer<typeof leafConditionSchema>;

/** A condition on the routing facts; `any` holds when one of its leaf conditions does (one level deep is all the table needs). */
export const conditionSchema = z.union([
  leafConditionSchema,
  z.strictObject({ kind: z.literal('any'), of: z.array(leafConditionSchema).min(1) }),
]);
export type Condition = z.infer<typeof conditionSchema>;

export const routingRuleSchema = z.strictObject({
  id: boundedText(1, 20),
  type: z.enum(REQUEST_TYPES),
  /** All must hold (an empty list always matches). */
  when: z.array(conditionSchema),
  finalLevel: z.number().int().min(2).max(8),
  council: z.enum(COUNCIL_MODES),
  reason: z.strictObject({ th: boundedText(1, RULE_REASON_MAX), en: boundedText(1, RULE_REASON_MAX) }),
});
export type RoutingRule = z.infer<typeof routingRuleSchema>;

const MILLION_BAHT = 100_000_000; // satang
export const THRESHOLDS = {
  smallAmount: 10 * MILLION_BAHT,
  largeAmount: 50 * MILLION_BAHT,
  equipmentUnitPrice: 1 * MILLION_BAHT,
  construction: 10 * MILLION_BAHT,
} as const;

const investment: Condition = { kind: 'categoryIn', values: ['investment'] };
const notInvestment: Condition = { kind: 'categoryIn', values: ['personnel', 'operating', 'subsidy', 'other'] };
const underInvestmentThresholds: Condition[] = [
  { kind: 'below', fact: 'maxEquipmentUnitPriceSatang', satang: THRESHOLDS.equipmentUnitPrice },
  { kind: 'below', fact: 'maxConstructionSatang', satang: THRESHOLDS.construction },
];
const atInvestmentThresholds: Condition = {
  kind: 'any',
  of: [
    { kind: 'atLeast', fact: 'maxEquipmentUnitPriceSatang', satang: THRESHOLDS.equipmentUnitPrice },
    { kind: 'atLeast', fact: 'maxConstructionSatang', satang: THRESHOLDS.construction },
  ],
};

/**
 * The default table of DOMAIN.md §3. Order matters (first match wins), so the rules that
 * lift a request highest are tested before the general ones: A6 before A1–A5, B7/B6/B5 before B1–B4,
 * and C2's "over 50 M" before C1's entitlement items.
 */
export const DEFAULT_ROUTING_RULES: RoutingRule[] = [
  {
    id: 'A6',
    type: 'allotment',
    finalLevel: 8,
    council: 'none',
    when: [
      {
        kind: 'any',
        of: [
          { kind: 'flag', fact: 'multiYear', value: true },
          { kind: 'flag', fact: 'outsidePlan', value: true },
        ],
      },
    ],
    reason: { th: 'ผูกพันงบประมาณข้ามปี หรืออยู่นอกแผนการใช้จ่ายที่ได้รับอนุมัติ', en: 'Multi-year commitment or outside the approved spending plan' },
  },
  {
    id: 'A1',
    type: 'allotment',
    finalLevel: 4,
    council: 'none',
    when: [{ kind: 'categoryIn', values: ['personnel'] }],
    reason: { th: 'งบบุคลากร', en: 'Personnel budget' },
  },
  {
    id: 'A2',
    type: 'allotment',
    finalLevel: 4,
    council: 'none',
    when: [
      { kind: 'categoryIn', values: ['operating', 'subsidy', 'other'] },
      { kind: 'atMost', fact: 'amountSatang', satang: THRESHOLDS.smallAmount },
    ],
    reason: {
      th: 'งบดำเนินงาน งบเงินอุดหนุน หรืองบรายจ่ายอื่น วงเงินไม่เกิน 10 ล้านบาท',
      en: 'Operating, subsidy or other expenditure up to 10 million baht',
    },
  },
  {
    id: 'A3',
    type: 'allotment',
    finalLevel: 6,
    council: 'none',
    when: [
      { kind: 'categoryIn', values: ['operating', 'subsidy', 'other'] },
      { kind: 'atMost', fact: 'amountSatang', satang: THRESHOLDS.largeAmount },
    ],
    reason: {
      th: 'งบดำเนินงาน งบเงินอุดหนุน หรืองบรายจ่ายอื่น วงเงินเกิน 10 ล้านบาท แต่ไม่เกิน 50 ล้านบาท',
      en: 'Operating, subsidy or other expenditure over 10 and up to 50 million baht',
    },
  },
  {
    id: 'A4',
    type: 'allotment',
    finalLevel: 6,
    council: 'none',
    when: [investment, { kind: 'atMost', fact: 'amountSatang', satang: THRESHOLDS.largeAmount }, ...underInvestmentThresholds],
    reason: {
      th: 'งบลงทุน วงเงินไม่เกิน 50 ล้านบาท ครุภัณฑ์ราคาต่อหน่วยต่ำกว่า 1 ล้านบาท และสิ่งก่อสร้างต่ำกว่า 10 ล้านบาท',
      en: 'Investment up to 50 million baht, equipment under 1 million baht a unit and construction under 10 million baht',
    },
  },
  {
    id: 'A5',
    type: 'allotment',
    finalLevel: 7,
    council: 'none',
    when: [],
    reason: {
      th: 'งบลงทุน ครุภัณฑ์ราคาต่อหน่วยตั้งแต่ 1 ล้านบาท หรือสิ่งก่อสร้างตั้งแต่ 10 ล้านบาท หรือวงเงินเกิน 50 ล้านบาท',
      en: 'Investment with equipment from 1 million baht a unit or construction from 10 million baht, or any amount over 50 million baht',
    },
  },
  {
    id: 'B7',
    type: 'transfer',
    finalLevel: 8,
    council: 'approve',
    when: [
      {
        kind: 'any',
        of: [
          { kind: 'flag', fact: 'betweenUnits', value: true },
          { kind: 'flag', fact: 'newPlanOrProject', value: true },
        ],
      },
    ],
    reason: {
      th: 'โอนงบประมาณระหว่างหน่วยรับงบประมาณ หรือตั้งแผนงาน/โครงการใหม่ ต้องได้รับความเห็นชอบจากสภากรุงเทพมหานคร',
      en: 'Transfer between budget units or creating a new plan or project; needs the approval of the BMA Council',
    },
  },
  {
    id: 'B6',
    type: 'transfer',
    finalLevel: 8,
    council: 'approve',
    when: [
      investment,
      {
        kind: 'any',
        of: [
          { kind: 'flag', fact: 'changesInvestmentNature', value: true },
          { kind: 'flag', fact: 'createsNewItem', value: true },
        ],
      },
    ],
    reason: {
      th: 'งบลงทุนที่เปลี่ยนแปลงลักษณะ ปริมาณ คุณภาพ หรือตั้งรายการใหม่ ต้องได้รับความเห็นชอบจากสภากรุงเทพมหานคร',
      en: 'Investment that changes nature, quantity or quality, or creates a new item; needs the approval of the BMA Council',
    },
  },
  {
    id: 'B5',
    type: 'transfer',
    finalLevel: 8,
    council: 'none',
    when: [investment, atInvestmentThresholds],
    reason: {
      th: 'งบลงทุน ครุภัณฑ์ราคาต่อหน่วยตั้งแต่ 1 ล้านบาท หรือสิ่งก่อสร้างตั้งแต่ 10 ล้านบาท',
      en: 'Investment with equipment from 1 million baht a unit or construction from 10 million baht',
    },
  },
  {
    id: 'B4',
    type: 'transfer',
    finalLevel: 7,
    council: 'none',
    when: [investment],
    reason: {
      th: 'งบลงทุน ไม่เปลี่ยนแปลงลักษณะ ปริมาณ คุณภาพ และต่ำกว่าเกณฑ์ครุภัณฑ์และสิ่งก่อสร้าง',
      en: 'Investment with no change of nature, quantity or quality, under the equipment and construction thresholds',
    },
  },
  {
    id: 'B1',
    type: 'transfer',
    finalLevel: 6,
    council: 'none',
    // "No money moves" is checked too: a details-only flag on lines that move money must not lower the route.
    when: [notInvestment, { kind: 'flag', fact: 'detailsOnly', value: true }, { kind: 'atMost', fact: 'amountSatang', satang: 0 }],
    reason: { th: 'เปลี่ยนแปลงรายละเอียดโดยไม่มีการโอนเงิน', en: 'Change of details only; no money moves' },
  },
  {
    id: 'B2',
    type: 'transfer',
    finalLevel: 6,
    council: 'none',
    when: [
      notInvestment,
      { kind: 'flag', fact: 'crossCategory', value: false },
      { kind: 'flag', fact: 'crossPlan', value: false },
      { kind: 'atMost', fact: 'amountSatang', satang: THRESHOLDS.smallAmount },
    ],
    reason: {
      th: 'โอนภายในงบรายจ่ายและแผนงานเดียวกัน วงเงินไม่เกิน 10 ล้านบาท',
      en: 'Transfer within one category and plan, up to 10 million baht',
    },
  },
  {
    id: 'B3',
    type: 'transfer',
    finalLevel: 7,
    council: 'none',
    when: [],
    reason: { th: 'โอนข้ามงบรายจ่ายหรือข้ามแผนงาน หรือวงเงินเกิน 10 ล้านบาท', en: 'Transfer across categories or plans, or over 10 million baht' },
  },
  {
    id: 'C1',
    type: 'central_fund',
    finalLevel: 7,
    council: 'report',
    when: [
      { kind: 'centralFundItemIn', values: ['staff_assistance', 'pension', 'contributions'] },
      { kind: 'atMost', fact: 'amountSatang', satang: THRESHOLDS.largeAmount },
    ],
    reason: {
      th: 'งบกลาง รายการตามสิทธิ (เงินช่วยเหลือ บำเหน็จบำนาญ เงินสมทบ) วงเงินไม่เกิน 50 ล้านบาท รายงานสภากรุงเทพมหานครเมื่อสิ้นปี',
      en: 'Central fund entitlement item (assistance, pensions, contributions) up to 50 million baht; reported to the Council at year end',
    },
  },
  {
    id: 'C2',
    type: 'central_fund',
    finalLevel: 8,
    council: 'report',
    when: [],
    reason: {
      th: 'งบกลาง เงินสำรองจ่ายกรณีฉุกเฉิน น้ำท่วม การพัฒนาเมือง การโอนระหว่างรายการงบกลาง หรือวงเงินเกิน 50 ล้านบาท รายงานสภากรุงเทพมหานครเมื่อสิ้นปี',
      en: 'Central fund emergency reserve, flood, city development, transfer between central-fund items, or over 50 million baht; reported to the Council at year end',
    },
  },
];
