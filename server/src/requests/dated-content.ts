// The content rules that need today's date, checked against the server's own clock (the schema cannot know the date).
import { ValidationFailed, bangkokDate, datedContentIssues, describeIssues, type Lang, type RequestContent } from '@bmrts/shared';
import type { Clock } from '../deps';

/** Refuses, as a 400 naming the field, content the shared schema accepted but today's date does not (a letter dated after today). */
export function requireDatedContentSound(content: RequestContent, clock: Clock, lang: Lang): void {
  const issues = datedContentIssues(content, bangkokDate(clock.now()));
  if (issues.length > 0) throw new ValidationFailed(describeIssues(issues, lang));
}
