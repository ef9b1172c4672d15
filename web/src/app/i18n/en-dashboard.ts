// The English strings of the dashboard's headline cards, month trend and heat map.
import type { Strings } from './catalogue';
import type { thDashboard } from './th-dashboard';

export const enDashboard: Strings<typeof thDashboard> = {
  dashboard: {
    cardsTitle: 'Key figures',
    cards: {
      waitingNow: { label: 'Waiting now', unit: 'requests' },
      overdueNow: { label: 'Overdue now', unit: 'requests' },
      medianDaysToDecision: { label: 'Half of the requests were decided within', unit: 'working days' },
      onTimePercent: { label: 'Decided within target', unit: '%' },
      firstPassPercent: { label: 'Passed without a return', unit: '%' },
    },
    ofYear: 'Fiscal year {{year}}, of {{n}} {{what}}',
    what: { decisions: 'decided requests', visits: 'level decisions', approved: 'approved requests' },
    noValue: 'None yet',
    up: '▲ up {{delta}}',
    down: '▼ down {{delta}}',
    same: '= unchanged',
    points: '{{n}} points',
    better: 'better',
    worse: 'worse',
    since: 'against the end of {{month}}',
    noPrevious: 'no figure at the end of {{month}} to compare with',
    whatItMeans: 'What it means',
    whatItMeansOf: 'What “{{figure}}” means',
    definitions: {
      waitingNow:
        'Requests in review at levels 2–8 or awaiting the BMA Council, of every fiscal year, of the units you oversee; the sum of the table “Waiting at each level”.',
      overdueNow:
        'Requests waiting at levels 2–8 longer than their level’s target for their type, in working days (weekends and public holidays excluded). Requests awaiting the Council have no target and are not counted.',
      medianDaysToDecision:
        'Working days from the unit’s first submission to approval or rejection (time returned to the unit for revision included), of the requests decided in the fiscal year; sorted from fastest to slowest, the value of the middle request (of an even number, the lower of the two middle values). Withdrawn requests are not counted.',
      onTimePercent:
        'Each time a level finished with a request in the fiscal year (approved it on, returned it, sent it back or rejected it) is on time when it took no more working days than the level’s target for the type; the figure is the share on time.',
      firstPassPercent:
        'Of the requests approved in the fiscal year, the share never returned to their unit for revision; a send-back between levels inside the Budget Office is not a return.',
      comparison:
        'The arrow compares with the same figure at the end of last month (00:00 on the 1st of this month); for the fiscal year’s figures, only the part of the year before then.',
    },
    trendTitle: 'Time taken and timeliness by month, fiscal year {{year}}',
    trendDays: 'Half decided within (working days)',
    trendOnTime: 'Within target (%)',
    trendTable: 'The chart’s figures (table)',
    trendDecisions: 'Decided (requests)',
    trendVisits: 'Level decisions (times)',
    heatLegend: 'Darker where more requests wait',
    heatFew: 'few',
    heatMany: 'many',
    showAll: 'Show every unit ({{n}})',
    showFirst: 'Show only the {{n}} units where most wait',
    waitsNote:
      '“Half waited at most” and “9 in 10 waited at most” count the working days requests have waited at their current level (every fiscal year): sorted from shortest to longest wait, the value of the request halfway, or 9 in 10 of the way (rounded up); so it is always a wait some request really has. Overdue = waiting longer than the target of the level and the request type.',
  },
};
