// Administration › Verify history: re-checks every hash chain on request and shows intact, or the broken entries in red;
// below it the budget ledger's check (ledger-verify-section.tsx).
import { useTranslation } from 'react-i18next';
import { useVerifyHistory } from '../api/audit';
import { FormProblem } from '../components/form-problem';
import { LedgerVerifySection } from './ledger-verify-section';

export function VerifyPage() {
  const { t } = useTranslation();
  const verify = useVerifyHistory();
  const result = verify.data;
  return (
    <section aria-labelledby="admin-verify-title">
      <div className="page-head">
        <div>
          <h1 id="admin-verify-title">{t('admin.sections.verify')}</h1>
          <p className="muted">{t('admin.verify.intro')}</p>
        </div>
      </div>
      <div className="card">
        <button
          type="button"
          className="button button-primary"
          onClick={() => verify.mutate()}
          disabled={verify.isPending}
          data-testid="verify-run"
        >
          {verify.isPending ? t('admin.verify.running') : t('admin.verify.run')}
        </button>
        {verify.isError ? <FormProblem error={verify.error} /> : null}
        {result ? (
          <div className="verify-result" aria-live="polite" data-testid="verify-result" data-ok={result.ok}>
            {result.ok ? (
              <p className="notice notice-success" data-testid="verify-intact">
                {t('admin.verify.intact')}
              </p>
            ) : (
              <p className="notice notice-error" data-testid="verify-broken">
                {t('admin.verify.broken', { n: result.broken.length })}
              </p>
            )}
            <p className="small muted">
              {t('admin.verify.counts', {
                requests: result.requestsChecked,
                events: result.eventsChecked,
                audit: result.auditEntriesChecked,
              })}
            </p>
            {result.broken.length > 0 ? (
              <div className="table-wrap">
                <table className="data-table broken-table" data-testid="verify-broken-table">
                  <caption className="visually-hidden">{t('admin.verify.caption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('admin.verify.chain')}</th>
                      <th scope="col" className="num">
                        {t('admin.verify.seq')}
                      </th>
                      <th scope="col">{t('admin.verify.entry')}</th>
                      <th scope="col">{t('admin.verify.problem')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {result.broken.map((b) => (
                      <tr key={`${b.chain}-${b.entryId}`} className="row-broken" data-testid="verify-broken-row">
                        <td data-label={t('admin.verify.chain')} className="mono">
                          {b.chainName}
                        </td>
                        <td data-label={t('admin.verify.seq')} className="num">
                          {b.seq}
                        </td>
                        <td data-label={t('admin.verify.entry')} className="mono small">
                          {b.entryId}
                        </td>
                        <td data-label={t('admin.verify.problem')}>{t(`admin.verify.problems.${b.problem}`)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
          </div>
        ) : null}
      </div>
      <LedgerVerifySection />
    </section>
  );
}
