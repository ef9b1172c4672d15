// When the scheduler speaks about a waiting request: a reminder once it has passed its level's target, an escalation
// once it has passed twice the target. "Passed" is the same test that flags a request overdue in every list.
import { bangkokDayStartUtc } from '../bangkok-time';

export const SCHEDULER_NOTICE_KINDS = ['reminder', 'escalation'] as const;
export type SchedulerNoticeKind = (typeof SCHEDULER_NOTICE_KINDS)[number];

/** Overdue: more working days waited at the level than its target (a request on its last target day is not yet late). */
export function isPastTarget(workingDays: number, targetDays: number): boolean {
  return workingDays > targetDays;
}

/** The notices due for a visit after `workingDays` at a level with this target, reminder first. */
export function dueNotices(workingDays: number, targetDays: number): SchedulerNoticeKind[] {
  const due: SchedulerNoticeKind[] = [];
  if (isPastTarget(workingDays, targetDays)) due.push('reminder');
  if (isPastTarget(workingDays, 2 * targetDays)) due.push('escalation');
  return due;
}

/**
 * Working days are never more than calendar days, so a request that entered its level on or after Bangkok day
 * `today − minTargetDays` cannot yet be past any target: the scheduler leaves it out of its query. Returns that
 * day's start as a UTC instant.
 */
export function earliestUndueEntry(todayBangkok: string, minTargetDays: number): string {
  const day = new Date(bangkokDayStartUtc(todayBangkok));
  day.setUTCDate(day.getUTCDate() - minTargetDays);
  return day.toISOString();
}
