// What the request form holds (text as typed, so money is never a float) and how it becomes request content.
import { MAX_SATANG, parseBahtToSatang, formatSatangNumber } from '@bmrts/shared';
import type { CentralFundItem, Category, RequestContent, RequestType, TransferFlag } from '@bmrts/shared';

export type UnitCategory = Exclude<Category, 'central'>;
export const UNIT_CATEGORIES: readonly UnitCategory[] = ['personnel', 'operating', 'investment', 'subsidy', 'other'];

export interface TransferLineValues {
  key: number;
  fromItem: string;
  toItem: string;
  amount: string;
  /** The budget lines the money leaves and arrives on (issue 16); null where none is chosen. */
  fromLineId: string | null;
  toLineId: string | null;
}

export interface FormValues {
  type: RequestType;
  fiscalYear: string;
  title: string;
  justification: string;
  /** The unit's letter number as typed, and its date "YYYY-MM-DD" ('' for none, as the date field reports it). */
  letterNo: string;
  letterDate: string;
  amount: string;
  category: UnitCategory;
  multiYear: boolean;
  outsidePlan: boolean;
  maxEquipment: string;
  maxConstruction: string;
  lines: TransferLineValues[];
  transferFlags: Record<TransferFlag, boolean>;
  centralFundItem: CentralFundItem | '';
  /** The budget line an allotment draws on; a central-fund request's fund line and the unit's receiving line. */
  lineId: string | null;
  fundLineId: string | null;
  receivingLineId: string | null;
}

let nextLineKey = 1;
export function newLine(
  fromItem = '',
  toItem = '',
  amount = '',
  fromLineId: string | null = null,
  toLineId: string | null = null,
): TransferLineValues {
  return { key: nextLineKey++, fromItem, toItem, amount, fromLineId, toLineId };
}

const noTransferFlags = (): Record<TransferFlag, boolean> => ({
  detailsOnly: false,
  crossCategory: false,
  crossPlan: false,
  createsNewItem: false,
  changesInvestmentNature: false,
  betweenUnits: false,
  newPlanOrProject: false,
});

export function emptyValues(fiscalYear: number): FormValues {
  return {
    type: 'allotment',
    fiscalYear: String(fiscalYear),
    title: '',
    justification: '',
    letterNo: '',
    letterDate: '',
    amount: '',
    category: 'operating',
    multiYear: false,
    outsidePlan: false,
    maxEquipment: '',
    maxConstruction: '',
    lines: [newLine()],
    transferFlags: noTransferFlags(),
    centralFundItem: '',
    lineId: null,
    fundLineId: null,
    receivingLineId: null,
  };
}

const moneyInput = (satang: number) => (satang === 0 ? '' : formatSatangNumber(satang));

export function valuesFromContent(content: RequestContent): FormValues {
  const base = {
    ...emptyValues(content.fiscalYear),
    type: content.type,
    title: content.title,
    justification: content.justification,
    letterNo: content.letterNo ?? '',
    letterDate: content.letterDate ?? '',
    amount: formatSatangNumber(content.amountSatang),
  };
  switch (content.type) {
    case 'allotment':
      return {
        ...base,
        category: content.category,
        multiYear: content.details.multiYear,
        outsidePlan: content.details.outsidePlan,
        maxEquipment: moneyInput(content.details.maxEquipmentUnitPriceSatang),
        maxConstruction: moneyInput(content.details.maxConstructionSatang),
        lineId: content.details.lineId,
      };
    case 'transfer': {
      const { lines, maxEquipmentUnitPriceSatang, maxConstructionSatang, ...flags } = content.details;
      return {
        ...base,
        category: content.category,
        transferFlags: flags,
        lines: lines.map((l) => newLine(l.fromItem, l.toItem, formatSatangNumber(l.amountSatang), l.fromLineId, l.toLineId)),
        maxEquipment: moneyInput(maxEquipmentUnitPriceSatang),
        maxConstruction: moneyInput(maxConstructionSatang),
      };
    }
    case 'central_fund':
      return {
        ...base,
        centralFundItem: content.details.item,
        fundLineId: content.details.fundLineId,
        receivingLineId: content.details.receivingLineId,
      };
  }
}

/** A money field read exactly: empty reads as 0, anything unreadable is reported by its path. */
function readMoney(text: string, path: string, invalid: string[]): number {
  if (text.trim() === '') return 0;
  const satang = parseBahtToSatang(text);
  if (satang !== null) return satang;
  // Well-formed baht too large to count exactly: over the schema's limit, so the schema says what the limit is.
  if (/^\d+(\.\d{0,2})?$/.test(text.replace(/[,\s]/g, '').replace(/บาท$/, ''))) return MAX_SATANG + 1;
  invalid.push(path);
  return 0;
}

export interface ContentDraft {
  /** The content as typed, for the schema to check and the routing preview to read. */
  content: RequestContent;
  /** Paths of money fields that could not be read as baht. */
  invalidMoney: string[];
}

export function contentOf(values: FormValues): ContentDraft {
  const invalidMoney: string[] = [];
  const common = {
    fiscalYear: /^\d{4}$/.test(values.fiscalYear) ? Number(values.fiscalYear) : 0,
    title: values.title,
    justification: values.justification,
    // Left blank, the letter is "not given" (null), not an empty number the schema would refuse as too short.
    letterNo: values.letterNo.trim() === '' ? null : values.letterNo,
    letterDate: values.letterDate === '' ? null : values.letterDate,
    amountSatang: readMoney(values.amount, 'amountSatang', invalidMoney),
  };
  const investment = values.category === 'investment';
  const thresholds = {
    maxEquipmentUnitPriceSatang: investment ? readMoney(values.maxEquipment, 'details.maxEquipmentUnitPriceSatang', invalidMoney) : 0,
    maxConstructionSatang: investment ? readMoney(values.maxConstruction, 'details.maxConstructionSatang', invalidMoney) : 0,
  };
  let content: RequestContent;
  switch (values.type) {
    case 'allotment':
      content = {
        type: 'allotment',
        ...common,
        category: values.category,
        details: { multiYear: values.multiYear, outsidePlan: values.outsidePlan, ...thresholds, lineId: values.lineId },
      };
      break;
    case 'transfer':
      content = {
        type: 'transfer',
        ...common,
        category: values.category,
        details: {
          ...values.transferFlags,
          ...thresholds,
          lines: values.lines.map((line, i) => ({
            fromItem: line.fromItem,
            toItem: line.toItem,
            amountSatang: readMoney(line.amount, `details.lines.${i}.amountSatang`, invalidMoney),
            fromLineId: line.fromLineId,
            toLineId: line.toLineId,
          })),
        },
      };
      break;
    case 'central_fund':
      // An unchosen item is sent as '' on purpose so the schema reports it beside the select.
      content = {
        type: 'central_fund',
        ...common,
        category: 'central',
        details: {
          item: values.centralFundItem as CentralFundItem,
          fundLineId: values.fundLineId,
          receivingLineId: values.receivingLineId,
        },
      };
      break;
  }
  return { content, invalidMoney };
}
