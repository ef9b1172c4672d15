// The English strings of why a request came back and of what just happened (th-returned.ts is the source).
import type { Strings } from './catalogue';
import type { thReturned } from './th-returned';

export const enReturned: Strings<typeof thReturned> = {
  returnBanner: {
    titleReturned: 'Returned for revision',
    titleSentBack: 'Sent back for another look',
    by: 'By {{name}}, {{title}}',
    onBehalfOf: 'acting for {{name}}',
    at: 'on {{when}}',
    reason: 'Reason',
    editAndResubmit: 'Edit and resubmit',
  },
  noticeWithReason: {
    returned: '{{name}}, {{title}}, returned the request for revision: “{{reason}}”',
    sentBack: '{{name}}, {{title}}, sent the request back to you: “{{reason}}”',
    onBehalfOf: '(for {{name}})',
  },
  confirmation: {
    done: '{{action}}: done',
    toPeople: 'Sent to {{people}}, {{title}}',
    toLevel: 'Sent to level {{level}}, {{title}}',
    toUnit: 'Returned to {{people}}, {{unit}}',
    toUnitNobody: 'Returned to {{unit}}',
    toCouncil: 'Sent to the Bangkok Metropolitan Council for its resolution',
    approved: 'The request is approved; this is final',
    rejected: 'The request is rejected; this is final',
    withdrawn: 'The request is withdrawn; this is final',
    others: 'and {{count}} others',
    previous: '{{action}} of {{trackingNo}}: done — here is the next item of your work',
    close: 'Dismiss',
  },
  nextItem: {
    approveAndNext: 'Approve and go to the next item',
    none: 'Nothing is waiting for your decision any more',
  },
};
