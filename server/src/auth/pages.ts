// Which pages the signed-in person may open, each answered by the very function its routes refuse by, so the web
// shows exactly what the server allows and never works a permission out from a level.
import type { SessionPages } from '@bmrts/shared';
import type { Caller } from '../deps';
import { mayDecideRequests } from '../bulk-decisions/service';
import { mayReadCouncilReport } from '../council/access';
import { mayOpenOverview } from '../overview/access';
import { mayCreateRequests } from '../requests/service';
import { mayAdminister } from './middleware';

export function pagesOf(caller: Caller): SessionPages {
  return {
    newRequest: mayCreateRequests(caller),
    reviewInbox: mayDecideRequests(caller),
    overview: mayOpenOverview(caller),
    councilReport: mayReadCouncilReport(caller),
    administration: mayAdminister(caller),
  };
}
