// The requests capability: create and edit drafts, and apply one workflow event atomically and exactly once.
import type { Kysely } from 'kysely';
import {
  appendRequestEventAfter,
  decisionEvents,
  findRequest,
  moveRequest,
  movePending,
  pendingMoveOf,
  type ChainEnd,
  requestContentColumns,
  requestContentOf,
  requestStateColumns,
  type Database,
  type RequestWithUnit,
} from '@bmrts/db';
import {
  AttachmentRefused,
  Conflict,
  DomainError,
  Forbidden,
  InvalidTransition,
  NotFound,
  Unauthenticated,
  TRACKING_PREFIX,
  formatTrackingNo,
  initialMachineState,
  isFinalStatus,
  machineEvent,
  routeRequest,
  routingFactsOf,
  sanitizeFileName,
  type RequestContent,
  type RequestEventBody,
  type RequestEventType,
  type RequestPosition,
  type RequestStatus,
} from '@bmrts/shared';
import type { AppDeps, Caller } from '../deps';
import { inScope } from '../scope/scope';
import { authorizeEvent, isAuthorized, needsReauthentication } from './authorize';
import { loadRoutingRules } from '../reference/reference-data';
import { recordRevision } from './revisions';
import { notifyEvent } from '../notifications/notify-event';
import { enqueueWebhooks } from '../outbox/enqueue';
import { acceptedEventTypesOf, decisionOf } from './machine-memo';
import { positionOfRow } from './position-sql';
import { attachmentRow, checkFile, type CheckedFile } from './attachments/checked-file';
import { claimedLines, postApproval, requireEnough, requireLinesUsable, syncClaims } from '../budget/ledger';
import { loadBudgetCheck } from '../budget/check-settings';
import { seenAtDecision } from '../budget/seen';

/** Loads a request the caller may see; anything outside their scope is "not found", so its existence is not disclosed. */
export async function loadVisibleRequest(db: Kysely<Database>, caller: Caller, id: string): Promise<RequestWithUnit> {
  const row = await findRequest(db, id);
  if (!row || !inScope(caller.scope, row.unit_code)) throw new NotFound();
  return row;
}

/** The levels at which this person approved the request, read from its events (for separation of duties). */
export function levelsApprovedBy(events: readonly { type: string; actor_id: string; from_level: number }[], userId: string): number[] {
  return events.filter((e) => e.type === 'APPROVE' && e.actor_id === userId).map((e) => e.from_level);
}

interface DecisionHistory {
  approvedAt: number[];
  last: ChainEnd | undefined;
}

// A decision reads the request's events once: the levels the caller approved at (separation of duties) and the
// chain's end the new event is appended to.
async function decisionHistory(trx: Kysely<Database>, requestId: string, userId: string): Promise<DecisionHistory> {
  const events = await decisionEvents(trx, requestId);
  const last = events.at(-1);
  return { approvedAt: levelsApprovedBy(events, userId), last: last && { seq: last.seq, hash: last.hash } };
}

function requestPosition(row: RequestWithUnit): RequestPosition {
  return { status: row.status as RequestStatus, level: row.level, unitCode: row.unit_code };
}

export function allowedActionsFor(caller: Caller, row: RequestWithUnit, approvedAtLevels: readonly number[]): RequestEventType[] {
  const position = requestPosition(row);
  return acceptedEventTypesOf(row.machine_state).filter((type) => isAuthorized(caller, position, type, approvedAtLevels));
}

/** Only a budget unit's staff create requests: the rule POST /api/requests refuses by and the session's new-request page. */
export function mayCreateRequests(caller: Caller): caller is Caller & { unitCode: string } {
  return caller.level === 1 && !caller.isAdmin && caller.unitCode !== null;
}

/** Budget-unit staff of this unit: who may edit its requests, and attach to them while open. */
export function isStaffOfUnit(caller: Caller, unitCode: string): boolean {
  return mayCreateRequests(caller) && caller.unitCode === unitCode;
}

function requireUnitUser(caller: Caller): string {
  if (!mayCreateRequests(caller)) throw new Forbidden();
  return caller.unitCode;
}

/** Why the caller may not change the request's content: not its unit's staff, or the unit no longer holds it editable. */
function editRefusal(caller: Caller, row: RequestWithUnit): 'not_its_unit' | 'already_submitted' | null {
  if (!isStaffOfUnit(caller, row.unit_code)) return 'not_its_unit';
  if (!positionOfRow(row).editable) return 'already_submitted';
  return null;
}

/** Whether the caller may change the request's content now: the rule updateRequest refuses by and the view's mayEdit. */
export function mayEdit(caller: Caller, row: RequestWithUnit): boolean {
  return editRefusal(caller, row) === null;
}

