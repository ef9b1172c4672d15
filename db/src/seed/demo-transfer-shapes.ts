// Demo transfers (โอน/เปลี่ยนแปลงรายละเอียด) with lines that balance, drawn so that rules B1 to B7 all occur.
import type { Random } from './prng';
import type { DemoUnit, RequestShape, TransferDetailsInput, TransferLineInput } from './demo-shape';
import { bahtBetween, fillPlaces, splitAmount, topicFor } from './demo-shape';
import {
  CROSS_CATEGORY_TARGETS,
  DETAILS_ONLY_CHANGES,
  LARGE_CONSTRUCTION,
  LARGE_EQUIPMENT,
  NEW_PROJECTS,
  PLANS,
  SMALL_CONSTRUCTION,
  SMALL_EQUIPMENT,
  TRANSFER_SOURCES,
  TRANSFER_TARGETS,
} from './demo-topics';

const TRANSFER_RULE_MIX = [
  ['B1', 8],
  ['B2', 40],
  ['B3', 15],
  ['B4', 12],
  ['B5', 8],
  ['B6', 9],
  ['B7', 8],
] as const;

function transfer(
  category: 'operating' | 'investment',
  lines: TransferLineInput[],
  details: Omit<TransferDetailsInput, 'lines'>,
  subject: string,
  purpose: string,
): RequestShape {
  const amountSatang = lines.reduce((sum, line) => sum + line.amountSatang, 0);
  return { substance: { type: 'transfer', category, amountSatang, details: { ...details, lines } }, subject, purpose, note: null };
}

/** Lines from one or more operating items with money left over to one item that runs short. */
function operatingLines(rng: Random, totalSatang: number, sources: readonly string[], toItem: string): TransferLineInput[] {
  return splitAmount(rng, totalSatang, sources.length).map((amountSatang, i) => ({
    fromItem: sources[i] ?? sources[0] ?? '',
    toItem,
    amountSatang,
  }));
}

function detailsOnly(rng: Random): RequestShape {
  const change = rng.pick(DETAILS_ONLY_CHANGES);
  return {
    substance: { type: 'transfer', category: change.category, amountSatang: 0, details: { detailsOnly: true, lines: [] } },
    subject: `ขอเปลี่ยนแปลงรายละเอียด${change.item} (${change.change})`,
    purpose: change.change,
    note: null,
  };
}

/** Large sums gather leftovers from several items, so they come with at least `minSources` lines. */
function withinCategory(rng: Random, unit: DemoUnit, minBaht: number, maxBaht: number, minSources = 1): RequestShape {
  const target = topicFor(rng, TRANSFER_TARGETS, unit);
  const sources = rng.shuffled(TRANSFER_SOURCES).slice(
    0,
    Math.max(
      minSources,
      rng.weighted([
        [1, 60],
        [2, 30],
        [3, 10],
      ]),
    ),
  );
  const lines = operatingLines(rng, bahtBetween(rng, minBaht, maxBaht), sources, target.item);
  const subject =
    lines.length === 1
      ? `ขอโอนงบประมาณจาก${lines[0]?.fromItem ?? ''}ไปเป็น${target.item}`
      : `ขอโอนงบประมาณงบดำเนินงาน ${lines.length} รายการ ไปเป็น${target.item}`;
  return transfer('operating', lines, {}, subject, target.purpose);
}

