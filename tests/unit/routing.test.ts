// Routing (DOMAIN.md §3): every default rule with its boundaries, rule order, the fallback, and rules as data.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ROUTING_RULES,
  FALLBACK_RULE_ID,
  requestContentSchema,
  routeRequest,
  routingFactsOf,
  routingRuleSchema,
  THRESHOLDS,
} from '@bmrts/shared';
import type { CentralFundItem, RequestContentInput, RoutingFacts, RoutingRule } from '@bmrts/shared';

// ---- factories -------------------------------------------------------------------------------

const BAHT = 100; // satang
const MILLION = 1_000_000 * BAHT;

function facts(overrides: Partial<RoutingFacts> & Pick<RoutingFacts, 'type'>): RoutingFacts {
  return {
    category: overrides.type === 'central_fund' ? 'central' : 'operating',
    amountSatang: 1 * MILLION,
    centralFundItem: null,
    maxEquipmentUnitPriceSatang: 0,
    maxConstructionSatang: 0,
    multiYear: false,
    outsidePlan: false,
    detailsOnly: false,
    crossCategory: false,
    crossPlan: false,
    createsNewItem: false,
    changesInvestmentNature: false,
    betweenUnits: false,
    newPlanOrProject: false,
    ...overrides,
  };
}

const allotment = (o: Partial<RoutingFacts> = {}) => facts({ type: 'allotment', ...o });
const transfer = (o: Partial<RoutingFacts> = {}) => facts({ type: 'transfer', ...o });
const centralFund = (item: CentralFundItem, o: Partial<RoutingFacts> = {}) => facts({ type: 'central_fund', centralFundItem: item, ...o });

function routed(f: RoutingFacts) {
  const { ruleId, finalLevel, council } = routeRequest(f, DEFAULT_ROUTING_RULES);
  return { ruleId, finalLevel, council };
}

function rule(overrides: Partial<RoutingRule> & Pick<RoutingRule, 'id'>): RoutingRule {
  return { type: 'allotment', when: [], finalLevel: 5, council: 'none', reason: { th: 'ทดสอบ', en: 'Test' }, ...overrides };
}

// ---- the thresholds ----------------------------------------------------------------------------

describe('the default thresholds', () => {
  it('are 10 M and 50 M baht for amounts, 1 M baht an equipment unit and 10 M baht of construction, in satang', () => {
    expect(THRESHOLDS).toEqual({
      smallAmount: 1_000_000_000,
      largeAmount: 5_000_000_000,
      equipmentUnitPrice: 100_000_000,
      construction: 1_000_000_000,
    });
  });
});

// ---- allotments -------------------------------------------------------------------------------

