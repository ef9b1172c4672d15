// The demo's budget lines and ledger (issue 16): a handful of lines for each of the 69 units in the demo's two fiscal
// years, one central-fund line per central-fund item and year, the lines each demo request names, and the entries of
// every approved one, so that `verify-ledger` passes on a fresh start and no line goes below zero.
//
// ALL AMOUNTS ARE SYNTHETIC. The category totals follow the scale of the BMA's FY 2566 budget (DOMAIN.md §8/§9); how
// they are split over units and lines is invented, and a line is raised where the demo's approvals would need more.
import type { Insertable, Kysely } from 'kysely';
import {
  CENTRAL_FUND_ITEMS,
  CENTRAL_FUND_ITEM_NAMES,
  EMPTY_TOTALS,
  afterEntry,
  claimsOf,
  remainingOf,
  type CentralFundItem,
  type LineTotals,
  type RequestContent,
} from '@bmrts/shared';
import { insertBudgetLines, type NewBudgetLine } from '../ledger/budget-lines';
import { refreshPendingTotals } from '../ledger/pending';
import type { BudgetLedgerTable, Database, RequestLineClaimTable } from '../schema';
import { insertInBatches } from './batch-insert';
import type { Random } from './prng';
import type { DemoUnit, RequestShape } from './demo-shape';
import type { DemoRequestRows } from './demo-request-rows';
import { PLANS } from './demo-topics';

const MILLION_BAHT = 100_000_000;
/** Appropriations are set in whole ten thousands of baht, as an ordinance's tables give them. */
const ROUND_SATANG = 1_000_000;

type UnitCategory = 'personnel' | 'operating' | 'investment' | 'subsidy' | 'other';

/** FY 2566 BMA budget by category, million baht (DOMAIN.md §8): the scale the synthetic amounts follow. */
const CATEGORY_TOTALS_MILLION: Record<UnitCategory | 'central', number> = {
  personnel: 17_568,
  operating: 17_701,
  other: 13_703,
  investment: 10_383,
  subsidy: 5_272,
  central: 14_370,
};

/** What a line is for, so a request finds the line its words describe. */
type LineUse = 'salary' | 'wages' | 'fees' | 'services' | 'materials' | 'utilities' | 'equipment' | 'construction' | 'subsidy' | 'other';

interface LineTemplate {
  use: LineUse;
  category: UnitCategory;
  item: string;
  /** Its part of the unit's money in that category. */
  share: number;
}

/** The lines every unit gets each year: the items of the BMA ordinance's tables, at the level they appropriate. */
const UNIT_LINES: readonly LineTemplate[] = [
  { use: 'salary', category: 'personnel', item: 'เงินเดือนและค่าจ้างประจำ', share: 0.85 },
  { use: 'wages', category: 'personnel', item: 'ค่าจ้างชั่วคราว', share: 0.15 },
  { use: 'fees', category: 'operating', item: 'ค่าตอบแทน', share: 0.15 },
  { use: 'services', category: 'operating', item: 'ค่าใช้สอย', share: 0.5 },
  { use: 'materials', category: 'operating', item: 'ค่าวัสดุ', share: 0.2 },
  { use: 'utilities', category: 'operating', item: 'ค่าสาธารณูปโภค', share: 0.15 },
  { use: 'equipment', category: 'investment', item: 'ค่าครุภัณฑ์', share: 0.35 },
  { use: 'construction', category: 'investment', item: 'ค่าที่ดินและสิ่งก่อสร้าง', share: 0.65 },
  { use: 'subsidy', category: 'subsidy', item: 'เงินอุดหนุนทั่วไป', share: 1 },
  { use: 'other', category: 'other', item: 'รายจ่ายอื่น', share: 1 },
];

/** How the central fund splits over its items (synthetic; pensions and contributions weigh most, as in the ordinances). */
const CENTRAL_SHARES: Record<CentralFundItem, number> = {
  staff_assistance: 0.12,
  pension: 0.35,
  contributions: 0.18,
  emergency_reserve: 0.1,
  flood: 0.12,
  city_development: 0.1,
  central_transfer: 0.03,
};

/** Departments carry far more than districts; a unit's part of each category is in proportion to its weight. */
const unitWeight = (unit: DemoUnit) => (unit.kind === 'district' ? 1 : 2.5);
/** The previous year's budget was a little smaller. */
const YEAR_FACTOR = [0.96, 1] as const;

const roundUp = (satang: number) => Math.ceil(satang / ROUND_SATANG) * ROUND_SATANG;
const roundDown = (satang: number) => Math.floor(satang / ROUND_SATANG) * ROUND_SATANG;