async function nextTrackingNo(trx: Kysely<Database>, content: RequestContent): Promise<string> {
  const prefix = TRACKING_PREFIX[content.type];
  const counter = await trx
    .insertInto('tracking_counters')
    .values({ prefix, fiscal_year: content.fiscalYear, last_no: 1 })
    .onConflict((oc) => oc.columns(['prefix', 'fiscal_year']).doUpdateSet((eb) => ({ last_no: eb('tracking_counters.last_no', '+', 1) })))
    .returning('last_no')
    .executeTakeFirstOrThrow();
  return formatTrackingNo(content.type, content.fiscalYear, counter.last_no);
}

/** A new draft for the caller's unit; with `files` (already checked), stored with it in the same transaction, so both or neither. */
export async function createRequest(
  deps: AppDeps,
  caller: Caller,
  content: RequestContent,
  files: readonly CheckedFile[] = [],
): Promise<string> {
  const unitCode = requireUnitUser(caller);
  const id = deps.ids.newId();
  const now = deps.clock.now().toISOString();
  const state = initialMachineState();
  await deps.db.transaction().execute(async (trx) => {
    await requireLinesUsable(trx, unitCode, content);
    await trx
      .insertInto('requests')
      .values({
        id,
        tracking_no: await nextTrackingNo(trx, content),
        unit_code: unitCode,
        ...requestContentColumns(content),
        ...requestStateColumns(state),
        route_reason_th: null,
        route_reason_en: null,
        version: 1,
        created_by: caller.id,
        created_at: now,
        updated_at: now,
        submitted_at: null,
        level_entered_at: now,
        decided_at: null,
      })
      .execute();
    await syncClaims(trx, id, state.value, content);
    for (const file of files)
      await trx
        .insertInto('attachments')
        .values(attachmentRow(deps, caller, id, deps.ids.newId(), file))
        .execute();
  });
  return id;
}

/**
 * A new draft with its documents, the create form's "save": every file is checked before anything is written, and a
 * refused one (named in the answer) leaves no draft behind. A caller who may not create requests is refused first.
 */
export async function createRequestWithFiles(
  deps: AppDeps,
  caller: Caller,
  content: RequestContent,
  files: readonly File[],
): Promise<string> {
  requireUnitUser(caller);
  const checked: CheckedFile[] = [];
  for (const file of files) {
    try {
      checked.push(await checkFile(file));
    } catch (error) {
      // The cleaned name, as it would be stored: no path and no invisible or direction-changing characters.
      if (error instanceof AttachmentRefused) throw error.forFile(sanitizeFileName(file.name));
      throw error;
    }
  }
  return createRequest(deps, caller, content, checked);
}

export async function updateRequest(deps: AppDeps, caller: Caller, id: string, version: number, content: RequestContent): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    // Visibility first: a request outside the caller's scope is "not found", whoever asks.
    const row = await loadVisibleRequest(trx, caller, id);
    const refusal = editRefusal(caller, row);
    if (refusal === 'not_its_unit') throw new Forbidden();
    // A stale page is a conflict before anything else about the content.
    if (row.version !== version) throw new Conflict();
    if (refusal === 'already_submitted') throw new DomainError('already_submitted', 422);
    if (content.type !== row.type || content.fiscalYear !== row.fiscal_year) {
      // The tracking number encodes type and fiscal year, so neither may change after creation.
      throw new DomainError('immutable_field', 400);
    }
    await requireLinesUsable(trx, row.unit_code, content);
    const result = await trx
      .updateTable('requests')
      .set({ ...requestContentColumns(content), version: version + 1, updated_at: deps.clock.now().toISOString() })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw new Conflict();
    await syncClaims(trx, id, row.status, content);
  });
}

/**
 * One decision: the machine decides what may happen, mayPerform who may make it happen,
 * and the version check in the UPDATE makes it happen once.
 */
export async function applyEvent(deps: AppDeps, caller: Caller, id: string, body: RequestEventBody): Promise<void> {
  const work = (trx: Kysely<Database>) => decideInTransaction(trx, deps, caller, id, body);
  // With a batcher, the decision shares a COMMIT with its neighbours inside its own savepoint; either way it is
  // atomic, and the caller hears of it only after its COMMIT returned.
  await (deps.decisions ? deps.decisions.run(work) : deps.db.transaction().execute(work));
}

