// The actions this user may take now (allowedActions): pick one, write the comment, confirm; sent with the current version.
// Where an approval would take the request is the server's answer too (nextIfApproved), not worked out here.
// On a phone the panel is a sticky bar (phone.css) and the comment form opens in it, in place.
// A senior decision the server holds for the password (401 reauth_required) is retried as it was once the password is confirmed.
// Once taken, the page opens at its top saying what happened; "approve and next" opens the next item of the inbox instead.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { COMMENT_REQUIRED, LEVEL_TITLES, MAX_COMMENT_LENGTH, isLevel } from '@bmrts/shared';
import type { Lang, RequestEventType, RequestView } from '@bmrts/shared';
import type { TFunction } from 'i18next';
import { ApiError, refusalDetailOf } from '../../../lib/api-client';
import { LengthCounter } from '../../../lib/field';
import { ReauthDialog } from '../../../lib/reauth-dialog';
import { useLang } from '../../../lib/use-lang';
import { requestKey, useSendEvent } from '../api';
import { requestBudgetKey } from '../budget-api';
import { useOpenWithConfirmation } from '../just-done';
import { useGoToNextItem } from '../next-item';

const NEGATIVE: readonly RequestEventType[] = ['RETURN', 'SEND_BACK', 'REJECT', 'WITHDRAW', 'COUNCIL_REJECT'];

/** Where an approval now would take the request, in words; null when the caller cannot approve it. */
function approvalNote(view: RequestView, t: TFunction, lang: Lang): string | null {
  const next = view.nextIfApproved;
  if (next === null || !view.allowedActions.includes('APPROVE')) return null;
  if (next.kind === 'council') return t('actions.nextCouncil');
  if (next.kind === 'approved') return t('actions.nextApproved');
  return t('actions.nextLevel', { level: next.level, title: isLevel(next.level) ? LEVEL_TITLES[next.level][lang] : '' });
}

interface PendingDecision {
  type: RequestEventType;
  version: number;
  comment?: string;
  /** Go on to the next item of the inbox afterwards. */
  thenNext?: boolean;
}

interface Props {
  view: RequestView;
  /** An action the page offers another way (the edit form's "save and resubmit"), so it is not offered twice. */
  omit?: RequestEventType | null;
}