export interface DemoLine extends NewBudgetLine {
  id: string;
  use: LineUse | 'central';
}

export interface DemoLedger {
  lines: DemoLine[];
  entries: Insertable<BudgetLedgerTable>[];
  claims: Insertable<RequestLineClaimTable>[];
  /** Each moved line's cached totals after the demo's approvals. */
  totals: Map<string, LineTotals>;
  /** The request that waits at its final level with a line too small for it, to show the refusal. */
  shortTrackingNo: string;
}

/**
 * Plans the lines (ids first, amounts once the requests are known) and names them in the requests' content. Draws on
 * its own random stream, so adding the ledger left the rest of the demo as it was.
 */
export class DemoLedgerPlanner {
  private readonly lines: DemoLine[] = [];
  private readonly unitLines = new Map<string, DemoLine[]>();
  private readonly centralLines = new Map<string, DemoLine>();

  constructor(
    private readonly rng: Random,
    units: readonly DemoUnit[],
    fiscalYears: readonly [number, number],
    private readonly newId: () => string,
  ) {
    const totalWeight = units.reduce((sum, u) => sum + unitWeight(u), 0);
    fiscalYears.forEach((fiscalYear, yearIndex) => {
      const yearFactor = YEAR_FACTOR[yearIndex] ?? 1;
      for (const unit of units) {
        const lines: DemoLine[] = [];
        const plans = rng.shuffled(PLANS);
        UNIT_LINES.forEach((template, i) => {
          // Personnel and operating sit under general administration, as in every unit's table; the rest under one of
          // the unit's programmes.
          const admin = template.category === 'personnel' || template.category === 'operating';
          const plan = admin ? 'แผนงานบริหารทั่วไป' : (plans[i % plans.length] ?? 'แผนงานบริหารทั่วไป');
          const project = admin
            ? `งานบริหารทั่วไป${unit.name_th}`
            : template.category === 'investment'
              ? `โครงการก่อสร้างและจัดหาครุภัณฑ์ ${unit.name_th}`
              : `งานสนับสนุนภารกิจ ${unit.name_th}`;
          const categoryShare = (CATEGORY_TOTALS_MILLION[template.category] * MILLION_BAHT * unitWeight(unit)) / totalWeight;
          const jitter = 0.75 + rng.next() * 0.5;
          lines.push({
            id: newId(),
            use: template.use,
            fiscalYear,
            kind: 'unit',
            unitCode: unit.code,
            code: `${unit.code}-${String(i + 1).padStart(2, '0')}`,
            plan,
            project,
            category: template.category,
            item: template.item,
            centralItem: null,
            appropriationSatang: roundUp(categoryShare * template.share * jitter * yearFactor),
          });
        });
        this.unitLines.set(`${unit.code}|${fiscalYear}`, lines);
        this.lines.push(...lines);
      }
      CENTRAL_FUND_ITEMS.forEach((item, i) => {
        const line: DemoLine = {
          id: newId(),
          use: 'central',
          fiscalYear,
          kind: 'central',
          unitCode: null,
          code: `CF-${String(i + 1).padStart(2, '0')}`,
          plan: 'งบกลาง',
          project: 'งบกลาง',
          category: 'central',
          item: CENTRAL_FUND_ITEM_NAMES[item].th,
          centralItem: item,
          appropriationSatang: roundUp(CATEGORY_TOTALS_MILLION.central * MILLION_BAHT * CENTRAL_SHARES[item] * yearFactor),
        };
        this.centralLines.set(`${item}|${fiscalYear}`, line);
        this.lines.push(line);
      });
    });
  }

  private linesOf(unitCode: string, fiscalYear: number): DemoLine[] {
    const lines = this.unitLines.get(`${unitCode}|${fiscalYear}`);
    if (!lines) throw new Error(`the demo ledger has no lines for ${unitCode} in ${fiscalYear}`);
    return lines;
  }

  /** One of the unit's lines for `uses`, not `avoid` when another fits. */
  private lineFor(unitCode: string, fiscalYear: number, uses: readonly LineUse[], avoid: string | null = null): string {
    const fitting = this.linesOf(unitCode, fiscalYear).filter((l) => (uses as readonly string[]).includes(l.use));
    const preferred = fitting.filter((l) => l.id !== avoid);
    return this.rng.pick(preferred.length > 0 ? preferred : fitting).id;
  }

