// The routing table as the administrator reads it: order, rule, type, conditions in words, final level, council, reason.
import { useTranslation } from 'react-i18next';
import { LEVEL_TITLES, REQUEST_TYPE_NAMES, isLevel } from '@bmrts/shared';
import { useLang } from '../../../lib/use-lang';
import type { RoutingRule } from '../api/types';
import { ruleConditionWords } from './rule-words';

export function RulesTable({ rules }: { rules: readonly RoutingRule[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <div className="table-wrap">
      <table className="data-table rules-table" data-testid="rules-table">
        <caption className="visually-hidden">{t('admin.rules.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('admin.rules.order')}
            </th>
            <th scope="col">{t('admin.rules.id')}</th>
            <th scope="col">{t('admin.rules.type')}</th>
            <th scope="col">{t('admin.rules.conditions')}</th>
            <th scope="col">{t('admin.rules.finalLevel')}</th>
            <th scope="col">{t('admin.rules.council')}</th>
            <th scope="col">{t('admin.rules.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {rules.map((rule, index) => (
            <tr key={rule.id} data-testid="rule-row" data-rule={rule.id}>
              <td data-label={t('admin.rules.order')} className="num">
                {index + 1}
              </td>
              <th scope="row" data-label={t('admin.rules.id')} className="mono rule-id">
                {rule.id}
              </th>
              <td data-label={t('admin.rules.type')} className="small">
                {REQUEST_TYPE_NAMES[rule.type][lang]}
              </td>
              <td data-label={t('admin.rules.conditions')} className="small">
                <ul className="rule-conditions">
                  {ruleConditionWords(rule.when, t, lang).map((words, i) => (
                    <li key={i}>
                      {i > 0 ? <span className="muted">{t('admin.rules.and')} </span> : null}
                      {words}
                    </li>
                  ))}
                </ul>
              </td>
              <td data-label={t('admin.rules.finalLevel')}>
                <span>
                  <span className="badge badge-final">{rule.finalLevel}</span>{' '}
                  <span className="small">{isLevel(rule.finalLevel) ? LEVEL_TITLES[rule.finalLevel][lang] : ''}</span>
                </span>
              </td>
              <td data-label={t('admin.rules.council')} className="small">
                {t(`admin.rules.councilMode.${rule.council}`)}
              </td>
              <td data-label={t('admin.rules.reason')} className="small">
                {rule.reason[lang]}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