function acrossCategoryOrPlan(rng: Random, unit: DemoUnit): RequestShape {
  const source = rng.pick(TRANSFER_SOURCES);
  const totalSatang = bahtBetween(rng, 300_000, 5_000_000);
  if (rng.chance(0.5)) {
    const target = rng.pick(CROSS_CATEGORY_TARGETS);
    const lines = [{ fromItem: `งบดำเนินงาน ${source}`, toItem: target, amountSatang: totalSatang }];
    return transfer(
      'operating',
      lines,
      { crossCategory: true },
      `ขอโอนงบประมาณข้ามงบรายจ่าย จากงบดำเนินงาน ${source} ไปเป็น${target}`,
      'จัดให้นักเรียนและผู้รับบริการได้รับประโยชน์ครบตามเป้าหมาย',
    );
  }
  const [fromPlan = PLANS[0], toPlan = PLANS[1]] = rng.shuffled(PLANS);
  const target = topicFor(rng, TRANSFER_TARGETS, unit);
  const lines = [{ fromItem: `${fromPlan} ${source}`, toItem: `${toPlan} ${target.item}`, amountSatang: totalSatang }];
  return transfer(
    'operating',
    lines,
    { crossPlan: true },
    `ขอโอนงบประมาณข้ามแผนงาน จาก${fromPlan} ไป${toPlan} เพื่อเป็น${target.item}`,
    target.purpose,
  );
}

/** Investment under the equipment and construction thresholds, nothing about the item changes (B4). */
function smallInvestment(rng: Random, unit: DemoUnit): RequestShape {
  const totalSatang = bahtBetween(rng, 1_000_000, 9_000_000, 1000);
  if (rng.chance(0.5)) {
    const [to, from] = rng.shuffled(SMALL_EQUIPMENT);
    const target = to ?? topicFor(rng, SMALL_EQUIPMENT, unit);
    const unitBaht = target.unitBaht[1];
    const lines = [
      { fromItem: `เงินเหลือจ่ายค่าครุภัณฑ์ ${from?.item ?? 'รายการอื่น'}`, toItem: `ค่าครุภัณฑ์ ${target.item}`, amountSatang: totalSatang },
    ];
    return transfer(
      'investment',
      lines,
      { maxEquipmentUnitPriceSatang: unitBaht * 100 },
      `ขอโอนงบประมาณเหลือจ่ายค่าครุภัณฑ์ไปเป็นค่าครุภัณฑ์ ${target.item}`,
      target.purpose,
    );
  }
  const target = topicFor(rng, SMALL_CONSTRUCTION, unit);
  const from = rng.pick(SMALL_CONSTRUCTION);
  const item = fillPlaces(rng, target.item);
  const lines = [{ fromItem: `เงินเหลือจ่ายค่าก่อสร้าง ${fillPlaces(rng, from.item)}`, toItem: `ค่าก่อสร้าง ${item}`, amountSatang: totalSatang }];
  return transfer(
    'investment',
    lines,
    { maxConstructionSatang: totalSatang },
    `ขอโอนงบประมาณเหลือจ่ายไปสมทบค่าก่อสร้าง ${item}`,
    target.purpose,
  );
}

/** Money left over from a large construction contract: the only source big enough for tens of millions. */
function largeLeftover(rng: Random): string {
  return `เงินเหลือจ่ายค่าก่อสร้าง ${fillPlaces(rng, rng.pick(LARGE_CONSTRUCTION).item)}`;
}

/** Investment at or above the thresholds (B5): a large construction or costly equipment. */
function largeInvestment(rng: Random, unit: DemoUnit): RequestShape {
  const totalSatang = bahtBetween(rng, 10_000_000, 50_000_000, 1000);
  const from = largeLeftover(rng);
  if (rng.chance(0.3)) {
    const target = topicFor(rng, LARGE_EQUIPMENT, unit);
    const lines = [{ fromItem: from, toItem: `ค่าครุภัณฑ์ ${target.item}`, amountSatang: totalSatang }];
    return transfer(
      'investment',
      lines,
      { maxEquipmentUnitPriceSatang: target.unitBaht[0] * 100 },
      `ขอโอนงบประมาณไปสมทบค่าครุภัณฑ์ ${target.item}`,
      target.purpose,
    );
  }
  const target = topicFor(rng, LARGE_CONSTRUCTION, unit);
  const item = fillPlaces(rng, target.item);
  const lines = [{ fromItem: from, toItem: `ค่าก่อสร้าง ${item}`, amountSatang: totalSatang }];
  return transfer('investment', lines, { maxConstructionSatang: totalSatang }, `ขอโอนงบประมาณไปสมทบค่าก่อสร้าง ${item}`, target.purpose);
}

