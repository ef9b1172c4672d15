// Administration › Verify history, second section: the budget ledger's check (issue 16). Recomputes every line's totals
// from its entries on request and says in words that they agree, or the first disagreement (the line or the request,
// the expected and the found figure), in the page's language.
import { useTranslation } from 'react-i18next';
import { pick, useLang } from '../../../lib/use-lang';
import { useVerifyLedger } from '../api/audit';
import { FormProblem } from '../components/form-problem';

export function LedgerVerifySection() {
  const { t } = useTranslation();
  const lang = useLang();
  const verify = useVerifyLedger();
  const result = verify.data;
  return (
    <section aria-labelledby="admin-ledger-verify-title" className="card" data-testid="ledger-verify">
      <h2 id="admin-ledger-verify-title">{t('ledgerVerify.title')}</h2>
      <p className="muted">{t('ledgerVerify.intro')}</p>
      <button
        type="button"
        className="button button-primary"
        onClick={() => verify.mutate()}
        disabled={verify.isPending}
        data-testid="ledger-verify-run"
      >
        {verify.isPending ? t('ledgerVerify.running') : t('ledgerVerify.run')}
      </button>
      {verify.isError ? <FormProblem error={verify.error} /> : null}
      {result ? (
        <div className="verify-result" aria-live="polite" data-testid="ledger-verify-result" data-ok={result.ok}>
          {result.ok ? (
            <>
              <p className="notice notice-success" data-testid="ledger-verify-intact">
                {t('ledgerVerify.intact')}
              </p>
              <p className="small muted">{t('ledgerVerify.counts', { lines: result.lines, entries: result.entries })}</p>
            </>
          ) : (
            <div className="notice notice-error" data-testid="ledger-verify-problem">
              <p>{t('ledgerVerify.broken')}</p>
              <p>{pick(result.firstProblem.what, lang)}</p>
              {result.firstProblem.lineCode !== undefined ? (
                <p className="small mono">
                  {t('ledgerVerify.line', { code: result.firstProblem.lineCode, year: result.firstProblem.fiscalYear ?? '' })}
                </p>
              ) : null}
              {result.firstProblem.requestTrackingNo !== undefined ? (
                <p className="small mono">{t('ledgerVerify.request', { trackingNo: result.firstProblem.requestTrackingNo })}</p>
              ) : null}
            </div>
          )}
        </div>
      ) : null}
    </section>
  );
}
