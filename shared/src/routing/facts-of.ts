// Turns a request's content into the facts the routing rules read.
import type { RequestContent } from '../schemas/request-content';
import type { RoutingFacts } from './facts';

export function routingFactsOf(content: RequestContent): RoutingFacts {
  const facts: RoutingFacts = {
    type: content.type,
    category: content.category,
    amountSatang: content.amountSatang,
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
  };
  switch (content.type) {
    case 'allotment':
      return { ...facts, ...content.details };
    case 'transfer': {
      const { lines: _lines, ...flags } = content.details;
      return { ...facts, ...flags };
    }
    case 'central_fund':
      return { ...facts, centralFundItem: content.details.item };
  }
}