/** Investment that changes an item's nature, quantity or quality, or creates a new item (B6: the Council approves). */
function changedInvestment(rng: Random, unit: DemoUnit): RequestShape {
  const totalSatang = bahtBetween(rng, 1_000_000, 30_000_000, 1000);
  if (rng.chance(0.6)) {
    const target = topicFor(rng, [...SMALL_CONSTRUCTION, ...LARGE_CONSTRUCTION], unit);
    const item = fillPlaces(rng, target.item);
    const lines = [
      { fromItem: `ค่าก่อสร้าง ${item} (รายการเดิม)`, toItem: `ค่าก่อสร้าง ${item} (ปรับปริมาณงานและรูปแบบ)`, amountSatang: totalSatang },
    ];
    return transfer(
      'investment',
      lines,
      { changesInvestmentNature: true, maxConstructionSatang: totalSatang },
      `ขอเปลี่ยนแปลงรายการ${item} (เปลี่ยนแปลงปริมาณงานและคุณลักษณะ)`,
      target.purpose,
    );
  }
  const target = topicFor(rng, SMALL_EQUIPMENT, unit);
  const from = largeLeftover(rng);
  const lines = [{ fromItem: from, toItem: `ค่าครุภัณฑ์ ${target.item} (รายการใหม่)`, amountSatang: totalSatang }];
  return transfer(
    'investment',
    lines,
    { createsNewItem: true, maxEquipmentUnitPriceSatang: target.unitBaht[1] * 100 },
    `ขอโอนงบประมาณไปตั้งรายการใหม่ ค่าครุภัณฑ์ ${target.item}`,
    target.purpose,
  );
}

/** Between budget units, or a new plan or project (B7: the Council approves). */
function councilTransfer(rng: Random, unit: DemoUnit, units: readonly DemoUnit[]): RequestShape {
  const totalSatang = bahtBetween(rng, 1_000_000, 20_000_000, 1000);
  const source = rng.pick(TRANSFER_SOURCES);
  if (rng.chance(0.5)) {
    const other = rng.pick(units.filter((u) => u.code !== unit.code));
    const target = topicFor(rng, TRANSFER_TARGETS, other);
    const lines = [{ fromItem: `${unit.name_th} ${source}`, toItem: `${other.name_th} ${target.item}`, amountSatang: totalSatang }];
    return {
      ...transfer('operating', lines, { betweenUnits: true }, `ขอโอนงบประมาณไปตั้งจ่ายที่${other.name_th} รายการ${target.item}`, target.purpose),
      toUnitCode: other.code,
    };
  }
  const project = rng.pick(NEW_PROJECTS);
  const lines = operatingLines(rng, totalSatang, rng.shuffled(TRANSFER_SOURCES).slice(0, 2), `${project} (โครงการใหม่)`);
  return transfer(
    'operating',
    lines,
    { newPlanOrProject: true },
    `ขอโอนงบประมาณเพื่อตั้ง${project} (โครงการใหม่)`,
    `ดำเนิน${project}ตามนโยบายผู้บริหาร`,
  );
}

export function drawTransfer(rng: Random, unit: DemoUnit, units: readonly DemoUnit[]): RequestShape {
  switch (rng.weighted(TRANSFER_RULE_MIX)) {
    case 'B1':
      return detailsOnly(rng);
    case 'B2':
      return withinCategory(rng, unit, 50_000, 5_000_000);
    case 'B3':
      return rng.chance(0.75) ? acrossCategoryOrPlan(rng, unit) : withinCategory(rng, unit, 10_500_000, 20_000_000, 3);
    case 'B4':
      return smallInvestment(rng, unit);
    case 'B5':
      return largeInvestment(rng, unit);
    case 'B6':
      return changedInvestment(rng, unit);
    case 'B7':
      return councilTransfer(rng, unit, units);
  }
}