export function ActionPanel({ view, omit = null }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const send = useSendEvent(view.id);
  const [chosen, setChosen] = useState<RequestEventType | null>(null);
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  /** The decision waiting for the password to be entered again. */
  const [awaitingReauth, setAwaitingReauth] = useState<PendingDecision | null>(null);

  const openWithConfirmation = useOpenWithConfirmation();
  const goToNextItem = useGoToNextItem();
  const actions = view.allowedActions.filter((type) => type !== omit);
  const needsComment = chosen !== null && COMMENT_REQUIRED.includes(chosen);
  const note = approvalNote(view, t, lang);

  function choose(type: RequestEventType) {
    setChosen(type);
    setProblem(null);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!chosen) return;
    const thenNext = event.nativeEvent instanceof SubmitEvent && event.nativeEvent.submitter?.dataset.next === 'true';
    const action = t(`event.${chosen}`);
    const text = comment.trim();
    if (needsComment && text === '') {
      setProblem(t('actions.needComment', { action }));
      return;
    }
    decide({ type: chosen, version: view.version, comment: text || undefined, thenNext });
  }

  function decide(decision: PendingDecision) {
    // Its place in the inbox before the decision moves it: where the next item is looked for.
    const enteredAt = view.levelEnteredAt;
    send.mutate(decision, {
      onSuccess: (after) => {
        setProblem(null);
        setChosen(null);
        setComment('');
        const done = { type: decision.type, requestId: after.id, trackingNo: after.trackingNo, version: after.version };
        if (decision.thenNext) goToNextItem(done, enteredAt);
        else openWithConfirmation(after.id, done, { replace: true });
      },
      onError: (error) => {
        if (error instanceof ApiError && error.status === 401 && error.code === 'reauth_required') {
          setAwaitingReauth(decision);
          return;
        }
        if (error instanceof ApiError && error.status === 409) {
          setProblem(`${error.message} — ${t('actions.reloaded')}`);
          setChosen(null);
          void queryClient.invalidateQueries({ queryKey: requestKey(view.id) });
          return;
        }
        // Refused because a line is short: the figures moved since the panel was read, so it reads them again beside the reason.
        if (error instanceof ApiError && error.code === 'budget_insufficient')
          void queryClient.invalidateQueries({ queryKey: requestBudgetKey(view.id) });
        // A comment over its limit is kept as typed (the counter flags it) and refused here in the server's words.
        setProblem(refusalDetailOf(error));
      },
    });
  }

  return (
    <section
      id="actions"
      tabIndex={-1}
      className="card action-panel"
      aria-labelledby="actions-title"
      data-testid="action-panel"
      data-has-actions={view.allowedActions.length > 0}
    >
      <h2 id="actions-title">{t('actions.title')}</h2>
      {problem && !chosen ? (
        <p className="notice notice-error" role="alert" data-testid="action-error">
          {problem}
        </p>
      ) : null}
      {actions.length === 0 ? (
        <p className="muted">{t('actions.none')}</p>
      ) : (
        <div className="button-row" role="group" aria-label={t('actions.title')}>
          {actions.map((type) => (
            <button
              key={type}
              type="button"
              data-testid={`action-${type}`}
              aria-pressed={chosen === type}
              className={`button ${NEGATIVE.includes(type) ? 'button-danger-outline' : 'button-primary'}${chosen === type ? ' is-chosen' : ''}`}
              onClick={() => choose(type)}
            >
              {t(`event.${type}`)}
            </button>
          ))}
        </div>
      )}
      {note ? (
        <p className="small muted" data-testid="approval-next">
          {note}
        </p>
      ) : null}
      {chosen ? (
        <form className="action-form" onSubmit={onSubmit} noValidate data-testid="action-form">
          <label htmlFor="action-comment">
            {t('actions.comment')}{' '}
            <span className={needsComment ? 'required' : 'muted'}>{needsComment ? t('actions.required') : t('actions.optional')}</span>
          </label>
          <textarea
            id="action-comment"
            data-testid="action-comment"
            rows={3}
            value={comment}
            required={needsComment}
            aria-invalid={problem && needsComment ? true : undefined}
            aria-describedby={problem ? 'action-comment-count action-problem' : 'action-comment-count'}
            onChange={(e) => setComment(e.target.value)}
            autoFocus
          />
          <LengthCounter id="action-comment" text={comment} max={MAX_COMMENT_LENGTH} />
          {problem ? (
            <p className="field-error" id="action-problem" role="alert" data-testid="action-error">
              {problem}
            </p>
          ) : null}
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={send.isPending} data-testid="action-confirm">
              {send.isPending ? t('actions.sending') : t('actions.confirm', { action: t(`event.${chosen}`) })}
            </button>
            {chosen === 'APPROVE' ? (
              <button type="submit" className="button" data-next="true" disabled={send.isPending} data-testid="action-confirm-next">
                {t('nextItem.approveAndNext')}
              </button>
            ) : null}
            <button
              type="button"
              className="button"
              onClick={() => {
                setChosen(null);
                setProblem(null);
              }}
              data-testid="action-cancel"
            >
              {t('actions.cancel')}
            </button>
          </div>
        </form>
      ) : null}
      {awaitingReauth ? (
        <ReauthDialog
          action={t(`event.${awaitingReauth.type}`)}
          onCancel={() => setAwaitingReauth(null)}
          onConfirmed={() => {
            const decision = awaitingReauth;
            setAwaitingReauth(null);
            decide(decision);
          }}
        />
      ) : null}
    </section>
  );
}
