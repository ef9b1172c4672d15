// Demo central-fund requests (งบกลาง): emergencies and floods (rule C2) and entitlement items (rule C1).
import type { Random } from './prng';
import type { RequestShape } from './demo-shape';
import { bahtBetween, fillPlaces } from './demo-shape';
import { CENTRAL_FUND_TOPICS } from './demo-central-fund-topics';

export function drawCentralFund(rng: Random): RequestShape {
  const topic = rng.weighted(CENTRAL_FUND_TOPICS.map((t) => [t, t.weight] as const));
  return {
    substance: {
      type: 'central_fund',
      category: 'central',
      amountSatang: bahtBetween(rng, topic.baht[0], topic.baht[1], 1000),
      details: { item: topic.item },
    },
    subject: fillPlaces(rng, topic.title),
    purpose: topic.purpose,
    note: null,
  };
}