  /** The content with the lines it draws on and pays into named (the same content the form would send). */
  nameLines(content: RequestContent, unit: DemoUnit, shape: RequestShape): RequestContent {
    const year = content.fiscalYear;
    switch (content.type) {
      case 'allotment': {
        const lineId = this.lineFor(unit.code, year, usesOfAllotment(content));
        return { ...content, details: { ...content.details, lineId } };
      }
      case 'transfer': {
        const { details } = content;
        // A new item, a new project, or an investment item changed in nature (B6/B7) is created by the approval
        // itself: there is no line to pay into yet, so only the source is named (and checked).
        const newDestination = details.createsNewItem || details.newPlanOrProject || details.changesInvestmentNature;
        const lines = details.lines.map((line) => {
          const toLineId = newDestination
            ? null
            : this.lineFor(shape.toUnitCode ?? unit.code, year, usesOfTransferTarget(content.category, line.toItem, details.crossCategory));
          const fromLineId = this.lineFor(unit.code, year, usesOfTransferSource(content.category, line.fromItem), toLineId);
          return { ...line, fromLineId, toLineId };
        });
        return { ...content, details: { ...details, lines } };
      }
      case 'central_fund': {
        const fund = this.centralLines.get(`${content.details.item}|${year}`);
        if (!fund) throw new Error(`the demo ledger has no central-fund line ${content.details.item} in ${year}`);
        // Entitlements pay staff; emergencies and the rest are spent as services.
        const uses: LineUse[] = ['staff_assistance', 'pension', 'contributions'].includes(content.details.item) ? ['salary'] : ['services'];
        return { ...content, details: { ...content.details, fundLineId: fund.id, receivingLineId: this.lineFor(unit.code, year, uses) } };
      }
    }
  }

  /**
   * The ledger of the demo requests as generated: every request's claims; every approved request's entries, at its
   * approving event; lines raised so that no line ever goes below zero (each line's approved draws alone fit in its
   * appropriation, so whatever order they came in, the balance stayed at or above zero); and one line cut down so that a
   * request waiting at its final level cannot be approved (see `shortTrackingNo`).
   */
  finish(requests: readonly DemoRequestRows[]): DemoLedger {
    const claims: Insertable<RequestLineClaimTable>[] = [];
    const entries: Omit<Insertable<BudgetLedgerTable>, 'id'>[] = [];
    const drawn = new Map<string, number>();
    const received = new Map<string, number>();
    const add = (map: Map<string, number>, lineId: string, amount: number) => map.set(lineId, (map.get(lineId) ?? 0) + amount);
    for (const r of requests) {
      const requestId = r.request.id;
      const own = claimsOf(r.content);
      for (const c of own) claims.push({ request_id: requestId, line_id: c.lineId, role: c.role, amount_satang: c.amountSatang });
      if (r.request.status !== 'approved' || own.length === 0) continue;
      const approving = r.events.find((e) => e.to_status === 'approved');
      if (!approving) throw new Error(`approved demo request ${r.request.tracking_no} has no approving event`);
      for (const c of own) {
        entries.push({
          line_id: c.lineId,
          kind: c.kind,
          amount_satang: c.amountSatang,
          request_id: requestId,
          event_id: approving.id,
          at: approving.at,
        });
        add(c.role === 'draw' ? drawn : received, c.lineId, c.amountSatang);
      }
    }

    for (const line of this.lines) {
      const need = drawn.get(line.id) ?? 0;
      // A quarter more than the demo approved, so the line still has room for what waits.
      if (line.appropriationSatang < need) line.appropriationSatang = roundUp(need * 1.25);
    }

    const short = this.pickShort(requests, drawn, received);
    const shortLine = this.lines.find((l) => l.id === short.lineId);
    if (!shortLine) throw new Error('the short demo request names no planned line');
    // What the approvals took, plus about 40 % of what the waiting request asks: its final approval is refused.
    shortLine.appropriationSatang = (drawn.get(short.lineId) ?? 0) + Math.max(ROUND_SATANG, roundDown(short.amountSatang * 0.4));

    const totals = new Map<string, LineTotals>();
    for (const e of entries) {
      const line = totals.get(e.line_id) ?? EMPTY_TOTALS;
      totals.set(e.line_id, afterEntry(line, e.kind as Parameters<typeof afterEntry>[1], Number(e.amount_satang)));
    }
    for (const line of this.lines) {
      const moved = totals.get(line.id);
      const full = { ...(moved ?? EMPTY_TOTALS), appropriationSatang: line.appropriationSatang };
      if (moved) totals.set(line.id, full);
      if (remainingOf(full) < 0) throw new Error(`demo line ${line.code} (${line.fiscalYear}) would go below zero`);
    }
    return {
      lines: this.lines,
      entries: entries.map((e) => ({ ...e, id: this.newId() })),
      claims,
      totals,
      shortTrackingNo: short.trackingNo,
    };
  }