describe('allotment rules', () => {
  it('A1: a personnel allotment is decided at level 4 whatever its amount', () => {
    expect(routed(allotment({ category: 'personnel', amountSatang: 5 * MILLION }))).toEqual({
      ruleId: 'A1',
      finalLevel: 4,
      council: 'none',
    });
    expect(routed(allotment({ category: 'personnel', amountSatang: 500 * MILLION })).ruleId).toBe('A1');
  });

  for (const category of ['operating', 'subsidy', 'other'] as const) {
    it(`A2: a ${category} allotment of up to 10 M baht is decided at level 4`, () => {
      expect(routed(allotment({ category, amountSatang: 1 * BAHT }))).toEqual({ ruleId: 'A2', finalLevel: 4, council: 'none' });
    });
  }

  it('A2: exactly 10 M baht (1,000,000,000 satang) is still A2 at level 4', () => {
    expect(routed(allotment({ amountSatang: 1_000_000_000 }))).toEqual({ ruleId: 'A2', finalLevel: 4, council: 'none' });
  });

  it('A3: one satang over 10 M baht goes to A3 at level 6', () => {
    expect(routed(allotment({ amountSatang: 1_000_000_001 }))).toEqual({ ruleId: 'A3', finalLevel: 6, council: 'none' });
  });

  it('A3: exactly 50 M baht is still A3 at level 6', () => {
    expect(routed(allotment({ category: 'subsidy', amountSatang: 5_000_000_000 }))).toEqual({
      ruleId: 'A3',
      finalLevel: 6,
      council: 'none',
    });
  });

  it('A5: an operating allotment one satang over 50 M baht goes to level 7', () => {
    expect(routed(allotment({ category: 'other', amountSatang: 5_000_000_001 }))).toEqual({ ruleId: 'A5', finalLevel: 7, council: 'none' });
  });

  it('A4: an investment allotment up to 50 M baht under the equipment and construction thresholds is decided at level 6', () => {
    const f = allotment({
      category: 'investment',
      amountSatang: 50 * MILLION,
      maxEquipmentUnitPriceSatang: THRESHOLDS.equipmentUnitPrice - 1,
      maxConstructionSatang: THRESHOLDS.construction - 1,
    });
    expect(routed(f)).toEqual({ ruleId: 'A4', finalLevel: 6, council: 'none' });
  });

  it('A5: equipment at exactly 1 M baht a unit reaches the threshold and goes to level 7', () => {
    const f = allotment({ category: 'investment', amountSatang: 5 * MILLION, maxEquipmentUnitPriceSatang: 100_000_000 });
    expect(routed(f)).toEqual({ ruleId: 'A5', finalLevel: 7, council: 'none' });
  });

  it('A5: construction of exactly 10 M baht reaches the threshold and goes to level 7', () => {
    const f = allotment({ category: 'investment', amountSatang: 20 * MILLION, maxConstructionSatang: 1_000_000_000 });
    expect(routed(f)).toEqual({ ruleId: 'A5', finalLevel: 7, council: 'none' });
  });

  it('A4 / A5: an investment allotment of exactly 50 M baht is A4, one satang more is A5', () => {
    expect(routed(allotment({ category: 'investment', amountSatang: 5_000_000_000 })).ruleId).toBe('A4');
    expect(routed(allotment({ category: 'investment', amountSatang: 5_000_000_001 })).ruleId).toBe('A5');
  });

  it('A6: a multi-year commitment goes to level 8', () => {
    expect(routed(allotment({ multiYear: true }))).toEqual({ ruleId: 'A6', finalLevel: 8, council: 'none' });
  });

  it('A6: spending outside the approved plan goes to level 8', () => {
    expect(routed(allotment({ outsidePlan: true }))).toEqual({ ruleId: 'A6', finalLevel: 8, council: 'none' });
  });

  it('A6 comes first: a small multi-year operating request is A6, not A2', () => {
    expect(routed(allotment({ category: 'operating', amountSatang: 1 * BAHT, multiYear: true })).ruleId).toBe('A6');
    expect(routed(allotment({ category: 'personnel', outsidePlan: true })).ruleId).toBe('A6');
    expect(routed(allotment({ category: 'investment', amountSatang: 1 * MILLION, multiYear: true })).ruleId).toBe('A6');
  });

  it('ignores transfer and central-fund flags on an allotment', () => {
    expect(routed(allotment({ betweenUnits: true, crossCategory: true, centralFundItem: 'flood' })).ruleId).toBe('A2');
  });
});

// ---- transfers --------------------------------------------------------------------------------

