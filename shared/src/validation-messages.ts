// Words zod's validation issues in Thai or English, using zod's own locales plus our rule messages.
import { en, th } from 'zod/locales';
import type { core } from 'zod';
import type { ValidationIssue } from './errors';
import type { Lang } from './messages';
import { RULE_MESSAGES } from './messages';

const localeError = { th: th().localeError, en: en().localeError };

const expectedWord: Record<Lang, (expected: string) => string> = {
  th: (expected) => `ต้องเป็นข้อมูลประเภท ${expected}`,
  en: (expected) => `Expected ${expected}`,
};

function isRuleKey(message: string): message is keyof typeof RULE_MESSAGES {
  return message in RULE_MESSAGES;
}

/**
 * A union (a survey answer is a level or a text) fails as a whole with "invalid input"; when the value had the type of
 * just one branch, that branch's own first issue is the reason worth giving (a text answer holding control characters).
 */
function decisiveBranchIssue(issue: core.$ZodIssue): core.$ZodIssue | undefined {
  if (issue.code !== 'invalid_union') return undefined;
  const typed = issue.errors.filter((branch) => branch.some((i) => i.code !== 'invalid_type'));
  return typed.length === 1 ? typed[0]?.[0] : undefined;
}

export function describeIssue(issue: core.$ZodIssue, lang: Lang): string {
  if (issue.code === 'custom' && isRuleKey(issue.message)) return RULE_MESSAGES[issue.message][lang];
  const decisive = decisiveBranchIssue(issue);
  if (decisive) return describeIssue(decisive, lang);
  if (issue.code === 'invalid_type') {
    // The final issue no longer carries the input, so say only what was expected.
    return expectedWord[lang](issue.expected);
  }
  const worded = localeError[lang](issue as unknown as core.$ZodRawIssue);
  return typeof worded === 'string' ? worded : (worded?.message ?? issue.message);
}

export function describeIssues(issues: readonly core.$ZodIssue[], lang: Lang): ValidationIssue[] {
  return issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    message: describeIssue(issue, lang),
  }));
}
