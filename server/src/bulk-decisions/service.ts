// Applies one decision to several requests, each through the single-decision path in its own savepoint.
import {
  DomainError,
  Forbidden,
  FIRST_REVIEW_LEVEL,
  errorMessage,
  type BulkEventBody,
  type BulkEventResult,
  type Lang,
} from '@bmrts/shared';
import { findRequest } from '@bmrts/db';
import type { AppDeps, Caller } from '../deps';
import { applyEvent } from '../requests/service';

/** Only reviewers (levels 2–8, acting counts) decide: the rule bulk decisions refuse by and the session's reviewer inbox. */
export function mayDecideRequests(caller: Caller): boolean {
  return caller.capacities.some((c) => c.level >= FIRST_REVIEW_LEVEL);
}

/** Units and administrators are refused before any request is looked at. */
export function requireReviewer(caller: Caller): void {
  if (!mayDecideRequests(caller)) throw new Forbidden();
}

/**
 * Every item is handed to the decision batcher at once, in the order given, so they share a commit; each is still
 * checked and recorded exactly as a single decision would be, in its own savepoint, so a refused item changes
 * nothing and does not undo or block the others.
 */
export async function applyBulkEvent(deps: AppDeps, caller: Caller, body: BulkEventBody, lang: Lang): Promise<BulkEventResult[]> {
  requireReviewer(caller);
  const applied = await Promise.allSettled(
    body.items.map((item) => applyEvent(deps, caller, item.id, { type: body.type, comment: body.comment, version: item.version })),
  );
  const results: BulkEventResult[] = [];
  for (const [index, item] of body.items.entries()) {
    const outcome = applied[index];
    try {
      if (outcome?.status === 'rejected') throw outcome.reason;
      const row = await findRequest(deps.db, item.id);
      // applyEvent just committed an event on this request, and requests are never deleted.
      if (!row) throw new Error(`request ${item.id} vanished after a decision`);
      results.push({ id: item.id, ok: true, status: row.status, level: row.level, version: row.version });
    } catch (err) {
      if (err instanceof DomainError) {
        results.push({ id: item.id, ok: false, error: { code: err.code, message: errorMessage(err.code, lang) } });
        continue;
      }
      // Reported for this item rather than failing the whole call, so the caller still learns which items were applied.
      console.error('bulk decision failed', item.id, err);
      results.push({ id: item.id, ok: false, error: { code: 'internal_error', message: errorMessage('internal_error', lang) } });
    }
  }
  return results;
}
