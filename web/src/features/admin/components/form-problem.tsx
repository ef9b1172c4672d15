// A failed save: the server's message and, for a validation failure, each issue it named.
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessageOf } from '../../../lib/api-client';

interface Props {
  error: unknown;
  /** Words an issue's path for the reader, e.g. ['rules', 3, 'finalLevel'] → 'เกณฑ์ B1'. */
  describePath?: (path: readonly (string | number)[]) => string;
  testId?: string;
}

export function FormProblem({ error, describePath, testId = 'admin-error' }: Props) {
  const { t } = useTranslation();
  const issues = error instanceof ApiError ? error.issues : [];
  return (
    <div className="notice notice-error admin-problem" role="alert" data-testid={testId}>
      <span>{errorMessageOf(error)}</span>
      {issues.length > 0 ? (
        <ul className="issue-list" aria-label={t('admin.issues')} data-testid={`${testId}-issues`}>
          {issues.map((issue, index) => (
            <li key={index}>
              {/* The message names its field (describeIssue); a page may add where it is, e.g. which rule. */}
              {describePath && describePath(issue.path) ? `${describePath(issue.path)}: ` : ''}
              {issue.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function SavedNotice({ text, testId = 'admin-saved' }: { text: string; testId?: string }) {
  return (
    <p className="notice notice-success" role="status" data-testid={testId}>
      {text}
    </p>
  );
}
