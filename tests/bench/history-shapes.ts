// The few request histories the bench seeder repeats a million times, worked out once through the real machine
// so every stored state and event is one the server itself could have produced.
import { requestStateColumns, type RequestStateColumns } from '@bmrts/db';
import {
  DEFAULT_ROUTING_RULES,
  decide,
  initialMachineState,
  machineEvent,
  routeRequest,
  routingFactsOf,
  requestContentSchema,
  type RequestContent,
  type RequestEventType,
  type RouteDecision,
  type StoredMachineState,
} from '@bmrts/shared';

export interface ShapeStep {
  type: RequestEventType;
  from: StoredMachineState;
  to: StoredMachineState;
  comment: string | null;
  /** Who acts: the unit's staff, or the reviewer at the level the request stood at. */
  actor: 'staff' | number;
}

export interface HistoryShape {
  name: string;
  /** Share of the seeded requests, out of 100. */
  weight: number;
  content: RequestContent;
  route: RouteDecision;
  steps: ShapeStep[];
  state: StoredMachineState;
  /** The row's machine_state and the columns repeating it, worked out once per shape. */
  stateColumns: RequestStateColumns;
}

const MILLION_BAHT = 100_000_000;

function allotmentContent(multiYear: boolean): RequestContent {
  return requestContentSchema.parse({
    type: 'allotment',
    fiscalYear: 2569,
    title: multiYear ? 'ขออนุมัติเงินประจำงวด ผูกพันข้ามปีงบประมาณ ก่อสร้างอาคาร' : 'ขออนุมัติเงินประจำงวด ค่าจ้างเหมาทำความสะอาด',
    justification: 'เพื่อให้การดำเนินงานเป็นไปตามแผนการใช้จ่ายงบประมาณ',
    amountSatang: 2 * MILLION_BAHT,
    category: 'operating',
    details: { multiYear, outsidePlan: false, maxEquipmentUnitPriceSatang: 0, maxConstructionSatang: 0 },
  });
}

function shape(name: string, weight: number, content: RequestContent, events: RequestEventType[]): HistoryShape {
  const route = routeRequest(routingFactsOf(content), DEFAULT_ROUTING_RULES);
  let state = initialMachineState();
  const steps: ShapeStep[] = [];
  for (const type of events) {
    const comment = type === 'RETURN' || type === 'REJECT' ? 'ขอเอกสารประกอบเพิ่มเติม' : null;
    const decision = decide(state, machineEvent(type, comment ?? undefined, route));
    if (!decision.ok) throw new Error(`bench shape ${name}: ${type} refused (${decision.reason})`);
    const actor = type === 'SUBMIT' || type === 'RESUBMIT' ? 'staff' : state.context.level;
    steps.push({ type, from: decision.from, to: decision.state, comment, actor });
    state = decision.state;
  }
  return { name, weight, content, route, steps, state, stateColumns: requestStateColumns(state) };
}

/**
 * A transfer of 3 M baht within the unit's plan (rule B2: decided at level 6), from one budget line to another, waiting
 * at level 6: its next approval is final and moves money on two lines (issue 16). Without `lines`, the same transfer
 * names no budget line, as one imported from the old sheet: nothing to check.
 */
export function transferAwaitingFinal(lines?: { fromLineId: string; toLineId: string }): HistoryShape {
  const content = requestContentSchema.parse({
    type: 'transfer',
    fiscalYear: 2569,
    title: 'ขอโอนงบประมาณค่าวัสดุไปเป็นค่าซ่อมแซมอาคาร',
    justification: 'ค่าวัสดุคงเหลือจ่าย อาคารสำนักงานชำรุดต้องซ่อมแซมก่อนฤดูฝน',
    amountSatang: 3 * MILLION_BAHT,
    category: 'operating',
    details: { lines: [{ fromItem: 'ค่าวัสดุ', toItem: 'ค่าซ่อมแซมอาคาร', amountSatang: 3 * MILLION_BAHT, ...lines }] },
  });
  return shape('transfer waiting at its final level', 0, content, ['SUBMIT', 'APPROVE', 'APPROVE', 'APPROVE', 'APPROVE']);
}

export function historyShapes(): { shapes: HistoryShape[]; awaitingLevel2: HistoryShape } {
  const small = allotmentContent(false);
  const multiYear = allotmentContent(true);
  const shapes = [
    shape('approved', 40, small, ['SUBMIT', 'APPROVE', 'APPROVE', 'APPROVE']),
    shape('returned, resubmitted, approved', 15, small, ['SUBMIT', 'APPROVE', 'RETURN', 'RESUBMIT', 'APPROVE', 'APPROVE', 'APPROVE']),
    shape('rejected', 10, small, ['SUBMIT', 'APPROVE', 'REJECT']),
    shape('multi-year, approved at level 8', 15, multiYear, ['SUBMIT', ...Array<RequestEventType>(7).fill('APPROVE')]),
    shape('waiting at level 3', 15, small, ['SUBMIT', 'APPROVE']),
    shape('draft', 5, small, []),
  ];
  return { shapes, awaitingLevel2: shape('waiting at level 2', 0, small, ['SUBMIT']) };
}
