// A routing rule's conditions in words ("งบรายจ่ายเป็น งบลงทุน และ วงเงินที่ขอ ไม่เกิน 50,000,000.00 บาท").
import type { TFunction } from 'i18next';
import { CATEGORY_NAMES, CENTRAL_FUND_ITEM_NAMES, formatMoney } from '@bmrts/shared';
import type { Condition, Lang, LeafCondition } from '@bmrts/shared';

function leafWords(c: LeafCondition, t: TFunction, lang: Lang): string {
  switch (c.kind) {
    case 'categoryIn':
      return t('admin.rules.cond.categoryIn', { values: c.values.map((v) => CATEGORY_NAMES[v][lang]).join(', ') });
    case 'centralFundItemIn':
      return t('admin.rules.cond.centralFundItemIn', { values: c.values.map((v) => CENTRAL_FUND_ITEM_NAMES[v][lang]).join(', ') });
    case 'flag': {
      const fact = t(`form.flag.${c.fact}`);
      return c.value ? t('admin.rules.cond.flagTrue', { fact }) : t('admin.rules.cond.flagFalse', { fact });
    }
    default:
      return t(`admin.rules.cond.${c.kind}`, { fact: t(`admin.rules.fact.${c.fact}`), amount: formatMoney(c.satang, lang) });
  }
}

export function conditionWords(c: Condition, t: TFunction, lang: Lang): string {
  if (c.kind === 'any') return `(${c.of.map((inner) => leafWords(inner, t, lang)).join(` ${t('admin.rules.or')} `)})`;
  return leafWords(c, t, lang);
}

/** Every condition of the rule joined by "and"; an empty list matches every remaining request. */
export function ruleConditionWords(when: readonly Condition[], t: TFunction, lang: Lang): string[] {
  return when.length === 0 ? [t('admin.rules.always')] : when.map((c) => conditionWords(c, t, lang));
}
