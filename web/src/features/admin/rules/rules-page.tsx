// Administration › Routing rules: read the ordered table; edit a copy (levels, council, reasons, thresholds, order) and save it whole.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice, Loading } from '../../../lib/query-state';
import { useAdminRoutingRules, useSaveRoutingRules } from '../api/rules';
import type { RoutingRule } from '../api/types';
import { FormProblem, SavedNotice } from '../components/form-problem';
import { RuleCardEditor } from './rule-card-editor';
import { moveRule } from './rule-edits';
import { RulesTable } from './rules-table';

export function RulesPage() {
  const { t } = useTranslation();
  const rules = useAdminRoutingRules();
  const save = useSaveRoutingRules();
  const [draft, setDraft] = useState<RoutingRule[] | null>(null);
  const [invalid, setInvalid] = useState<ReadonlySet<string>>(new Set());
  const [saved, setSaved] = useState(false);

  function startEditing() {
    setDraft(rules.data ? structuredClone(rules.data.items) : null);
    setInvalid(new Set());
    setSaved(false);
    save.reset();
  }

  function onValidity(id: string, valid: boolean) {
    const next = new Set(invalid);
    if (valid) next.delete(id);
    else next.add(id);
    setInvalid(next);
  }

  /** Names the rule an issue's path points at: ['rules', 3, 'reason', 'th'] → 'เกณฑ์ B1'; the message names the field. */
  function describePath(path: readonly (string | number)[]): string {
    const at = path.findIndex((p) => typeof p === 'number');
    const rule = at >= 0 && draft ? draft[Number(path[at])] : undefined;
    return rule ? `${t('admin.rules.id')} ${rule.id}` : '';
  }

  function onSave() {
    if (!draft || invalid.size > 0) return;
    save.mutate(draft, {
      onSuccess: () => {
        setDraft(null);
        setSaved(true);
      },
    });
  }

  return (
    <section aria-labelledby="admin-rules-title">
      <div className="page-head">
        <div>
          <h1 id="admin-rules-title">{t('admin.sections.rules')}</h1>
          <p className="muted">{t('admin.rules.intro')}</p>
        </div>
        <div className="page-head-actions">
          {draft ? (
            <button
              type="button"
              className="button"
              onClick={() => {
                setDraft(null);
                save.reset();
              }}
              data-testid="rules-discard"
            >
              {t('admin.rules.view')}
            </button>
          ) : (
            <button type="button" className="button button-primary" onClick={startEditing} disabled={!rules.data} data-testid="rules-edit">
              {t('admin.rules.edit')}
            </button>
          )}
        </div>
      </div>
      {saved ? <SavedNotice text={t('admin.rules.saved')} /> : null}
      {rules.isPending ? <Loading /> : null}
      {rules.isError ? <ErrorNotice error={rules.error} onRetry={() => void rules.refetch()} /> : null}
      {rules.data && !draft ? <RulesTable rules={rules.data.items} /> : null}
      {draft ? (
        <>
          <ol className="rule-list">
            {draft.map((rule, index) => (
              <RuleCardEditor
                key={rule.id}
                rule={rule}
                index={index}
                count={draft.length}
                onChange={(next) => setDraft(draft.map((r, i) => (i === index ? next : r)))}
                onMove={(by) => setDraft(moveRule(draft, index, by))}
                onValidity={(valid) => onValidity(rule.id, valid)}
              />
            ))}
          </ol>
          <div className="card save-bar">
            <p className="small muted" role="status">
              {t('admin.rules.unsaved')}
            </p>
            {save.isError ? <FormProblem error={save.error} describePath={describePath} testId="rules-error" /> : null}
            <div className="button-row">
              <button
                type="button"
                className="button button-primary"
                onClick={onSave}
                disabled={save.isPending || invalid.size > 0}
                data-testid="rules-save"
              >
                {save.isPending ? t('admin.saving') : t('admin.rules.saveAll')}
              </button>
              <button
                type="button"
                className="button"
                onClick={() => {
                  setDraft(null);
                  save.reset();
                }}
              >
                {t('admin.rules.view')}
              </button>
            </div>
          </div>
        </>
      ) : null}
    </section>
  );
}