/** Everything inside the decision's transaction; uses only `trx`, never deps.db (a batch holds SQLite's one connection). */
async function decideInTransaction(
  trx: Kysely<Database>,
  deps: AppDeps,
  caller: Caller,
  id: string,
  body: RequestEventBody,
): Promise<void> {
  const row = await loadVisibleRequest(trx, caller, id);
  // Checked first: a decision made on a stale page is a conflict, whoever acted in between.
  if (row.version !== body.version) throw new Conflict('version_conflict', { currentVersion: row.version });
  // Read before the UPDATE, so the chain's end too: a concurrent append would have moved the version (see appendRequestEventAfter).
  const history = await decisionHistory(trx, id, caller.id);
  const capacity = authorizeEvent(caller, requestPosition(row), body.type, history.approvedAt);
  const route =
    body.type === 'SUBMIT' || body.type === 'RESUBMIT'
      ? routeRequest(routingFactsOf(requestContentOf(row)), await loadRoutingRules(trx))
      : null;
  const decision = decisionOf(row.machine_state, machineEvent(body.type, body.comment, route));
  if (!decision.ok) throw new InvalidTransition(decision.reason);
  // Asked only for an event that would otherwise succeed, so the password prompt is never in vain.
  if (needsReauthentication(caller, capacity, body.type, deps.clock.now())) throw new Unauthenticated('reauth_required');

  const now = deps.clock.now().toISOString();
  const next = decision.state;
  const eventId = deps.ids.newId();
  // The approval that makes it final moves the money: each line it draws on is read under lock and must still have
  // enough, else 422 and nothing of this decision is written (budget/ledger.ts). Every decision records what stood.
  // An approval at a level the Office enforces, and a submission when submissions reserve, are refused on a short line
  // too, moving nothing (budget/check-settings.ts); any other decision only records what stood.
  const final = next.value === 'approved';
  const check = await loadBudgetCheck(trx);
  const enforcedHere = !final && body.type === 'APPROVE' && check.enforceAtLevels.includes(decision.from.context.level);
  const reserving = check.reserveOnSubmit && (body.type === 'SUBMIT' || body.type === 'RESUBMIT');
  const read = await claimedLines(
    trx,
    { id, type: row.type as RequestContent['type'], status: row.status },
    final || enforcedHere || reserving,
  );
  const seen = seenAtDecision(row, read);
  // Into or out of review, its claims join or leave the lines' pending totals; written before the request's row, so
  // every decision takes the lines' row locks before the request's (budget/ledger.ts, lockLines).
  const pendingMove = pendingMoveOf(read.claims, decision.from.value, next.value);
  if (final) await postApproval(trx, () => deps.ids.newId(), { requestId: id, eventId, at: now }, read, pendingMove);
  else {
    if (enforcedHere || reserving) requireEnough(read, check.reserveOnSubmit);
    await movePending(trx, pendingMove);
  }
  const comment = body.comment && body.comment.length > 0 ? body.comment : null;
  const moved = await moveRequest(trx, {
    id,
    expectedVersion: body.version,
    state: next,
    set: {
      version: row.version + 1,
      updated_at: now,
      level_entered_at: now,
      routeReason: route ? { route_reason_th: route.reason.th, route_reason_en: route.reason.en } : null,
      submitted_at: body.type === 'SUBMIT' ? now : null,
      decided_at: isFinalStatus(next.value) ? now : null,
    },
  });
  if (!moved) throw new Conflict('version_conflict');

  const event = {
    id: eventId,
    request_id: id,
    type: body.type,
    from_status: decision.from.value,
    to_status: next.value,
    from_level: decision.from.context.level,
    to_level: next.context.level,
    actor_id: caller.id,
    on_behalf_of_id: capacity.onBehalfOf?.id ?? null,
    appointment_id: capacity.appointmentId,
    comment,
    at: now,
    seen: JSON.stringify(seen),
  };
  const seq = await appendRequestEventAfter(trx, event, history.last);
  // What was submitted, kept with the event, so a resubmission can show what the unit changed.
  if (body.type === 'SUBMIT' || body.type === 'RESUBMIT') await recordRevision(trx, id, seq, requestContentOf(row), now);
  await notifyEvent(trx, deps, {
    requestId: id,
    unitCode: row.unit_code,
    type: body.type,
    fromLevel: decision.from.context.level,
    toLevel: next.context.level,
    toStatus: next.value,
    actorId: caller.id,
    at: now,
    eventSeq: seq,
  });
  await enqueueWebhooks(trx, {
    id: eventId,
    type: body.type,
    request: { id, trackingNo: row.tracking_no, requestType: row.type, unitCode: row.unit_code },
    from: { level: decision.from.context.level, status: decision.from.value },
    to: { level: next.context.level, status: next.value },
    actor: { level: capacity.level, acting: capacity.onBehalfOf !== null || capacity.appointmentId !== null },
    at: now,
  });
}
