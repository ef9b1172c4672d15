// Above the inbox: select all (of what a bulk decision takes), one optional comment with its length counter,
// "อนุมัติที่เลือก" with a confirming dialog, then the result, listing every refused request with its tracking no. and
// the server's reason.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_BULK_ITEMS, MAX_COMMENT_LENGTH } from '@bmrts/shared';
import type { RequestSummary } from '@bmrts/shared';
import { LengthCounter } from '../../lib/field';
import { ReauthDialog } from '../../lib/reauth-dialog';
import { useBulkApprove } from './bulk-approve';

interface Props {
  /** The inbox's requests a bulk decision takes (position.bulkDecidable). */
  items: readonly RequestSummary[];
  /** How many of the inbox's requests wait for the Council, and so are left out of select all. */
  leftOut: number;
  selected: ReadonlySet<string>;
  onSelectAll: (all: boolean) => void;
  onDone: () => void;
}

function ConfirmDialog({
  chosen,
  pending,
  onConfirm,
  onCancel,
}: {
  chosen: readonly RequestSummary[];
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="bulk-confirm-title"
      aria-describedby="bulk-confirm-intro"
      data-testid="bulk-confirm-dialog"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id="bulk-confirm-title">{t('bulk.confirmTitle')}</h2>
      <p id="bulk-confirm-intro" className="small">
        {t('bulk.confirmIntro', { n: chosen.length })}
      </p>
      <ul className="bulk-confirm-list small">
        {chosen.map((item) => (
          <li key={item.id}>
            <span className="mono">{item.trackingNo}</span> {item.title}
          </li>
        ))}
      </ul>
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={onConfirm} disabled={pending} data-testid="bulk-confirm" autoFocus>
          {pending ? t('bulk.sending') : t('bulk.confirm', { n: chosen.length })}
        </button>
        <button type="button" className="button" onClick={onCancel} data-testid="bulk-cancel">
          {t('bulk.cancel')}
        </button>
      </div>
    </dialog>
  );
}

export function BulkApprovePanel({ items, leftOut, selected, onSelectAll, onDone }: Props) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const [confirming, setConfirming] = useState(false);
  const bulk = useBulkApprove();
  const chosen = items.filter((item) => selected.has(item.id)).slice(0, MAX_BULK_ITEMS);
  const allSelected = items.length > 0 && items.every((item) => selected.has(item.id));
  const outcome = bulk.outcome;

  async function confirm() {
    await bulk.approve(chosen, comment.trim() || undefined);
    setConfirming(false);
    setComment('');
    onDone();
  }

  return (
    <section className="card bulk-panel" aria-labelledby="bulk-title" data-testid="bulk-panel" data-chosen={chosen.length}>
      <h2 id="bulk-title" className="bulk-title">
        {t('bulk.title')}
      </h2>
      <div className="bulk-row">
        <label className="check bulk-select-all">
          <input type="checkbox" checked={allSelected} onChange={(e) => onSelectAll(e.target.checked)} data-testid="select-all" />
          <span>{t('home.selectAll', { n: items.length })}</span>
        </label>
        <span className="small muted" aria-live="polite" data-testid="selected-count">
          {t('bulk.selected', { n: chosen.length })}
        </span>
      </div>
      {leftOut > 0 ? (
        <p className="small muted" data-testid="bulk-left-out">
          {t('bulkCouncil.leftOut', { n: leftOut })}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="bulk-comment">
          {t('bulk.comment')} <span className="muted">{t('actions.optional')}</span>
        </label>
        <textarea
          id="bulk-comment"
          rows={2}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          aria-describedby="bulk-comment-count"
          data-testid="bulk-comment"
        />
        <LengthCounter id="bulk-comment" text={comment} max={MAX_COMMENT_LENGTH} />
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          disabled={chosen.length === 0 || bulk.pending}
          onClick={() => {
            bulk.clearOutcome();
            setConfirming(true);
          }}
          data-testid="bulk-approve"
        >
          {t('bulk.approve', { n: chosen.length })}
        </button>
      </div>
      {outcome ? (
        <div
          className={outcome.refused.length > 0 ? 'notice notice-warning bulk-result' : 'notice notice-success bulk-result'}
          role="status"
          data-testid="bulk-result"
        >
          <div>
            <h3 className="bulk-result-title">{t('bulk.resultTitle')}</h3>
            <p>{t('bulk.succeeded', { n: outcome.succeeded })}</p>
            {outcome.refused.length > 0 ? (
              <>
                <p>{t('bulk.refused', { n: outcome.refused.length })}</p>
                <ul className="bulk-refused">
                  {outcome.refused.map((r) => (
                    <li key={r.id} data-testid="bulk-refused" data-code={r.code}>
                      <span className="mono">{r.trackingNo}</span>: {r.message}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
          <button type="button" className="button button-small" onClick={bulk.clearOutcome}>
            {t('bulk.close')}
          </button>
        </div>
      ) : null}
      {confirming ? (
        <ConfirmDialog chosen={chosen} pending={bulk.pending} onConfirm={() => void confirm()} onCancel={() => setConfirming(false)} />
      ) : null}
      {bulk.awaitingReauth > 0 ? (
        <ReauthDialog
          action={t('bulk.reauthAction', { n: bulk.awaitingReauth })}
          onConfirmed={bulk.reauthConfirmed}
          onCancel={bulk.reauthCancelled}
        />
      ) : null}
    </section>
  );
}
