// Allotment-only fields: multi-year and outside-plan flags, and the investment amounts.
import { useTranslation } from 'react-i18next';
import { InvestmentThresholds } from './investment-thresholds';
import type { RequestFormState } from './use-request-form';

export function AllotmentFields({ form }: { form: RequestFormState }) {
  const { t } = useTranslation();
  const { values } = form;
  return (
    <>
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
