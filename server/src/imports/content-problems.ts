// A row that passed the import's own checks but not the request schema: each issue told as the clerk sees the sheet,
// the row as the sheet numbers it and the column as its header names it, worded by describeIssue like the forms.
import type { core } from 'zod';
import { IMPORT_FIELD_NAMES, IMPORT_REFUSALS, describeIssue, type ImportField, type ImportMapping, type Lang } from '@bmrts/shared';

/** One schema issue of a row, with the sheet column its value came from. */
export interface ContentProblem {
  issue: core.$ZodIssue;
  /** The sheet's header, or null when the value was not read from a column of its own (a fiscal year taken from a date). */
  column: string | null;
  field: ImportField;
}

/**
 * The import field a schema path's value was read from. The placeholder transfer line carries the row's amount, so a
 * line's amount is the amount column; the content fields not listed here are placeholders of the import itself.
 */
function fieldOfPath(path: readonly PropertyKey[]): ImportField {
  const [head] = path;
  const last = path.at(-1);
  if (head === 'amountSatang' || last === 'amountSatang') return 'amount';
  switch (head) {
    case 'fiscalYear':
    case 'title':
    case 'justification':
    case 'letterNo':
    case 'letterDate':
    case 'category':
    case 'type':
      return head;
    default:
      // Anything else in the content is built from the request type (the central-fund item, the transfer's placeholders).
      return 'type';
  }
}

export function contentProblemsOf(issues: readonly core.$ZodIssue[], mapping: ImportMapping): ContentProblem[] {
  return issues.map((issue) => {
    const field = fieldOfPath(issue.path);
    return { issue, field, column: mapping[field] ?? null };
  });
}

export function contentProblemMessage(row: number, problem: ContentProblem, lang: Lang): string {
  // A field with no column of its own is named by our own name for it, in the reader's language.
  const column = problem.column ?? IMPORT_FIELD_NAMES[problem.field][lang];
  return (
    IMPORT_REFUSALS.content_invalid[lang]
      // Replaced by functions: a header holding "$&" or "$1" stays as written.
      .replace('{row}', () => String(row))
      .replace('{column}', () => column)
      .replace('{reason}', () => describeIssue(problem.issue, lang))
  );
}