describe('transfer rules', () => {
  it('B1: a details-only change of a non-investment item, moving no money, is decided at level 6', () => {
    expect(routed(transfer({ detailsOnly: true, amountSatang: 0 }))).toEqual({ ruleId: 'B1', finalLevel: 6, council: 'none' });
  });

  it('B1 needs no money to move: a "details-only" transfer of 40 M baht across categories is B3, not B1', () => {
    expect(routed(transfer({ detailsOnly: true, crossCategory: true, amountSatang: 40 * MILLION }))).toEqual({
      ruleId: 'B3',
      finalLevel: 7,
      council: 'none',
    });
  });

  it('B2: a transfer within one category and plan of up to 10 M baht is decided at level 6', () => {
    expect(routed(transfer({ amountSatang: 1_000_000_000 }))).toEqual({ ruleId: 'B2', finalLevel: 6, council: 'none' });
  });

  it('B3: B2 one satang over 10 M baht goes to level 7', () => {
    expect(routed(transfer({ amountSatang: 1_000_000_001 }))).toEqual({ ruleId: 'B3', finalLevel: 7, council: 'none' });
  });

  it('B3: a transfer across categories goes to level 7', () => {
    expect(routed(transfer({ crossCategory: true, amountSatang: 1 * MILLION }))).toEqual({ ruleId: 'B3', finalLevel: 7, council: 'none' });
  });

  it('B3: a transfer across plans goes to level 7', () => {
    expect(routed(transfer({ category: 'personnel', crossPlan: true, amountSatang: 1 * MILLION })).ruleId).toBe('B3');
  });

  it('B4: an investment transfer under the thresholds with no change of nature is decided at level 7', () => {
    const f = transfer({
      category: 'investment',
      amountSatang: 30 * MILLION,
      maxEquipmentUnitPriceSatang: THRESHOLDS.equipmentUnitPrice - 1,
      maxConstructionSatang: THRESHOLDS.construction - 1,
    });
    expect(routed(f)).toEqual({ ruleId: 'B4', finalLevel: 7, council: 'none' });
  });

  it('B4: an investment details-only change is not B1', () => {
    expect(routed(transfer({ category: 'investment', detailsOnly: true, amountSatang: 0 })).ruleId).toBe('B4');
  });

  it('B5: investment equipment at exactly 1 M baht a unit goes to level 8 without the Council', () => {
    expect(routed(transfer({ category: 'investment', maxEquipmentUnitPriceSatang: 100_000_000 }))).toEqual({
      ruleId: 'B5',
      finalLevel: 8,
      council: 'none',
    });
  });

  it('B5: investment construction at exactly 10 M baht goes to level 8 without the Council', () => {
    expect(routed(transfer({ category: 'investment', maxConstructionSatang: 1_000_000_000 })).ruleId).toBe('B5');
  });

  it('B6: an investment transfer that changes nature, quantity or quality needs Council approval', () => {
    expect(routed(transfer({ category: 'investment', changesInvestmentNature: true }))).toEqual({
      ruleId: 'B6',
      finalLevel: 8,
      council: 'approve',
    });
  });

  it('B6: an investment transfer that creates a new item needs Council approval, even above the thresholds', () => {
    expect(routed(transfer({ category: 'investment', createsNewItem: true, maxConstructionSatang: 50 * MILLION })).ruleId).toBe('B6');
  });

  it('B6 is about investment only: a new operating item is not B6', () => {
    expect(routed(transfer({ category: 'operating', createsNewItem: true })).ruleId).toBe('B2');
  });

  it('B7: a transfer between budget units needs Council approval', () => {
    expect(routed(transfer({ betweenUnits: true }))).toEqual({ ruleId: 'B7', finalLevel: 8, council: 'approve' });
  });

  it('B7: creating a new plan or project needs Council approval', () => {
    expect(routed(transfer({ newPlanOrProject: true }))).toEqual({ ruleId: 'B7', finalLevel: 8, council: 'approve' });
  });

  it('B7 comes first: a small details-only change between units is still B7', () => {
    expect(routed(transfer({ betweenUnits: true, detailsOnly: true, amountSatang: 0 })).ruleId).toBe('B7');
    expect(routed(transfer({ category: 'investment', newPlanOrProject: true, changesInvestmentNature: true })).ruleId).toBe('B7');
  });
});

// ---- central fund -----------------------------------------------------------------------------

describe('central-fund rules', () => {
  for (const item of ['staff_assistance', 'pension', 'contributions'] as const) {
    it(`C1: the entitlement item ${item} up to 50 M baht is decided at level 7 and reported to the Council`, () => {
      expect(routed(centralFund(item, { amountSatang: 5_000_000_000 }))).toEqual({ ruleId: 'C1', finalLevel: 7, council: 'report' });
    });
  }

  it('C2: an entitlement item one satang over 50 M baht goes to level 8', () => {
    expect(routed(centralFund('pension', { amountSatang: 5_000_000_001 }))).toEqual({ ruleId: 'C2', finalLevel: 8, council: 'report' });
  });

  for (const item of ['emergency_reserve', 'flood', 'city_development', 'central_transfer'] as const) {
    it(`C2: ${item} is decided at level 8 and reported to the Council, even for a small amount`, () => {
      expect(routed(centralFund(item, { amountSatang: 1 * BAHT }))).toEqual({ ruleId: 'C2', finalLevel: 8, council: 'report' });
    });
  }
});

