// A refused save: the server's message and each issue it named.
import { ApiError, errorMessageOf } from '../../lib/api-client';

export function FormProblemNotice({ error }: { error: unknown }) {
  const issues = error instanceof ApiError ? error.issues : [];
  return (
    <div className="notice notice-error admin-problem" role="alert" data-testid="round-error">
      <span>{errorMessageOf(error)}</span>
      {issues.length > 0 ? (
        <ul className="issue-list">
          {issues.map((issue, index) => (
            // Each message names its field (describeIssue), so the path, a code name, is not shown.
            <li key={index}>{issue.message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
