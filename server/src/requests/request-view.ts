// Turns stored rows into the API's request summary and full view.
import {
  seenAtDecisionSchema,
  isOverdue,
  levelTimes,
  targetsForType,
  waitTargetOf,
  workingDaysBetween,
  type ActingKind,
  type LevelTargetDays,
  type PredictionView,
  type AttachmentOnPage,
  type HistoryEntry,
  type Position,
  type PositionHolder,
  type PositionView,
  type RequestEventType,
  type RequestStatus,
  type RequestSummary,
  type RequestView,
} from '@bmrts/shared';
import { requestContentOf, type RequestHistoryRow, type RequestRevisionRow, type RequestWithUnit } from '@bmrts/db';
import type { RequestListRow } from './queries';
import { changesSinceReturned } from './revisions';
import { lastReturnOf } from './last-return';
import { nextIfApprovedOf } from './machine-memo';
import { positionOfRow } from './position-sql';
import type { Timeliness } from '../timeliness/context';

/** The position as the API sends it: what the web reads, without the server's own attach rule. */
function positionView({ holder, heldAtLevel, deskLevel, clockRunning, editable, final, decided, bulkDecidable }: Position): PositionView {
  return { holder, heldAtLevel, deskLevel, clockRunning, editable, final, decided, bulkDecidable };
}

/** `heldBy`: the people with it on their desk now, from holdersOfDesks (position-holders.ts). */
export function toSummary(row: RequestListRow, now: Date, { holidays, targets }: Timeliness, heldBy: PositionHolder[]): RequestSummary {
  const type = row.type as RequestSummary['type'];
  const position = positionOfRow(row);
  const status = position.status;
  // Its own age where it waits (a Council wait too); against a target only while the Office's clock runs (decision record 0015).
  const workingDaysAtLevel = position.final ? 0 : workingDaysBetween(row.level_entered_at, now.toISOString(), holidays);
  const targetDays = waitTargetOf(position, targets, type);
  return {
    id: row.id,
    trackingNo: row.tracking_no,
    type,
    unitCode: row.unit_code,
    unitName: { th: row.unit_name_th, en: row.unit_name_en },
    fiscalYear: row.fiscal_year,
    title: row.title,
    letterNo: row.letter_no,
    letterDate: row.letter_date,
    amountSatang: Number(row.amount_satang),
    category: row.category as RequestSummary['category'],
    status,
    level: row.level,
    finalLevel: row.final_level,
    council: row.council as RequestSummary['council'],
    levelEnteredAt: row.level_entered_at,
    position: positionView(position),
    heldBy,
    decidedAt: row.decided_at,
    workingDaysAtLevel,
    targetDays,
    overdue: isOverdue(position, workingDaysAtLevel, targets, type),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toHistoryEntry(row: RequestHistoryRow): HistoryEntry {
  return {
    seq: row.seq,
    type: row.type as RequestEventType,
    fromStatus: row.from_status as RequestStatus,
    toStatus: row.to_status as RequestStatus,
    fromLevel: row.from_level,
    toLevel: row.to_level,
    actor: { id: row.actor_id, displayName: row.actor_name },
    onBehalfOf: row.on_behalf_of_id && row.on_behalf_of_name ? { id: row.on_behalf_of_id, displayName: row.on_behalf_of_name } : null,
    appointment:
      row.appointment_id && row.acting_kind
        ? { kind: row.acting_kind as ActingKind, orderNo: row.acting_order_no, orderDate: row.acting_order_date }
        : null,
    comment: row.comment,
    at: row.at,
    seen: seenOf(row.seen),
  };
}

/** The stored record of what the person had before them; null where there is none (older events) or it is unreadable. */
function seenOf(json: string | null): HistoryEntry['seen'] {
  if (json === null) return null;
  try {
    const parsed = seenAtDecisionSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** What the request page shows beyond the request row and its history. */
export interface RequestPageParts {
  revisions: readonly RequestRevisionRow[];
  attachments: AttachmentOnPage[];
  /** The predicted decision date, for requests in review. */
  prediction: PredictionView | null;
}

/**
 * An imported request's history starts with its IMPORTED event, dated when it was imported; the old sheet said only where
 * it stood and since when. So its level times count from then (level_entered_at) at that level, and nothing before.
 */
function levelTimesOf(row: RequestWithUnit, entries: HistoryEntry[], now: Date, holidays: ReadonlySet<string>, targets: LevelTargetDays) {
  if (entries[0]?.type !== 'IMPORTED')
    return levelTimes({ createdAt: row.created_at, history: entries, now: now.toISOString(), holidays, targets });
  const from = row.level_entered_at;
  const history = entries.map((e) => (e.type === 'IMPORTED' ? { ...e, fromLevel: 1, at: from } : e));
  return levelTimes({ createdAt: from, history, now: now.toISOString(), holidays, targets }).filter(
    (t) => t.level !== 1 || t.current || t.workingDays > 0,
  );
}

/**
 * What the caller may do with the request now, each answered by the very function the server refuses by
 * (authorizeEvent, updateRequest's edit rule, assertMayAttach), so the page never offers what would be refused.
 */
export interface CallerRights {
  allowedActions: RequestEventType[];
  mayEdit: boolean;
  mayAttach: boolean;
}

/**
 * The content read back with today's schema; null, not a failed page, for a row stored under rules since tightened
 * (an old import, a limit lowered): the page still opens with its summary, history and actions.
 */
export function storedContentOf(row: RequestWithUnit): RequestView['content'] {
  try {
    return requestContentOf(row);
  } catch {
    return null;
  }
}

export function toView(
  row: RequestWithUnit,
  history: RequestHistoryRow[],
  rights: CallerRights,
  now: Date,
  timeliness: Timeliness,
  page: RequestPageParts,
  heldBy: PositionHolder[],
): RequestView {
  const entries = history.map(toHistoryEntry);
  const { holidays } = timeliness;
  const targets = targetsForType(timeliness.targets, row.type as RequestSummary['type']);
  return {
    ...toSummary(row, now, timeliness, heldBy),
    justification: row.justification,
    details: JSON.parse(row.details) as Record<string, unknown>,
    content: storedContentOf(row),
    ruleId: row.rule_id,
    routeReason: row.route_reason_th && row.route_reason_en ? { th: row.route_reason_th, en: row.route_reason_en } : null,
    submittedAt: row.submitted_at,
    allowedActions: rights.allowedActions,
    mayEdit: rights.mayEdit,
    mayAttach: rights.mayAttach,
    nextIfApproved: nextIfApprovedOf(row.machine_state),
    history: entries,
    levelTimes: levelTimesOf(row, entries, now, holidays, targets),
    changesSinceReturned: changesSinceReturned(history, page.revisions),
    lastReturn: lastReturnOf(entries),
    attachments: page.attachments,
    prediction: page.prediction,
  };
}
