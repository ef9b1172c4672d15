// Demo allotments (เงินประจำงวด), drawn so that every allotment routing rule, A1 to A6, occurs.
import type { Random } from './prng';
import type { DemoUnit, RequestShape } from './demo-shape';
import { bahtBetween, fillPlaces, topicFor } from './demo-shape';
import type { ConstructionTopic, EquipmentTopic } from './demo-topics';
import { LARGE_CONSTRUCTION, LARGE_EQUIPMENT, PERSONNEL_ITEMS, SMALL_CONSTRUCTION, SMALL_EQUIPMENT, SPENDING_TOPICS } from './demo-topics';

const ALLOTMENT_RULE_MIX = [
  ['A1', 12],
  ['A2', 35],
  ['A3', 14],
  ['A4', 17],
  ['A5', 12],
  ['A6', 10],
] as const;

function personnel(rng: Random): RequestShape {
  return {
    substance: { type: 'allotment', category: 'personnel', amountSatang: bahtBetween(rng, 1_500_000, 60_000_000, 1000), details: {} },
    subject: rng.pick(PERSONNEL_ITEMS),
    purpose: 'จ่ายเงินเดือนและค่าจ้างให้บุคลากรครบตามกรอบอัตรากำลัง',
    note: null,
  };
}

function spending(rng: Random, unit: DemoUnit, large: boolean): RequestShape {
  const topic = topicFor(
    rng,
    SPENDING_TOPICS.filter((t) => !large || t.large === true),
    unit,
  );
  const amountSatang = large ? bahtBetween(rng, 10_100_000, 50_000_000, 1000) : bahtBetween(rng, 150_000, 10_000_000);
  return {
    substance: { type: 'allotment', category: topic.category, amountSatang, details: {} },
    subject: topic.item,
    purpose: topic.purpose,
    note: null,
  };
}

function equipment(rng: Random, unit: DemoUnit, topics: readonly EquipmentTopic[]): RequestShape {
  const topic = topicFor(rng, topics, unit);
  const unitBaht = Math.round(rng.int(topic.unitBaht[0], topic.unitBaht[1]) / 100) * 100;
  const quantity = rng.int(topic.quantity[0], topic.quantity[1]);
  return {
    substance: {
      type: 'allotment',
      category: 'investment',
      amountSatang: unitBaht * quantity * 100,
      details: { maxEquipmentUnitPriceSatang: unitBaht * 100 },
    },
    subject: `ค่าครุภัณฑ์ ${topic.item} จำนวน ${quantity} ${topic.unitName}`,
    purpose: topic.purpose,
    note: null,
  };
}

function construction(rng: Random, unit: DemoUnit, topics: readonly ConstructionTopic[]): RequestShape {
  const topic = topicFor(rng, topics, unit);
  const costSatang = bahtBetween(rng, topic.baht[0], topic.baht[1], 1000);
  return {
    substance: { type: 'allotment', category: 'investment', amountSatang: costSatang, details: { maxConstructionSatang: costSatang } },
    subject: `ค่าที่ดินและสิ่งก่อสร้าง ${fillPlaces(rng, topic.item)}`,
    purpose: topic.purpose,
    note: null,
  };
}

/** The first year's instalment of a construction contract that runs three years (rule A6). */
function multiYear(rng: Random, unit: DemoUnit): RequestShape {
  const topic = topicFor(rng, LARGE_CONSTRUCTION, unit);
  const totalSatang = bahtBetween(rng, Math.max(topic.baht[0], 40_000_000), Math.max(topic.baht[1], 60_000_000), 1000);
  const firstYearSatang = Math.round((totalSatang * (0.2 + rng.next() * 0.2)) / 100_000) * 100_000;
  return {
    substance: {
      type: 'allotment',
      category: 'investment',
      amountSatang: firstYearSatang,
      details: { multiYear: true, maxConstructionSatang: totalSatang },
    },
    subject: `ค่าที่ดินและสิ่งก่อสร้าง ${fillPlaces(rng, topic.item)} (ผูกพันงบประมาณ 3 ปี งวดปีที่ 1)`,
    purpose: topic.purpose,
    note: 'เป็นรายการผูกพันงบประมาณข้ามปีงบประมาณ ระยะเวลาดำเนินการ 3 ปี',
  };
}

function outsidePlan(rng: Random, unit: DemoUnit): RequestShape {
  const topic = topicFor(rng, SPENDING_TOPICS, unit);
  return {
    substance: {
      type: 'allotment',
      category: topic.category,
      amountSatang: bahtBetween(rng, 1_000_000, 20_000_000, 1000),
      details: { outsidePlan: true },
    },
    subject: `${topic.item} (รายการนอกแผนการใช้จ่ายงบประมาณ)`,
    purpose: topic.purpose,
    note: 'รายการนี้ไม่อยู่ในแผนการใช้จ่ายงบประมาณที่ได้รับอนุมัติ เนื่องจากเป็นภารกิจที่เกิดขึ้นใหม่ระหว่างปี',
  };
}

export function drawAllotment(rng: Random, unit: DemoUnit): RequestShape {
  switch (rng.weighted(ALLOTMENT_RULE_MIX)) {
    case 'A1':
      return personnel(rng);
    case 'A2':
      return spending(rng, unit, false);
    case 'A3':
      return spending(rng, unit, true);
    case 'A4':
      return rng.chance(0.5) ? equipment(rng, unit, SMALL_EQUIPMENT) : construction(rng, unit, SMALL_CONSTRUCTION);
    case 'A5':
      return rng.chance(0.5) ? equipment(rng, unit, LARGE_EQUIPMENT) : construction(rng, unit, LARGE_CONSTRUCTION);
    case 'A6':
      return rng.chance(0.6) ? multiYear(rng, unit) : outsidePlan(rng, unit);
  }
}