// ---- from request content to route -----------------------------------------------------------

describe('routing a request as the unit filled it in', () => {
  function routeContent(input: RequestContentInput) {
    return routed(routingFactsOf(requestContentSchema.parse(input)));
  }
  const common = { fiscalYear: 2568, title: 'ขออนุมัติ', justification: '' };

  it('routes an investment allotment with an expensive equipment unit to A5', () => {
    expect(
      routeContent({
        ...common,
        type: 'allotment',
        category: 'investment',
        amountSatang: 3 * MILLION,
        details: { maxEquipmentUnitPriceSatang: 1 * MILLION },
      }).ruleId,
    ).toBe('A5');
  });

  it('routes a multi-year allotment to A6', () => {
    expect(
      routeContent({ ...common, type: 'allotment', category: 'operating', amountSatang: 1 * MILLION, details: { multiYear: true } }).ruleId,
    ).toBe('A6');
  });

  it('routes a plain allotment with default details to A2', () => {
    expect(routeContent({ ...common, type: 'allotment', category: 'operating', amountSatang: 1 * MILLION }).ruleId).toBe('A2');
  });

  it('routes a transfer between units to B7 with Council approval', () => {
    const decision = routeContent({
      ...common,
      type: 'transfer',
      category: 'operating',
      amountSatang: 2 * MILLION,
      details: { betweenUnits: true, lines: [{ fromItem: 'ค่าวัสดุ', toItem: 'ค่าใช้สอย', amountSatang: 2 * MILLION }] },
    });
    expect(decision).toEqual({ ruleId: 'B7', finalLevel: 8, council: 'approve' });
  });

  it('routes a central-fund flood request to C2', () => {
    expect(routeContent({ ...common, type: 'central_fund', amountSatang: 1 * MILLION, details: { item: 'flood' } }).ruleId).toBe('C2');
  });

  it('routes a central-fund pension request to C1', () => {
    expect(routeContent({ ...common, type: 'central_fund', amountSatang: 1 * MILLION, details: { item: 'pension' } }).ruleId).toBe('C1');
  });

  it('reads the central-fund item and no other flags from a central-fund request', () => {
    const f = routingFactsOf(
      requestContentSchema.parse({ ...common, type: 'central_fund', amountSatang: 7, details: { item: 'pension' } }),
    );
    expect(f).toEqual(facts({ type: 'central_fund', category: 'central', amountSatang: 7, centralFundItem: 'pension' }));
  });

  it('reads the transfer flags but not the lines from a transfer', () => {
    const f = routingFactsOf(
      requestContentSchema.parse({
        ...common,
        type: 'transfer',
        category: 'investment',
        amountSatang: 10,
        details: { crossPlan: true, maxConstructionSatang: 99, lines: [{ fromItem: 'ก', toItem: 'ข', amountSatang: 10 }] },
      }),
    );
    expect(f).toEqual(facts({ type: 'transfer', category: 'investment', amountSatang: 10, crossPlan: true, maxConstructionSatang: 99 }));
    expect(f).not.toHaveProperty('lines');
  });
});

// ---- rules as data ----------------------------------------------------------------------------

