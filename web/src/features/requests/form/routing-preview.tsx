// The live routing preview: which level will decide this request, why, and the levels it will pass.
import { useTranslation } from 'react-i18next';
import {
  COUNCIL_TITLE,
  DEFAULT_ROUTING_RULES,
  FIRST_REVIEW_LEVEL,
  LEVEL_TITLES,
  isLevel,
  routeRequest,
  routingFactsOf,
} from '@bmrts/shared';
import type { RequestContent } from '@bmrts/shared';
import { useLang } from '../../../lib/use-lang';
import { useRoutingRules } from '../api';

export function RoutingPreview({ content }: { content: RequestContent }) {
  const { t } = useTranslation();
  const lang = useLang();
  const rules = useRoutingRules();
  const decision = routeRequest(routingFactsOf(content), rules.data?.items ?? DEFAULT_ROUTING_RULES);
  const finalTitle = isLevel(decision.finalLevel) ? LEVEL_TITLES[decision.finalLevel][lang] : '';
  const levels = Array.from({ length: decision.finalLevel - FIRST_REVIEW_LEVEL + 1 }, (_, i) => FIRST_REVIEW_LEVEL + i);

  return (
    <section className="preview card" aria-labelledby="routing-preview-title" data-testid="routing-preview">
      <h2 id="routing-preview-title">{t('preview.title')}</h2>
      <p className="preview-decision" aria-live="polite" data-testid="routing-preview-decision">
        {t('preview.decision', { level: decision.finalLevel, title: finalTitle, reason: decision.reason[lang] })}
      </p>
      <p className="small muted">{t('preview.rule', { rule: decision.ruleId })}</p>
      <h3>{t('preview.passes')}</h3>
      <ol className="preview-levels">
        {levels.map((level) => (
          <li key={level} className={level === decision.finalLevel ? 'preview-level preview-level-final' : 'preview-level'}>
            <span className="preview-level-no">{level}</span>
            <span>{isLevel(level) ? LEVEL_TITLES[level][lang] : ''}</span>
          </li>
        ))}
        {decision.council !== 'none' ? (
          <li className="preview-level preview-level-council">
            <span className="preview-level-no" aria-hidden="true">
              ★
            </span>
            <span>
              {COUNCIL_TITLE[lang]}: {decision.council === 'approve' ? t('preview.councilApprove') : t('preview.councilReport')}
            </span>
          </li>
        ) : null}
      </ol>
      {rules.isError ? <p className="small notice notice-warning">{t('preview.defaultRules')}</p> : null}
      <p className="small muted">{t('preview.note')}</p>
    </section>
  );
}
