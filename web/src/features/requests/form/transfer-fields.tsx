// Transfer-only fields: the lines, the flags the routing rules read, and the investment amounts.
import { useTranslation } from 'react-i18next';
import { InvestmentThresholds } from './investment-thresholds';
import { TRANSFER_FLAGS } from '@bmrts/shared';
import { TransferLinesEditor } from './transfer-lines-editor';
import type { RequestFormState } from './use-request-form';

export function TransferFields({ form }: { form: RequestFormState }) {
  const { t } = useTranslation();
  const { values } = form;
  return (
    <>
      <TransferLinesEditor form={form} />
      <fieldset className="fieldset">
        <legend>{t('form.transferFlags')}</legend>
        <div className="check-grid">
          {TRANSFER_FLAGS.map((flag) => (
            <label key={flag} className="check">
              <input
                type="checkbox"
                checked={values.transferFlags[flag]}
                onChange={(e) => form.update({ transferFlags: { ...values.transferFlags, [flag]: e.target.checked } }, 'details.lines')}
                data-testid={`flag-${flag}`}
              />
              {t(`form.flag.${flag}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {values.category === 'investment' ? <InvestmentThresholds form={form} /> : null}
    </>
  );
}
