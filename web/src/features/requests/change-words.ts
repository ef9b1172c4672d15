// A content change in words: the field's Thai (or English) name and its values as a reader knows them
// (baht, yes/no, category and item names, a letter's date in BE, a transfer line as "from → to: amount").
import type { TFunction } from 'i18next';
import {
  CATEGORIES,
  CATEGORY_NAMES,
  CENTRAL_FUND_ITEMS,
  CENTRAL_FUND_ITEM_NAMES,
  formatMoney,
  formatThaiCalendarDate,
  REQUEST_TYPE_NAMES,
  REQUEST_TYPES,
  TRANSFER_FLAGS,
} from '@bmrts/shared';
import type { Lang } from '@bmrts/shared';

const PLAIN_FIELDS = [
  'type',
  'fiscalYear',
  'title',
  'justification',
  'letterNo',
  'letterDate',
  'amountSatang',
  'category',
  'item',
  'maxEquipmentUnitPriceSatang',
  'maxConstructionSatang',
  'fromItem',
  'toItem',
] as const;
const FLAGS = [...TRANSFER_FLAGS, 'multiYear', 'outsidePlan'] as const;

function fieldName(t: TFunction, key: string): string {
  const plain = PLAIN_FIELDS.find((f) => f === key);
  if (plain) return t(`changes.fields.${plain}`);
  const flag = FLAGS.find((f) => f === key);
  if (flag) return t(`form.flag.${flag}`);
  return key;
}

/** 'details.lines[1].toItem' → "รายการโอนที่ 2: ไปยังรายการ"; 'details.lines' → added or removed by which side is null. */
export function changeFieldName(t: TFunction, field: string, before: unknown): string {
  if (field === 'details.lines') return before === null ? t('changes.lineAdded') : t('changes.lineRemoved');
  const line = /^details\.lines\[(\d+)\]\.(\w+)$/.exec(field);
  if (line) {
    const key = line[2] ?? '';
    const name = key === 'amountSatang' ? t('transferLines.amount') : fieldName(t, key);
    return t('changes.lineField', { n: Number(line[1]) + 1, field: name });
  }
  return fieldName(t, field.replace(/^details\./, ''));
}

function isLine(value: unknown): value is { fromItem: string; toItem: string; amountSatang: number } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'fromItem' in value &&
    'toItem' in value &&
    'amountSatang' in value &&
    typeof value.fromItem === 'string' &&
    typeof value.toItem === 'string' &&
    typeof value.amountSatang === 'number'
  );
}

export function changeValue(t: TFunction, lang: Lang, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('changes.empty');
  if (typeof value === 'boolean') return value ? t('changes.yes') : t('changes.no');
  if (typeof value === 'number') return field.endsWith('Satang') ? formatMoney(value, lang) : String(value);
  if (isLine(value)) return `${value.fromItem} → ${value.toItem}: ${formatMoney(value.amountSatang, lang)}`;
  if (typeof value === 'string') {
    const category = CATEGORIES.find((c) => c === value);
    if (field === 'category' && category) return CATEGORY_NAMES[category][lang];
    const item = CENTRAL_FUND_ITEMS.find((c) => c === value);
    if (field === 'details.item' && item) return CENTRAL_FUND_ITEM_NAMES[item][lang];
    const type = REQUEST_TYPES.find((c) => c === value);
    if (field === 'type' && type) return REQUEST_TYPE_NAMES[type][lang];
    // The letter's date as a Thai reader dates a letter, "1 ธ.ค. 2569", not the stored "2026-12-01".
    if (field === 'letterDate' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatThaiCalendarDate(value, lang);
    return value;
  }
  return JSON.stringify(value);
}
