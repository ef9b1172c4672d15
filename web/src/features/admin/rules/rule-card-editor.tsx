// One rule opened for editing: move it, change its final level, council step, money thresholds and reasons.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNCIL_MODES, formatMoney, LEVEL_TITLES, REQUEST_TYPE_NAMES, REVIEW_LEVELS, RULE_REASON_MAX } from '@bmrts/shared';
import type { CouncilMode } from '@bmrts/shared';
import { Field } from '../../../lib/field';
import { useLang } from '../../../lib/use-lang';
import type { RoutingRule } from '../api/types';
import { MoneyInput } from './money-input';
import { moneyConditions, setThreshold } from './rule-edits';
import { ruleConditionWords } from './rule-words';

interface Props {
  rule: RoutingRule;
  index: number;
  count: number;
  onChange: (rule: RoutingRule) => void;
  onMove: (by: -1 | 1) => void;
  /** Reports whether every threshold typed so far parses, so the page can hold the save. */
  onValidity: (valid: boolean) => void;
}

const isCouncilMode = (v: string): v is CouncilMode => (COUNCIL_MODES as readonly string[]).includes(v);

export function RuleCardEditor({ rule, index, count, onChange, onMove, onValidity }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [badInputs, setBadInputs] = useState<ReadonlySet<string>>(new Set());
  const prefix = `rule-${rule.id}`;

  function setBad(key: string, bad: boolean) {
    const next = new Set(badInputs);
    if (bad) next.add(key);
    else next.delete(key);
    setBadInputs(next);
    onValidity(next.size === 0);
  }

  return (
    <li className="card rule-card" data-testid="rule-editor" data-rule={rule.id}>
      <div className="rule-card-head">
        <span className="rule-order" aria-hidden="true">
          {index + 1}
        </span>
        <h3 id={`${prefix}-title`} className="rule-card-title">
          <span className="mono">{rule.id}</span> <span className="small muted">{REQUEST_TYPE_NAMES[rule.type][lang]}</span>
        </h3>
        <span className="row-actions">
          <button
            type="button"
            className="button button-small"
            disabled={index === 0}
            onClick={() => onMove(-1)}
            aria-label={t('admin.rules.moveUpOf', { id: rule.id })}
            data-testid={`${prefix}-up`}
          >
            ↑ {t('admin.rules.moveUp')}
          </button>
          <button
            type="button"
            className="button button-small"
            disabled={index === count - 1}
            onClick={() => onMove(1)}
            aria-label={t('admin.rules.moveDownOf', { id: rule.id })}
            data-testid={`${prefix}-down`}
          >
            ↓ {t('admin.rules.moveDown')}
          </button>
        </span>
      </div>
      <ul className="rule-conditions small">
        {ruleConditionWords(rule.when, t, lang).map((words, i) => (
          <li key={i}>
            {i > 0 ? <span className="muted">{t('admin.rules.and')} </span> : null}
            {words}
          </li>
        ))}
      </ul>
      <div className="grid-2">
        <Field id={`${prefix}-level`} label={t('admin.rules.finalLevel')}>
          <select
            id={`${prefix}-level`}
            data-testid={`${prefix}-level`}
            value={rule.finalLevel}
            onChange={(e) => onChange({ ...rule, finalLevel: Number(e.target.value) })}
          >
            {REVIEW_LEVELS.map((level) => (
              <option key={level} value={level}>
                {t('user.levelTitle', { level, title: LEVEL_TITLES[level][lang] })}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${prefix}-council`} label={t('admin.rules.council')}>
          <select
            id={`${prefix}-council`}
            data-testid={`${prefix}-council`}
            value={rule.council}
            onChange={(e) => {
              if (isCouncilMode(e.target.value)) onChange({ ...rule, council: e.target.value });
            }}
          >
            {COUNCIL_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {t(`admin.rules.councilMode.${mode}`)}
              </option>
            ))}
          </select>
        </Field>
        {moneyConditions(rule).map((ref) => {
          const key = `${ref.at}-${ref.inner ?? 'x'}`;
          const id = `${prefix}-money-${key}`;
          const what = t(`admin.rules.cond.${ref.condition.kind}`, { fact: t(`admin.rules.fact.${ref.condition.fact}`), amount: '…' });
          return (
            <Field
              key={key}
              id={id}
              label={t('admin.rules.thresholdOf', { what })}
              hint={formatMoney(ref.condition.satang, lang)}
              error={badInputs.has(key) ? t('admin.rules.invalidMoney') : undefined}
            >
              <MoneyInput
                id={id}
                testId={id}
                satang={ref.condition.satang}
                invalid={badInputs.has(key)}
                describedBy={badInputs.has(key) ? `${id}-hint ${id}-error` : `${id}-hint`}
                onChange={(satang) => {
                  setBad(key, satang === null);
                  if (satang !== null) onChange(setThreshold(rule, ref, satang));
                }}
              />
            </Field>
          );
        })}
      </div>
      <div className="grid-2">
        <Field id={`${prefix}-reason-th`} label={t('admin.rules.reasonTh')} limit={{ text: rule.reason.th, max: RULE_REASON_MAX }}>
          <textarea
            id={`${prefix}-reason-th`}
            data-testid={`${prefix}-reason-th`}
            lang="th"
            rows={3}
            value={rule.reason.th}
            onChange={(e) => onChange({ ...rule, reason: { ...rule.reason, th: e.target.value } })}
          />
        </Field>
        <Field id={`${prefix}-reason-en`} label={t('admin.rules.reasonEn')} limit={{ text: rule.reason.en, max: RULE_REASON_MAX }}>
          <textarea
            id={`${prefix}-reason-en`}
            data-testid={`${prefix}-reason-en`}
            lang="en"
            rows={3}
            value={rule.reason.en}
            onChange={(e) => onChange({ ...rule, reason: { ...rule.reason, en: e.target.value } })}
          />
        </Field>
      </div>
    </li>
  );
}
