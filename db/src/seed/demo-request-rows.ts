// Turns one demo request (content, route, machine transitions with actors and times) into its database rows,
// with the events hash-chained exactly as the server chains them.
import type { Insertable } from 'kysely';
import { isFinalStatus, type RequestContent, type RouteDecision, type StoredMachineState } from '@bmrts/shared';
import { chainEvents } from '../history/request-event-chain';
import type { RequestEventTable, RequestRevisionTable, RequestTable } from '../schema';
import type { Transition } from './demo-history';
import { requestContentColumns } from '../request-content-columns';
import { requestStateColumns } from '../request-columns';

export interface TimedTransition extends Transition {
  actorId: string;
  at: string;
}

export interface DemoRequestRecord {
  id: string;
  trackingNo: string;
  unitCode: string;
  content: RequestContent;
  /** What was submitted before the last resubmission, when it differs from `content`; null otherwise. */
  firstSubmitted: RequestContent | null;
  /** The routing decision; null when the request was never submitted. */
  route: RouteDecision | null;
  state: StoredMachineState;
  transitions: readonly TimedTransition[];
  createdBy: string;
  createdAt: string;
}

export interface DemoRequestRows {
  request: Insertable<RequestTable>;
  events: Insertable<RequestEventTable>[];
  /** The content at each SUBMIT and RESUBMIT, as the server keeps it. */
  revisions: Insertable<RequestRevisionTable>[];
  /** The content the request holds now: the demo ledger reads its claims from it. */
  content: RequestContent;
}

export function demoRequestRows(record: DemoRequestRecord, newId: () => string): DemoRequestRows {
  const { content, route, state, transitions } = record;
  const events = chainEvents(
    transitions.map((t) => ({
      id: newId(),
      request_id: record.id,
      type: t.type,
      from_status: t.from.value,
      to_status: t.to.value,
      from_level: t.from.context.level,
      to_level: t.to.context.level,
      actor_id: t.actorId,
      comment: t.comment,
      at: t.at,
    })),
  );

  const lastResubmit = transitions.map((t) => t.type).lastIndexOf('RESUBMIT');
  const revisions = transitions.flatMap((t, index) =>
    t.type === 'SUBMIT' || t.type === 'RESUBMIT'
      ? [
          {
            request_id: record.id,
            event_seq: index + 1, // chainEvents numbers events from 1 in order
            content: JSON.stringify(index < lastResubmit && record.firstSubmitted ? record.firstSubmitted : content),
            at: t.at,
          },
        ]
      : [],
  );

  const last = transitions.at(-1);
  const moved = transitions.filter((t) => t.from.value !== t.to.value || t.from.context.level !== t.to.context.level).at(-1);
  return {
    request: {
      id: record.id,
      tracking_no: record.trackingNo,
      unit_code: record.unitCode,
      ...requestContentColumns(content),
      ...requestStateColumns(state),
      route_reason_th: route?.reason.th ?? null,
      route_reason_en: route?.reason.en ?? null,
      version: 1 + transitions.length,
      created_by: record.createdBy,
      created_at: record.createdAt,
      updated_at: last?.at ?? record.createdAt,
      submitted_at: transitions.find((t) => t.type === 'SUBMIT')?.at ?? null,
      level_entered_at: moved?.at ?? record.createdAt,
      decided_at: isFinalStatus(state.value) ? (last?.at ?? null) : null,
    },
    events,
    revisions,
    content,
  };
}