describe('rules as data', () => {
  it('falls back to level 8 with rule DEFAULT when no rule matches', () => {
    const rules = [rule({ id: 'ONLY-PERSONNEL', when: [{ kind: 'categoryIn', values: ['personnel'] }] })];
    const decision = routeRequest(allotment({ category: 'operating' }), rules);
    expect(decision).toEqual({
      finalLevel: 8,
      council: 'none',
      ruleId: FALLBACK_RULE_ID,
      reason: { th: 'ไม่มีเกณฑ์ที่ตรงกัน จึงเสนอถึงระดับสูงสุด', en: 'No rule matched, so the highest level decides' },
    });
    expect(FALLBACK_RULE_ID).toBe('DEFAULT');
  });

  it('falls back when the table has no rule for the request type', () => {
    expect(routeRequest(centralFund('flood'), [rule({ id: 'X', type: 'allotment' })]).ruleId).toBe('DEFAULT');
  });

  it('falls back with an empty table', () => {
    expect(routeRequest(transfer(), []).finalLevel).toBe(8);
  });

  it('takes the final level, council mode and reason from the table it is given', () => {
    const rules = [rule({ id: 'LOW', finalLevel: 3, council: 'report', reason: { th: 'ต่ำ', en: 'Low' } })];
    expect(routeRequest(allotment({ multiYear: true }), rules)).toEqual({
      finalLevel: 3,
      council: 'report',
      ruleId: 'LOW',
      reason: { th: 'ต่ำ', en: 'Low' },
    });
  });

  it('uses the first matching rule in table order', () => {
    const first = rule({ id: 'FIRST', finalLevel: 2 });
    const second = rule({ id: 'SECOND', finalLevel: 7 });
    expect(routeRequest(allotment(), [first, second]).ruleId).toBe('FIRST');
    expect(routeRequest(allotment(), [second, first]).ruleId).toBe('SECOND');
  });

  it('follows an administrator who raises the small-amount threshold to 20 M baht', () => {
    const a2Categories = DEFAULT_ROUTING_RULES.find((r) => r.id === 'A2')?.when[0];
    expect(a2Categories).toEqual({ kind: 'categoryIn', values: ['operating', 'subsidy', 'other'] });
    if (!a2Categories) return;
    const raised = DEFAULT_ROUTING_RULES.map((r) =>
      r.id === 'A2' ? { ...r, when: [a2Categories, { kind: 'atMost' as const, fact: 'amountSatang' as const, satang: 20 * MILLION }] } : r,
    );
    expect(routeRequest(allotment({ amountSatang: 15 * MILLION }), raised).ruleId).toBe('A2');
    expect(routeRequest(allotment({ amountSatang: 15 * MILLION }), DEFAULT_ROUTING_RULES).ruleId).toBe('A3');
  });

  it('evaluates every kind of condition', () => {
    const only = (when: RoutingRule['when']) => [rule({ id: 'HIT', when })];
    const f = allotment({ amountSatang: 100, maxConstructionSatang: 50, centralFundItem: null });
    const hit = (when: RoutingRule['when']) => routeRequest(f, only(when)).ruleId === 'HIT';
    expect(hit([{ kind: 'atMost', fact: 'amountSatang', satang: 100 }])).toBe(true);
    expect(hit([{ kind: 'atMost', fact: 'amountSatang', satang: 99 }])).toBe(false);
    expect(hit([{ kind: 'below', fact: 'amountSatang', satang: 101 }])).toBe(true);
    expect(hit([{ kind: 'below', fact: 'amountSatang', satang: 100 }])).toBe(false);
    expect(hit([{ kind: 'atLeast', fact: 'amountSatang', satang: 100 }])).toBe(true);
    expect(hit([{ kind: 'atLeast', fact: 'amountSatang', satang: 101 }])).toBe(false);
    expect(hit([{ kind: 'above', fact: 'amountSatang', satang: 99 }])).toBe(true);
    expect(hit([{ kind: 'above', fact: 'amountSatang', satang: 100 }])).toBe(false);
    expect(hit([{ kind: 'flag', fact: 'multiYear', value: false }])).toBe(true);
    expect(hit([{ kind: 'flag', fact: 'multiYear', value: true }])).toBe(false);
    expect(hit([{ kind: 'categoryIn', values: ['operating'] }])).toBe(true);
    expect(hit([{ kind: 'categoryIn', values: ['investment'] }])).toBe(false);
    expect(hit([{ kind: 'centralFundItemIn', values: ['flood'] }])).toBe(false);
    expect(
      hit([
        {
          kind: 'any',
          of: [
            { kind: 'flag', fact: 'crossPlan', value: true },
            { kind: 'above', fact: 'maxConstructionSatang', satang: 49 },
          ],
        },
      ]),
    ).toBe(true);
    expect(
      hit([
        {
          kind: 'any',
          of: [
            { kind: 'flag', fact: 'crossPlan', value: true },
            { kind: 'above', fact: 'maxConstructionSatang', satang: 50 },
          ],
        },
      ]),
    ).toBe(false);
    expect(hit([])).toBe(true);
    expect(
      hit([
        { kind: 'atMost', fact: 'amountSatang', satang: 100 },
        { kind: 'flag', fact: 'multiYear', value: true },
      ]),
    ).toBe(false);
  });
});

