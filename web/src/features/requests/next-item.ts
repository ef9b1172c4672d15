// "Approve and go to the next item": after a decision, the next request of the reader's inbox (the server's
// /api/inbox/next, in the inbox's own order), or back to the inbox saying that nothing waits any more.
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { call, client } from '../../lib/api-client';
import { routeNoticeState } from '../../lib/route-notice';
import { useOpenWithConfirmation, type JustDone } from './just-done';

export function useGoToNextItem() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const openWithConfirmation = useOpenWithConfirmation();
  return (done: JustDone, enteredAt: string) => {
    call(client.api.inbox.next.$get({ query: { after: done.requestId, enteredAt } }))
      .then(({ next }) => {
        if (next) openWithConfirmation(next.id, done, { replace: false });
        else void navigate('/', { state: routeNoticeState(t('nextItem.none')) });
      })
      // The decision is taken either way; if the next item cannot be found now, say what was done here instead.
      .catch(() => openWithConfirmation(done.requestId, done, { replace: true }));
  };
}