  /**
   * The request shown refused: an allotment waiting at its final level (one the Council need not approve, so that
   * approval makes it final), on a line nothing pays into; of those, the one whose line the demo's approvals used most
   * (a line spent down rather than one never funded), then the lowest level (a demo account near the start of the chain
   * can try it), then the largest. Seeded at the tests' DEMO_NOW (2026-11-24) this is ALT-2570-000021: สำนักการคลัง (D18)
   * asks 18,506,000 baht of construction line D18-08, which has 7,400,000 left, and waits at its final level 8; on
   * another day the rule picks the request that fits it then (tests/db/demo-ledger.test.ts checks one exists).
   */
  private pickShort(
    requests: readonly DemoRequestRows[],
    drawn: ReadonlyMap<string, number>,
    received: ReadonlyMap<string, number>,
  ): { trackingNo: string; lineId: string; amountSatang: number } {
    const candidates = requests
      .filter(
        (r) =>
          r.content.type === 'allotment' &&
          r.content.details.lineId !== null &&
          r.request.status === 'in_review' &&
          r.request.level === r.request.final_level &&
          r.request.council !== 'approve' &&
          !received.has(r.content.details.lineId),
      )
      .sort((a, b) => {
        const used = (r: DemoRequestRows) =>
          r.content.type === 'allotment' && r.content.details.lineId ? (drawn.get(r.content.details.lineId) ?? 0) : 0;
        // Asks of five million baht or more, so the cut line still holds a couple of million: a believable line.
        const small = (r: DemoRequestRows) => (Number(r.request.amount_satang) >= 5 * MILLION_BAHT ? 0 : 1);
        return (
          used(b) - used(a) ||
          small(a) - small(b) ||
          Number(a.request.level) - Number(b.request.level) ||
          Number(b.request.amount_satang) - Number(a.request.amount_satang) ||
          (a.request.tracking_no < b.request.tracking_no ? -1 : 1)
        );
      });
    const chosen = candidates[0];
    if (!chosen || chosen.content.type !== 'allotment' || chosen.content.details.lineId === null)
      throw new Error('no demo allotment waits at its final level');
    return { trackingNo: chosen.request.tracking_no, lineId: chosen.content.details.lineId, amountSatang: chosen.content.amountSatang };
  }
}

function usesOfAllotment(content: Extract<RequestContent, { type: 'allotment' }>): LineUse[] {
  switch (content.category) {
    case 'personnel':
      return ['salary', 'wages'];
    case 'operating':
      return ['fees', 'services', 'materials', 'utilities'];
    case 'investment':
      return content.details.maxEquipmentUnitPriceSatang > 0 ? ['equipment'] : ['construction'];
    case 'subsidy':
      return ['subsidy'];
    case 'other':
      return ['other'];
  }
}

/** The source of a transfer line: leftover equipment or construction money, or an operating item. */
function usesOfTransferSource(category: string, fromItem: string): LineUse[] {
  if (category !== 'investment') return ['fees', 'services', 'materials', 'utilities'];
  return fromItem.includes('ครุภัณฑ์') ? ['equipment'] : ['construction'];
}

/** The destination: across categories the target names its category (งบเงินอุดหนุน…, งบรายจ่ายอื่น…). */
function usesOfTransferTarget(category: string, toItem: string, crossCategory: boolean): LineUse[] {
  if (crossCategory && toItem.startsWith('งบเงินอุดหนุน')) return ['subsidy'];
  if (crossCategory && toItem.startsWith('งบรายจ่ายอื่น')) return ['other'];
  if (category !== 'investment') return ['fees', 'services', 'materials', 'utilities'];
  return toItem.includes('ครุภัณฑ์') ? ['equipment'] : ['construction'];
}

/** Writes the planned lines (with their opening entries), the approvals' entries, the cached totals and every claim. */
export async function seedDemoLedger(trx: Kysely<Database>, ledger: DemoLedger, openedAt: string, newId: () => string): Promise<void> {
  await insertBudgetLines(trx, newId, ledger.lines, openedAt);
  await insertInBatches(trx, 'budget_ledger', ledger.entries);
  // Only the lines the approvals moved: the opening entry already set every line's appropriation.
  for (const [lineId, t] of ledger.totals) {
    await trx
      .updateTable('budget_lines')
      .set({
        allotted_satang: t.allottedSatang,
        transfer_in_satang: t.transferInSatang,
        transfer_out_satang: t.transferOutSatang,
        central_in_satang: t.centralInSatang,
        central_out_satang: t.centralOutSatang,
      })
      .where('id', '=', lineId)
      .execute();
  }
  await insertInBatches(trx, 'request_line_claims', ledger.claims);
  // The requests are already written: what those in review claim is pending on their lines.
  await refreshPendingTotals(trx);
}
