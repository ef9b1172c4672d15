// Turns stored rows into the API's request summary and full view.
import {
  isFinalStatus,
  levelTimes,
  workingDaysBetween,
  type Attachment,
  type HistoryEntry,
  type RequestEventType,
  type RequestStatus,
  type RequestSummary,
  type RequestView,
} from '@bmrts/shared';
import type { HistoryRow, RequestWithUnit } from './queries';
import { changesSinceReturned, type RevisionRow } from './revisions';

export function toSummary(row: RequestWithUnit, now: Date, holidays: ReadonlySet<string>): RequestSummary {
  const status = row.status as RequestStatus;
  return {
    id: row.id,
    trackingNo: row.tracking_no,
    type: row.type as RequestSummary['type'],
    unitCode: row.unit_code,
    unitName: { th: row.unit_name_th, en: row.unit_name_en },
    fiscalYear: row.fiscal_year,
    title: row.title,
    amountSatang: Number(row.amount_satang),
    category: row.category as RequestSummary['category'],
    status,
    level: row.level,
    finalLevel: row.final_level,
    council: row.council as RequestSummary['council'],
    levelEnteredAt: row.level_entered_at,
    workingDaysAtLevel: isFinalStatus(status) ? 0 : workingDaysBetween(row.level_entered_at, now.toISOString(), holidays),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toHistoryEntry(row: HistoryRow): HistoryEntry {
  return {
    seq: row.seq,
    type: row.type as RequestEventType,
    fromStatus: row.from_status as RequestStatus,
    toStatus: row.to_status as RequestStatus,
    fromLevel: row.from_level,
    toLevel: row.to_level,
    actor: { id: row.actor_id, displayName: row.actor_name },
    onBehalfOf: row.on_behalf_of_id && row.on_behalf_of_name ? { id: row.on_behalf_of_id, displayName: row.on_behalf_of_name } : null,
    comment: row.comment,
    at: row.at,
  };
}

/** What the request page shows beyond the request row and its history. */
export interface RequestPageParts {
  revisions: readonly RevisionRow[];
  attachments: Attachment[];
}

/**
 * An imported request's history starts with its IMPORTED event, dated when it was imported; the old sheet said only where
 * it stood and since when. So its level times count from then (level_entered_at) at that level, and nothing before.
 */
function levelTimesOf(row: RequestWithUnit, entries: HistoryEntry[], now: Date, holidays: ReadonlySet<string>) {
  if (entries[0]?.type !== 'IMPORTED') return levelTimes({ createdAt: row.created_at, history: entries, now: now.toISOString(), holidays });
  const from = row.level_entered_at;
  const history = entries.map((e) => (e.type === 'IMPORTED' ? { ...e, fromLevel: 1, at: from } : e));
  return levelTimes({ createdAt: from, history, now: now.toISOString(), holidays }).filter((t) => t.level !== 1 || t.current || t.workingDays > 0);
}

export function toView(
  row: RequestWithUnit,
  history: HistoryRow[],
  allowedActions: RequestEventType[],
  now: Date,
  holidays: ReadonlySet<string>,
  page: RequestPageParts,
): RequestView {
  const entries = history.map(toHistoryEntry);
  return {
    ...toSummary(row, now, holidays),
    justification: row.justification,
    details: JSON.parse(row.details) as Record<string, unknown>,
    ruleId: row.rule_id,
    routeReason: row.route_reason_th && row.route_reason_en ? { th: row.route_reason_th, en: row.route_reason_en } : null,
    submittedAt: row.submitted_at,
    allowedActions,
    history: entries,
    levelTimes: levelTimesOf(row, entries, now, holidays),
    changesSinceReturned: changesSinceReturned(history, page.revisions),
    attachments: page.attachments,
  };
}