describe('the default rule table', () => {
  it('holds A6, A1–A5, B7, B6, B5, B4, B1, B2, B3, C1, C2 in that order', () => {
    expect(DEFAULT_ROUTING_RULES.map((r) => r.id)).toEqual([
      'A6',
      'A1',
      'A2',
      'A3',
      'A4',
      'A5',
      'B7',
      'B6',
      'B5',
      'B4',
      'B1',
      'B2',
      'B3',
      'C1',
      'C2',
    ]);
  });

  it('has ids that are unique', () => {
    const ids = DEFAULT_ROUTING_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const r of DEFAULT_ROUTING_RULES) {
    it(`${r.id} passes the routing rule schema unchanged`, () => {
      const result = routingRuleSchema.safeParse(r);
      expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
      expect(result.data).toEqual(r);
    });

    it(`${r.id} gives its reason in Thai and in English`, () => {
      expect(r.reason.th).toMatch(/[\u0E00-\u0E7F]/);
      expect(r.reason.en).toMatch(/^[A-Z][\x20-\x7E]+$/);
    });
  }

  it('ends each request type with a catch-all rule, so the defaults never fall back', () => {
    for (const type of ['allotment', 'transfer', 'central_fund'] as const) {
      const lastOfType = DEFAULT_ROUTING_RULES.filter((r) => r.type === type).at(-1);
      expect(lastOfType?.when, type).toEqual([]);
    }
  });
});

describe('the routing rule schema', () => {
  const valid = rule({ id: 'OK', when: [{ kind: 'atMost', fact: 'amountSatang', satang: 0 }] });

  it('accepts a well-formed rule', () => {
    expect(routingRuleSchema.safeParse(valid).success).toBe(true);
  });

  it('refuses a final level outside 2–8', () => {
    expect(routingRuleSchema.safeParse({ ...valid, finalLevel: 1 }).success).toBe(false);
    expect(routingRuleSchema.safeParse({ ...valid, finalLevel: 9 }).success).toBe(false);
  });

  it('refuses unknown facts, negative or fractional amounts, and unknown fields', () => {
    expect(routingRuleSchema.safeParse({ ...valid, when: [{ kind: 'flag', fact: 'isUrgent', value: true }] }).success).toBe(false);
    expect(routingRuleSchema.safeParse({ ...valid, when: [{ kind: 'above', fact: 'amountSatang', satang: -1 }] }).success).toBe(false);
    expect(routingRuleSchema.safeParse({ ...valid, when: [{ kind: 'above', fact: 'amountSatang', satang: 1.5 }] }).success).toBe(false);
    expect(routingRuleSchema.safeParse({ ...valid, priority: 1 }).success).toBe(false);
    expect(routingRuleSchema.safeParse({ ...valid, when: [{ kind: 'any', of: [] }] }).success).toBe(false);
  });

  it('refuses a reason missing its English text', () => {
    expect(routingRuleSchema.safeParse({ ...valid, reason: { th: 'เหตุผล', en: '' } }).success).toBe(false);
    expect(routingRuleSchema.safeParse({ ...valid, reason: { th: 'เหตุผล' } }).success).toBe(false);
  });
});
