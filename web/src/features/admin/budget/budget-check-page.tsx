// Administration › Budget check (issue 16): which review levels refuse an approval when a line it draws on is short
// (the final approval always does), and whether a submission reserves its amount. Saved as a whole, audited.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LEVEL_TITLES, REVIEW_LEVELS, type BudgetCheckSettings, type ReviewLevel } from '@bmrts/shared';
import { ErrorNotice, Loading } from '../../../lib/query-state';
import { useLang } from '../../../lib/use-lang';
import { useBudgetCheck, useSaveBudgetCheck } from '../api/budget';
import { FormProblem, SavedNotice } from '../components/form-problem';

export function BudgetCheckPage() {
  const { t } = useTranslation();
  const settings = useBudgetCheck();
  const [saved, setSaved] = useState(false);
  return (
    <section aria-labelledby="admin-budget-check-title">
      <div className="page-head">
        <div>
          <h1 id="admin-budget-check-title">{t('admin.sections.budget-check')}</h1>
          <p className="muted">{t('budgetCheck.intro')}</p>
        </div>
      </div>
      {settings.isPending ? <Loading /> : null}
      {settings.isError ? <ErrorNotice error={settings.error} onRetry={() => void settings.refetch()} /> : null}
      {saved ? <SavedNotice text={t('budgetCheck.saved')} testId="budget-check-saved" /> : null}
      {settings.data ? (
        <>
          <InForce settings={settings.data} />
          <BudgetCheckForm
            key={JSON.stringify(settings.data)}
            saved={settings.data}
            onSaving={() => setSaved(false)}
            onSaved={() => setSaved(true)}
          />
        </>
      ) : null}
    </section>
  );
}

/** The settings the server holds, in one sentence: what a reload shows whatever the boxes say. */
function InForce({ settings }: { settings: BudgetCheckSettings }) {
  const { t } = useTranslation();
  const levels =
    settings.enforceAtLevels.length === 0
      ? t('budgetCheck.inForceFinalOnly')
      : t('budgetCheck.inForceLevels', { levels: settings.enforceAtLevels.join(', ') });
  const reserve = t(settings.reserveOnSubmit ? 'budgetCheck.inForceReserve' : 'budgetCheck.inForceNoReserve');
  return (
    <p className="small" data-testid="budget-check-in-force">
      {t('budgetCheck.inForce', { levels, reserve })}
    </p>
  );
}

function BudgetCheckForm({ saved, onSaving, onSaved }: { saved: BudgetCheckSettings; onSaving: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const save = useSaveBudgetCheck();
  const [levels, setLevels] = useState<ReadonlySet<number>>(() => new Set(saved.enforceAtLevels));
  const [reserve, setReserve] = useState(saved.reserveOnSubmit);

  function toggle(level: ReviewLevel, on: boolean) {
    const next = new Set(levels);
    if (on) next.add(level);
    else next.delete(level);
    setLevels(next);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    onSaving();
    save.mutate({ enforceAtLevels: REVIEW_LEVELS.filter((l) => levels.has(l)), reserveOnSubmit: reserve }, { onSuccess: onSaved });
  }

  return (
    <form className="card" onSubmit={submit} data-testid="budget-check-form">
      <fieldset className="fieldset">
        <legend>{t('budgetCheck.levelsLegend')}</legend>
        <p className="hint">{t('budgetCheck.levelsHint')}</p>
        <div className="check-grid">
          {REVIEW_LEVELS.map((level) => (
            <label key={level} className="check">
              <input
                type="checkbox"
                checked={levels.has(level)}
                onChange={(e) => toggle(level, e.target.checked)}
                data-testid={`budget-check-level-${level}`}
              />
              <span>{t('budgetCheck.level', { level, title: LEVEL_TITLES[level][lang] })}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('budgetCheck.reserveLegend')}</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={reserve}
            onChange={(e) => setReserve(e.target.checked)}
            aria-describedby="budget-reserve-on budget-reserve-off"
            data-testid="budget-check-reserve"
          />
          <span>{t('budgetCheck.reserve')}</span>
        </label>
        <p className="hint" id="budget-reserve-on">
          {t('budgetCheck.reserveExplain')}
        </p>
        <p className="hint" id="budget-reserve-off">
          {t('budgetCheck.reserveOffExplain')}
        </p>
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={save.isPending} data-testid="budget-check-save">
          {save.isPending ? t('budgetCheck.saving') : t('budgetCheck.save')}
        </button>
      </div>
      {save.isError ? <FormProblem error={save.error} testId="budget-check-error" /> : null}
    </form>
  );
}
