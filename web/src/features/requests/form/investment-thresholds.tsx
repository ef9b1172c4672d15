// The two investment amounts the routing rules read: highest equipment unit price and highest construction cost.
import { useTranslation } from 'react-i18next';
import { AmountInput } from '../../../lib/amount-input';
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
          <AmountInput
            {...describedBy('form-max-equipment', form.errorAt(EQUIPMENT))}
            value={values.maxEquipment}
            onValueChange={(maxEquipment) => form.update({ maxEquipment }, EQUIPMENT)}
          />
        </Field>
        <Field id="form-max-construction" label={t('form.maxConstruction')} error={form.errorAt(CONSTRUCTION)}>
          <AmountInput
            {...describedBy('form-max-construction', form.errorAt(CONSTRUCTION))}
            value={values.maxConstruction}
            onValueChange={(maxConstruction) => form.update({ maxConstruction }, CONSTRUCTION)}
          />
        </Field>
      </div>
    </fieldset>
  );
}
