// The English strings of where a request stands and of a person's contact details; mirrors th-position.ts.
import type { thPosition } from './th-position';

export const enPosition: typeof thPosition = {
  position: {
    level: 'Level {{level}} {{title}}',
    council: 'Awaiting the BMA Council',
    councilRecordedBy: 'Records the Council’s decision',
    heldBy: 'With',
    nobody: 'Nobody holds this position for this unit yet',
    actingFor: 'acting for {{name}}',
    actingAtLevel: 'acting in the post',
    extension: 'ext. {{extension}}',
    noExtension: 'no extension given',
    more: 'and {{count}} more',
    since: 'since {{date}}',
    days: '{{days}} working days',
    daysOfTarget: '{{days}} of {{target}} working days',
    noTarget: 'no Budget Office target',
    overdue: 'Overdue',
    outcome: '{{outcome}} {{date}}',
    where: 'Where it is',
  },
  contact: {
    title: 'Contact details',
    intro: 'Your extension is shown beside your name on every request on your desk, so a unit can ring you.',
    extension: 'Office telephone extension',
    extensionHint: 'Digits; separate several with commas, e.g. 1234 or 1234, 1235. Leave empty to remove it.',
    save: 'Save contact details',
    saved: 'Contact details saved',
  },
};
