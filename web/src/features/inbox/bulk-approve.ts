// Approving several inbox requests at once: each is sent with the version the reviewer saw, so the server refuses
// (409) any that changed since; POST /api/requests/bulk-events records each on its own.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestSummary } from '@bmrts/shared';
import { refusalDetailOf } from '../../lib/api-client';
import { useBulkEvent } from './api';

export interface Refusal {
  id: string;
  trackingNo: string;
  code: string;
  message: string;
}

export interface BulkOutcome {
  succeeded: number;
  refused: Refusal[];
}

interface Decidable {
  id: string;
  version: number;
}

export function useBulkApprove() {
  const { t } = useTranslation();
  const bulk = useBulkEvent();
  const [outcome, setOutcome] = useState<BulkOutcome | null>(null);
  /** Items the server held for the password (levels 5–8), to retry once it is confirmed. */
  const [awaitingReauth, setAwaitingReauth] = useState<{
    items: Decidable[];
    comment: string | undefined;
    byId: Map<string, RequestSummary>;
    base: BulkOutcome;
  } | null>(null);

  async function send(items: Decidable[], comment: string | undefined, byId: Map<string, RequestSummary>, base: BulkOutcome) {
    const { results } = await bulk.mutateAsync({ type: 'APPROVE', items, ...(comment ? { comment } : {}) });
    const next: BulkOutcome = { succeeded: base.succeeded, refused: [...base.refused] };
    const held: Decidable[] = [];
    for (const result of results) {
      if (result.ok) {
        next.succeeded++;
        continue;
      }
      const item = items.find((i) => i.id === result.id);
      if (result.error.code === 'reauth_required' && item) {
        held.push(item);
        continue;
      }
      next.refused.push({
        id: result.id,
        trackingNo: byId.get(result.id)?.trackingNo ?? result.id,
        code: result.error.code,
        message: result.error.message,
      });
    }
    if (held.length > 0) setAwaitingReauth({ items: held, comment, byId, base: next });
    else setOutcome(next);
  }

  async function approve(selected: readonly RequestSummary[], comment: string | undefined): Promise<void> {
    setOutcome(null);
    const byId = new Map(selected.map((item) => [item.id, item]));
    const items: Decidable[] = selected.map((item) => ({ id: item.id, version: item.version }));
    try {
      await send(items, comment, byId, { succeeded: 0, refused: [] });
    } catch (error) {
      setOutcome({
        succeeded: 0,
        refused: selected.map((s) => ({ id: s.id, trackingNo: s.trackingNo, code: 'error', message: refusalDetailOf(error) })),
      });
    }
  }

  function reauthConfirmed() {
    const pending = awaitingReauth;
    setAwaitingReauth(null);
    if (!pending) return;
    void send(pending.items, pending.comment, pending.byId, pending.base).catch((error: unknown) =>
      setOutcome({
        ...pending.base,
        refused: [
          ...pending.base.refused,
          ...pending.items.map((i) => ({
            id: i.id,
            trackingNo: pending.byId.get(i.id)?.trackingNo ?? i.id,
            code: 'error',
            message: refusalDetailOf(error),
          })),
        ],
      }),
    );
  }

  function reauthCancelled() {
    const pending = awaitingReauth;
    setAwaitingReauth(null);
    if (!pending) return;
    // Not approved: listed as refused with the server's own reason.
    setOutcome({
      ...pending.base,
      refused: [
        ...pending.base.refused,
        ...pending.items.map((i) => ({
          id: i.id,
          trackingNo: pending.byId.get(i.id)?.trackingNo ?? i.id,
          code: 'reauth_required',
          message: t('actions.reauthTitle'),
        })),
      ],
    });
  }

  return {
    approve,
    pending: bulk.isPending,
    outcome,
    clearOutcome: () => setOutcome(null),
    awaitingReauth: awaitingReauth ? awaitingReauth.items.length : 0,
    reauthConfirmed,
    reauthCancelled,
  };
}
