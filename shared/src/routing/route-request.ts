// routeRequest: the first rule of the ordered table that matches a request decides its final level.
import type { Bilingual } from '../levels';
import { TOP_LEVEL } from '../levels';
import type { CouncilMode } from '../status';
import type { RoutingFacts } from './facts';
import type { Condition, LeafCondition, RoutingRule } from './rules';

export interface RouteDecision {
  finalLevel: number;
  council: CouncilMode;
  ruleId: string;
  reason: Bilingual;
}

/** Used when no rule matches: the highest level decides, so nothing is under-reviewed. */
export const FALLBACK_RULE_ID = 'DEFAULT';

function holds(condition: Condition, facts: RoutingFacts): boolean {
  if (condition.kind === 'any') return condition.of.some((inner) => leafHolds(inner, facts));
  return leafHolds(condition, facts);
}

function leafHolds(condition: LeafCondition, facts: RoutingFacts): boolean {
  switch (condition.kind) {
    case 'categoryIn':
      return condition.values.includes(facts.category);
    case 'centralFundItemIn':
      return facts.centralFundItem !== null && condition.values.includes(facts.centralFundItem);
    case 'flag':
      return facts[condition.fact] === condition.value;
    case 'atMost':
      return facts[condition.fact] <= condition.satang;
    case 'below':
      return facts[condition.fact] < condition.satang;
    case 'atLeast':
      return facts[condition.fact] >= condition.satang;
    case 'above':
      return facts[condition.fact] > condition.satang;
  }
}

export function routeRequest(facts: RoutingFacts, rules: readonly RoutingRule[]): RouteDecision {
  const rule = rules.find((r) => r.type === facts.type && r.when.every((c) => holds(c, facts)));
  if (!rule) {
    return {
      finalLevel: TOP_LEVEL,
      council: 'none',
      ruleId: FALLBACK_RULE_ID,
      reason: { th: 'ไม่มีเกณฑ์ที่ตรงกัน จึงเสนอถึงระดับสูงสุด', en: 'No rule matched, so the highest level decides' },
    };
  }
  return { finalLevel: rule.finalLevel, council: rule.council, ruleId: rule.id, reason: rule.reason };
}
