// How one row of the Council report reads: its outcome (the Council's or a level's) and who decided.
import type { TFunction } from 'i18next';
import { COUNCIL_TITLE, LEVEL_TITLES, isLevel, type CouncilReportRow, type Lang } from '@bmrts/shared';

export function outcomeText(row: CouncilReportRow, t: TFunction): string {
  if (row.decidedByCouncil)
    return t(row.outcome === 'approved' ? 'councilReport.outcome.councilApproved' : 'councilReport.outcome.councilRejected');
  return t(`councilReport.outcome.${row.outcome}`);
}

export function deciderText(row: CouncilReportRow, t: TFunction, lang: Lang): string {
  if (row.decidedByCouncil) return COUNCIL_TITLE[lang];
  if (row.decidedAtLevel === null || !isLevel(row.decidedAtLevel)) return '';
  return t('councilReport.level', { level: row.decidedAtLevel, title: LEVEL_TITLES[row.decidedAtLevel][lang] });
}
