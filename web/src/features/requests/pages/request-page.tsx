// One request: header, approval path, what changed since it was returned, content, attachments, actions, the edit
// form when the server says the caller may revise it (mayEdit), and the history. A #actions or #edit address puts the
// focus on that card. The balance panel says what is left on each budget line the request touches. A decided request
// (for its unit) or a decision just taken here brings the satisfaction survey's prompt.
import { Suspense, lazy, useEffect, useRef } from 'react';
import { useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';
import { ErrorNotice, Loading } from '../../../lib/query-state';
import { usePages } from '../../../lib/session';
import { SurveyPrompt } from '../../../lib/survey-prompt';
import { useRequest } from '../api';
import { ActionPanel } from '../components/action-panel';
import { AttachmentsCard } from '../components/attachments-card';
import { ChangesCard } from '../components/changes-card';
import { HistoryTimeline } from '../components/history-timeline';
import { LevelStepper } from '../components/level-stepper';
import { RequestDetails } from '../components/request-details';
import { RequestHeader } from '../components/request-header';
import { RequestConfirmation } from '../components/request-confirmation';
import { ReturnBanner } from '../components/return-banner';
import { justDoneOf } from '../just-done';

/**
 * The edit form (and with it zod, the field checks and the date and amount inputs) is for the unit's draft or returned
 * request only: a reviewer opening a request to decide does not download it.
 */
const EditRequest = lazy(() => import('../components/edit-request').then((m) => ({ default: m.EditRequest })));
/**
 * The balance panel (issue 16) comes in its own chunk and asks for its own figures once the request is on screen, so
 * neither the page's first paint nor its first-load JavaScript waits for the ledger.
 */
const BudgetPanel = lazy(() => import('../components/budget-panel').then((m) => ({ default: m.BudgetPanel })));

/** Holds the balance panel's place while its chunk loads, so the cards below move once, not twice. */
function BudgetPanelPlaceholder() {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="budget-title">
      <h2 id="budget-title">{t('budget.panelTitle')}</h2>
      <p className="muted" role="status">
        {t('budget.loading')}
      </p>
    </section>
  );
}

function noticeOf(state: unknown): string | null {
  return typeof state === 'object' && state !== null && 'notice' in state && typeof state.notice === 'string' ? state.notice : null;
}

export function RequestPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const request = useRequest(id);
  const pages = usePages();
  const loaded = request.isSuccess;
  /** The version first seen here, and whether the caller could act on it: a later one means they just acted on this page. */
  const firstVersion = useRef<{ id: string; version: number; couldAct: boolean } | null>(null);
  if (request.data && firstVersion.current?.id !== request.data.id)
    firstVersion.current = { id: request.data.id, version: request.data.version, couldAct: request.data.allowedActions.length > 0 };

  useEffect(() => {
    // #edit is handled by the edit form itself, which loads on its own a moment later.
    if (!loaded || location.hash !== '#actions') return;
    const target = document.getElementById(location.hash.slice(1));
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }, [loaded, location.hash]);

  if (request.isPending) return <Loading />;
  if (request.isError) {
    const missing =
      request.error instanceof ApiError && (request.error.status === 404 || request.error.status === 403 || request.error.status === 400);
    return missing ? (
      <p className="notice notice-error" role="alert">
        {t('request.notFound')}
      </p>
    ) : (
      <ErrorNotice error={request.error} onRetry={() => void request.refetch()} />
    );
  }

  const view = request.data;
  const { content } = view;
  const submitWith = view.allowedActions.includes('RESUBMIT') ? 'RESUBMIT' : view.allowedActions.includes('SUBMIT') ? 'SUBMIT' : null;
  const editable = view.mayEdit && submitWith !== null && content !== null;
  const notice = noticeOf(location.state);
  // Shown while the page holds the version the reader's own action produced (or, on the next item, at once).
  const justDone = justDoneOf(location.state);
  // Exactly that version: a reload keeps the router's state, and a later change makes the confirmation old news.
  const confirmed = justDone && (justDone.requestId !== view.id || view.version === justDone.version) ? justDone : null;
  const openEdit = () => {
    const form = document.getElementById('edit');
    form?.scrollIntoView({ block: 'start' });
    form?.focus({ preventScroll: true });
  };
  // The survey asks a budget unit once its request is decided, and anyone invited right after they decide here.
  const decidedForUnit = pages.newRequest && view.position.decided;
  const decidedHere = firstVersion.current !== null && firstVersion.current.couldAct && view.version > firstVersion.current.version;

  return (
    <div className="request-page" data-testid="request-page" data-version={view.version}>
      {notice ? (
        <p className="notice notice-error" role="alert">
          {notice}
        </p>
      ) : null}
      {decidedForUnit || decidedHere ? <SurveyPrompt reason={decidedForUnit ? 'decided' : 'home'} /> : null}
      {confirmed ? <RequestConfirmation view={view} done={confirmed} /> : null}
      <RequestHeader view={view}>
        {view.lastReturn ? <ReturnBanner lastReturn={view.lastReturn} onEdit={editable ? openEdit : null} /> : null}
      </RequestHeader>
      <LevelStepper view={view} />
      {/* The actions come before the content so that on a phone, where they are a sticky bar, they read in the order
          they show; at a desk they stand in the side column. */}
      <div className="two-col">
        <div className="col-side">
          {/* The edit form's "save and (re)submit" is the one way to send it on, so the panel does not offer it again. */}
          <ActionPanel view={view} omit={editable ? submitWith : null} />
        </div>
        <div className="col-main">
          {view.changesSinceReturned ? <ChangesCard changes={view.changesSinceReturned} /> : null}
          {content ? <RequestDetails content={content} /> : null}
          <Suspense fallback={<BudgetPanelPlaceholder />}>
            <BudgetPanel requestId={view.id} />
          </Suspense>
          <AttachmentsCard view={view} />
          <HistoryTimeline history={view.history} requestId={view.id} />
        </div>
      </div>
      {editable && submitWith && content ? (
        <Suspense fallback={<Loading />}>
          <EditRequest view={view} content={content} submitWith={submitWith} />
        </Suspense>
      ) : null}
    </div>
  );
}
