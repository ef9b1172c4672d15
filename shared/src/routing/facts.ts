// What the routing rules read from a request: its type, category, amount and the routing flags.
import type { CentralFundItem, Category, RequestType } from '../request-types';

export interface RoutingFacts {
  type: RequestType;
  category: Category;
  amountSatang: number;
  centralFundItem: CentralFundItem | null;
  /** Highest unit price of any equipment item (ครุภัณฑ์), satang. */
  maxEquipmentUnitPriceSatang: number;
  /** Highest cost of any construction item (สิ่งก่อสร้าง), satang. */
  maxConstructionSatang: number;
  multiYear: boolean;
  outsidePlan: boolean;
  detailsOnly: boolean;
  crossCategory: boolean;
  crossPlan: boolean;
  createsNewItem: boolean;
  changesInvestmentNature: boolean;
  betweenUnits: boolean;
  newPlanOrProject: boolean;
}

export const BOOLEAN_FACTS = [
  'multiYear',
  'outsidePlan',
  'detailsOnly',
  'crossCategory',
  'crossPlan',
  'createsNewItem',
  'changesInvestmentNature',
  'betweenUnits',
  'newPlanOrProject',
] as const;
export type BooleanFact = (typeof BOOLEAN_FACTS)[number];

export const MONEY_FACTS = ['amountSatang', 'maxEquipmentUnitPriceSatang', 'maxConstructionSatang'] as const;
export type MoneyFact = (typeof MONEY_FACTS)[number];
