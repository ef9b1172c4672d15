// The request page's header: tracking no., title, status and the facts a reader looks for first.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { bahtText, CATEGORY_NAMES, formatMoney, formatThaiDateTime, REQUEST_TYPE_NAMES } from '@bmrts/shared';
import type { RequestView } from '@bmrts/shared';
import { PositionLine } from '../../../lib/position-line';
import { LetterFact } from './letter-fact';
import { useLang } from '../../../lib/use-lang';

/** `children`: what the reader must see right under the title, before the facts (why a returned request came back). */
export function RequestHeader({ view, children }: { view: RequestView; children?: ReactNode }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <header className="request-header card" data-testid="request-header">
      <div className="request-title-row">
        <div>
          <p className="tracking-no mono" data-testid="tracking-no">
            {view.trackingNo || t('request.draftNo')}
          </p>
          <h1 data-testid="request-title">{view.title}</h1>
        </div>
        <div className="request-title-side">
          <span className={`badge badge-large badge-${view.status}`} data-testid="request-status">
            {t(`status.${view.status}`)}
          </span>
          <Link
            to={`/requests/${view.id}/print`}
            className="button button-small"
            data-testid="print-link"
            aria-label={t('print.linkLabel', { trackingNo: view.trackingNo || t('request.draftNo') })}
          >
            {t('print.link')}
          </Link>
        </div>
      </div>
      {children}
      <dl className="facts">
        <div className="fact fact-wide" data-testid="request-position">
          <dt>{t('position.where')}</dt>
          <dd>
            <PositionLine item={view} all />
          </dd>
        </div>
        <div className="fact fact-wide">
          <dt>{t('request.amount')}</dt>
          <dd>
            <span className="amount" data-testid="request-amount">
              {formatMoney(view.amountSatang, lang)}
            </span>
            <span className="amount-words" lang="th" data-testid="request-amount-words">
              ({bahtText(view.amountSatang)})
            </span>
          </dd>
        </div>
        <div className="fact">
          <dt>{t('request.unit')}</dt>
          <dd>{view.unitName[lang]}</dd>
        </div>
        <div className="fact">
          <dt>{t('request.type')}</dt>
          <dd>{REQUEST_TYPE_NAMES[view.type][lang]}</dd>
        </div>
        <div className="fact">
          <dt>{t('request.category')}</dt>
          <dd>{CATEGORY_NAMES[view.category][lang]}</dd>
        </div>
        <div className="fact">
          <dt>{t('request.fiscalYear')}</dt>
          <dd>{t('request.fiscalYearValue', { year: view.fiscalYear })}</dd>
        </div>
        <LetterFact view={view} />
        {view.submittedAt ? (
          <div className="fact">
            <dt>{t('request.submittedAt')}</dt>
            <dd>
              <time dateTime={view.submittedAt}>{formatThaiDateTime(view.submittedAt, lang)}</time>
            </dd>
          </div>
        ) : null}
        <div className="fact">
          <dt>{t('request.updatedAt')}</dt>
          <dd>
            <time dateTime={view.updatedAt}>{formatThaiDateTime(view.updatedAt, lang)}</time>
          </dd>
        </div>
      </dl>
    </header>
  );
}
