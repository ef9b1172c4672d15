// /requests/:id/print: a clean printable form of the request, without the app's header and navigation — the BMA
// heading, the facts (the unit's letter among them), the amount in figures and in Thai words, transfer lines, the
// route and its reason, the history.
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  bahtText,
  CATEGORY_NAMES,
  CENTRAL_FUND_ITEM_NAMES,
  COUNCIL_TITLE,
  formatMoney,
  formatThaiDateTime,
  LEVEL_TITLES,
  REQUEST_TYPE_NAMES,
  isLevel,
} from '@bmrts/shared';
import { ErrorNotice, Loading } from '../../../lib/query-state';
import { useLang } from '../../../lib/use-lang';
import { useRequest } from '../api';
import { LetterFact } from '../components/letter-fact';
import { TransferLinesTable } from '../components/transfer-lines-table';
import { PrintHistory } from './print-history';

export function PrintRequestPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { id = '' } = useParams();
  const request = useRequest(id);

  if (request.isPending)
    return (
      <main className="print-page" id="main">
        <Loading />
      </main>
    );
  if (request.isError)
    return (
      <main className="print-page" id="main">
        <ErrorNotice error={request.error} onRetry={() => void request.refetch()} />
      </main>
    );

  const view = request.data;
  const { content } = view;
  const routeLevels = view.finalLevel === null ? [] : Array.from({ length: view.finalLevel - 1 }, (_, i) => i + 2);

  return (
    <main className="print-page" id="main" data-testid="print-page">
      <div className="print-toolbar no-print">
        <Link to={`/requests/${view.id}`} className="button button-small">
          {t('print.back')}
        </Link>
        <button type="button" className="button button-small button-primary" onClick={() => window.print()} data-testid="print-button">
          {t('print.print')}
        </button>
      </div>
      <header className="print-head">
        <span className="brand-mark" aria-hidden="true">
          {t('app.mark')}
        </span>
        <div>
          <p className="print-bma">{t('print.bma')}</p>
          <p className="print-office">{t('print.office')}</p>
        </div>
        <p className="print-tracking mono" data-testid="print-tracking-no">
          {view.trackingNo || t('request.draftNo')}
        </p>
      </header>
      <h1 className="print-title">
        {t('print.heading')}: {REQUEST_TYPE_NAMES[view.type][lang]}
      </h1>
      <dl className="print-facts">
        <div>
          <dt>{t('request.trackingNo')}</dt>
          <dd className="mono">{view.trackingNo || t('request.draftNo')}</dd>
        </div>
        <div>
          <dt>{t('request.unit')}</dt>
          <dd>{view.unitName[lang]}</dd>
        </div>
        <LetterFact view={view} testId="print-letter" />
        <div>
          <dt>{t('request.type')}</dt>
          <dd>{REQUEST_TYPE_NAMES[view.type][lang]}</dd>
        </div>
        <div>
          <dt>{t('request.fiscalYear')}</dt>
          <dd>{t('request.fiscalYearValue', { year: view.fiscalYear })}</dd>
        </div>
        <div>
          <dt>{t('request.category')}</dt>
          <dd>{CATEGORY_NAMES[view.category][lang]}</dd>
        </div>
        <div>
          <dt>{t('request.status')}</dt>
          <dd>{t(`status.${view.status}`)}</dd>
        </div>
        {content?.type === 'central_fund' ? (
          <div>
            <dt>{t('request.centralFundItem')}</dt>
            <dd>{CENTRAL_FUND_ITEM_NAMES[content.details.item][lang]}</dd>
          </div>
        ) : null}
        {view.submittedAt ? (
          <div>
            <dt>{t('request.submittedAt')}</dt>
            <dd>{formatThaiDateTime(view.submittedAt, lang)}</dd>
          </div>
        ) : null}
      </dl>

      <section className="print-section" aria-labelledby="print-subject">
        <h2 id="print-subject">{t('form.title')}</h2>
        <p data-testid="print-request-title">{view.title}</p>
        <h3>{t('request.justification')}</h3>
        <p className="prewrap">{view.justification || t('request.noJustification')}</p>
      </section>

      <section className="print-section print-amount" aria-labelledby="print-amount-title">
        <h2 id="print-amount-title" className="visually-hidden">
          {t('request.amount')}
        </h2>
        <dl className="print-facts">
          <div>
            <dt>{t('print.amountNumber')}</dt>
            <dd className="amount" data-testid="print-amount">
              {formatMoney(view.amountSatang, lang)}
            </dd>
          </div>
          <div>
            <dt>{t('print.amountWords')}</dt>
            <dd lang="th" data-testid="print-amount-words">
              ({bahtText(view.amountSatang)})
            </dd>
          </div>
        </dl>
        {content?.type === 'transfer' && content.details.lines.length > 0 ? <TransferLinesTable lines={content.details.lines} /> : null}
      </section>

      <section className="print-section" aria-labelledby="print-route-title">
        <h2 id="print-route-title">{t('print.route')}</h2>
        {view.finalLevel !== null && view.routeReason ? (
          <>
            <p data-testid="print-route-reason">
              {t('stepper.reason', { level: view.finalLevel, rule: view.ruleId ?? '', reason: view.routeReason[lang] })}
            </p>
            <ol className="print-route">
              {routeLevels.map((level) => (
                <li key={level}>
                  {t('stepper.level', { level })} {isLevel(level) ? LEVEL_TITLES[level][lang] : ''}
                </li>
              ))}
              {view.council !== 'none' ? (
                <li>
                  {COUNCIL_TITLE[lang]} ({view.council === 'approve' ? t('stepper.councilApprove') : t('stepper.councilReport')})
                </li>
              ) : null}
            </ol>
          </>
        ) : (
          <p>{t('stepper.notRouted')}</p>
        )}
      </section>

      <PrintHistory history={view.history} />
      <p className="small muted print-foot">{t('print.printedAt', { date: formatThaiDateTime(new Date().toISOString(), lang) })}</p>
    </main>
  );
}
