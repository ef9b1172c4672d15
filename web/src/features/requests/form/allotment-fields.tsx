// Allotment-only fields: the budget line it draws on, multi-year and outside-plan flags, and the investment amounts.
import { useTranslation } from 'react-i18next';
import { BudgetLinePicker } from './budget-line-picker';
import { InvestmentThresholds } from './investment-thresholds';
import { fiscalYearOf, useOwnUnit } from './line-search';
import type { RequestFormState } from './use-request-form';

export function AllotmentFields({ form }: { form: RequestFormState }) {
  const { t } = useTranslation();
  const { values } = form;
  const unit = useOwnUnit();
  return (
    <>
      <BudgetLinePicker
        id="form-line"
        label={t('budget.picker.allotmentLine')}
        hint={t('budget.picker.allotmentHint')}
        error={form.errorAt('details.lineId')}
        fiscalYear={fiscalYearOf(values)}
        kind="unit"
        unit={unit}
        value={values.lineId}
        onChange={(line) => form.update({ lineId: line?.id ?? null }, 'details.lineId')}
        testId="line-picker"
      />
      <fieldset className="fieldset">
        <legend>{t('form.allotmentFlags')}</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={values.multiYear}
            onChange={(e) => form.update({ multiYear: e.target.checked })}
            data-testid="flag-multiYear"
          />
          {t('form.multiYear')}
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={values.outsidePlan}
            onChange={(e) => form.update({ outsidePlan: e.target.checked })}
            data-testid="flag-outsidePlan"
          />
          {t('form.outsidePlan')}
        </label>
      </fieldset>
      {values.category === 'investment' ? <InvestmentThresholds form={form} /> : null}
    </>
  );
}
