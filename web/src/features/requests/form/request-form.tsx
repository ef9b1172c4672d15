// The request form, used to create a request and to edit a draft or returned one; the buttons come from the caller.
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestContent } from '@bmrts/shared';
import { ApiError } from '../../../lib/api-client';
import { ErrorNotice } from '../../../lib/query-state';
import { AllotmentFields } from './allotment-fields';
import { BasicFields } from './basic-fields';
import { CentralFundFields } from './central-fund-fields';
import type { FormValues } from './form-values';
import { RoutingPreview } from './routing-preview';
import { TransferFields } from './transfer-fields';
import { useRequestForm } from './use-request-form';

export interface FormAction {
  key: string;
  label: string;
  primary?: boolean;
  testId: string;
}

interface Props {
  initial: FormValues;
  lockType?: boolean;
  actions: readonly FormAction[];
  pending: boolean;
  error: unknown;
  onAction: (key: string, content: RequestContent) => void;
  /** More of the form below the request's fields: the documents chosen on the new-request page. */
  children?: ReactNode;
}

export function RequestForm({ initial, lockType = false, actions, pending, error, onAction, children }: Props) {
  const { t } = useTranslation();
  const form = useRequestForm(initial);
  const { values } = form;
  const [firstAction] = actions;

  function run(key: string) {
    const content = form.validContent();
    if (content) onAction(key, content);
  }
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (firstAction) run(firstAction.key);
  }

  return (
    <div className="form-layout">
      <form className="request-form card" onSubmit={onSubmit} noValidate data-testid="request-form">
        <BasicFields form={form} lockType={lockType} />
        {values.type === 'allotment' ? <AllotmentFields form={form} /> : null}
        {values.type === 'transfer' ? <TransferFields form={form} /> : null}
        {values.type === 'central_fund' ? <CentralFundFields form={form} /> : null}
        {children}
        {error ? <ErrorNotice error={error} /> : null}
        {error instanceof ApiError && error.issues.length > 0 ? (
          <ul className="issue-list">
            {/* Each message names its field (describeIssue), so the path, a code name, is not shown. */}
            {error.issues.map((issue, index) => (
              <li key={index}>{issue.message}</li>
            ))}
          </ul>
        ) : null}
        <div className="button-row form-actions">
          {actions.map((action) => (
            <button
              key={action.key}
              type="button"
              className={action.primary ? 'button button-primary' : 'button'}
              disabled={pending}
              onClick={() => run(action.key)}
              data-testid={action.testId}
            >
              {pending ? t('form.saving') : action.label}
            </button>
          ))}
          {form.revealed && form.errorCount > 0 ? (
            <span className="small field-error" role="alert">
              {t('form.fixErrors', { n: form.errorCount })}
            </span>
          ) : null}
        </div>
      </form>
      <aside className="form-aside">
        <RoutingPreview content={form.content} />
      </aside>
    </div>
  );
}
