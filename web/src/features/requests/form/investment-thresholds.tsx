// The two investment amounts the routing rules read: highest equipment unit price and highest construction cost.
import { useTranslation } from 'react-i18next';
import { Field, describedBy } from '../../../lib/field';
import type { RequestFormState } from './use-request-form';

const EQUIPMENT = 'details.maxEquipmentUnitPriceSatang';
const CONSTRUCTION = 'details.maxConstructionSatang';

export function InvestmentThresholds({ form }: { form: RequestFormState }) {
  const { t } = useTranslation();
  const { values } = form;
  return (
    <fieldset className="fieldset">
      <legend>{t('form.investmentThresholds')}</legend>
      <div className="grid-2">
        <Field id="form-max-equipment" label={t('form.maxEquipment')} error={form.errorAt(EQUIPMENT)}>
          <input
            {...describedBy('form-max-equipment', form.errorAt(EQUIPMENT))}
            inputMode="decimal"
            value={values.maxEquipment}
            onChange={(e) => form.update({ maxEquipment: e.target.value }, EQUIPMENT)}
          />
        </Field>
        <Field id="form-max-construction" label={t('form.maxConstruction')} error={form.errorAt(CONSTRUCTION)}>
          <input
            {...describedBy('form-max-construction', form.errorAt(CONSTRUCTION))}
            inputMode="decimal"
            value={values.maxConstruction}
            onChange={(e) => form.update({ maxConstruction: e.target.value }, CONSTRUCTION)}
          />
        </Field>
      </div>
    </fieldset>
  );
}
