// Pure edits of the routing table: move a rule, change a money threshold wherever it sits in the conditions.
import type { Condition, LeafCondition, RoutingRule } from '@bmrts/shared';

type MoneyCondition = Extract<LeafCondition, { satang: number }>;

/** Where a money condition sits: index in `when`, and index in an `any` group if it is inside one. */
export interface MoneyRef {
  at: number;
  inner: number | null;
  condition: MoneyCondition;
}

const isMoney = (c: LeafCondition): c is MoneyCondition => 'satang' in c;

export function moneyConditions(rule: RoutingRule): MoneyRef[] {
  return rule.when.flatMap((c, at): MoneyRef[] => {
    if (c.kind === 'any') return c.of.flatMap((leaf, inner) => (isMoney(leaf) ? [{ at, inner, condition: leaf }] : []));
    return isMoney(c) ? [{ at, inner: null, condition: c }] : [];
  });
}

function withSatang(c: LeafCondition, satang: number): LeafCondition {
  return isMoney(c) ? { ...c, satang } : c;
}

export function setThreshold(rule: RoutingRule, ref: Pick<MoneyRef, 'at' | 'inner'>, satang: number): RoutingRule {
  const when = rule.when.map((c, at): Condition => {
    if (at !== ref.at) return c;
    if (c.kind === 'any') return { ...c, of: c.of.map((leaf, inner) => (inner === ref.inner ? withSatang(leaf, satang) : leaf)) };
    return withSatang(c, satang);
  });
  return { ...rule, when };
}

export function moveRule(rules: readonly RoutingRule[], index: number, by: -1 | 1): RoutingRule[] {
  const target = index + by;
  const moving = rules[index];
  const other = rules[target];
  if (!moving || !other) return [...rules];
  const next = [...rules];
  next[index] = other;
  next[target] = moving;
  return next;
}
