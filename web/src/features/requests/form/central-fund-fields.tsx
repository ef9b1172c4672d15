// Central-fund-only field: which central-fund item the money comes from.
import { useTranslation } from 'react-i18next';
import { CENTRAL_FUND_ITEMS, CENTRAL_FUND_ITEM_NAMES } from '@bmrts/shared';
import type { CentralFundItem } from '@bmrts/shared';
import { useLang } from '../../../lib/use-lang';
import { Field, describedBy } from '../../../lib/field';
import type { RequestFormState } from './use-request-form';

const PATH = 'details.item';

function asItem(value: string): CentralFundItem | '' {
  return CENTRAL_FUND_ITEMS.find((item) => item === value) ?? '';
}

export function CentralFundFields({ form }: { form: RequestFormState }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Field id="form-central-item" label={t('form.centralFundItem')} error={form.errorAt(PATH)} required>
      <select
        {...describedBy('form-central-item', form.errorAt(PATH))}
        value={form.values.centralFundItem}
        onChange={(e) => form.update({ centralFundItem: asItem(e.target.value) }, PATH)}
        onBlur={() => form.touch(PATH)}
      >
        <option value="">{t('form.choose')}</option>
        {CENTRAL_FUND_ITEMS.map((item) => (
          <option key={item} value={item}>
            {CENTRAL_FUND_ITEM_NAMES[item][lang]}
          </option>
        ))}
      </select>
    </Field>
  );
}
