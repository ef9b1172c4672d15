// Central-fund-only fields: which central-fund item the money comes from, that item's budget line, and the unit's line
// that receives it.
import { useTranslation } from 'react-i18next';
import { CENTRAL_FUND_ITEMS, CENTRAL_FUND_ITEM_NAMES } from '@bmrts/shared';
import type { CentralFundItem } from '@bmrts/shared';
import { useLang } from '../../../lib/use-lang';
import { Field, describedBy } from '../../../lib/field';
import type { RequestFormState } from './use-request-form';
import { BudgetLinePicker } from './budget-line-picker';
import { fiscalYearOf, useOwnUnit } from './line-search';

const PATH = 'details.item';

function asItem(value: string): CentralFundItem | '' {
  return CENTRAL_FUND_ITEMS.find((item) => item === value) ?? '';
}

export function CentralFundFields({ form }: { form: RequestFormState }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { values } = form;
  const unit = useOwnUnit();
  const item = values.centralFundItem;
  return (
    <>
      <Field id="form-central-item" label={t('form.centralFundItem')} error={form.errorAt(PATH)} required>
        <select
          {...describedBy('form-central-item', form.errorAt(PATH))}
          value={values.centralFundItem}
          // A fund line belongs to one item: choosing another item lets go of it.
          onChange={(e) => form.update({ centralFundItem: asItem(e.target.value), fundLineId: null }, PATH)}
          onBlur={() => form.touch(PATH)}
        >
          <option value="">{t('form.choose')}</option>
          {CENTRAL_FUND_ITEMS.map((each) => (
            <option key={each} value={each}>
              {CENTRAL_FUND_ITEM_NAMES[each][lang]}
            </option>
          ))}
        </select>
      </Field>
      <BudgetLinePicker
        id="form-fund-line"
        label={t('budget.picker.fundLine')}
        error={form.errorAt('details.fundLineId')}
        fiscalYear={fiscalYearOf(values)}
        kind="central"
        unit={null}
        keep={(line) => line.centralItem === item}
        blockedReason={item === '' ? t('budget.picker.chooseItemFirst') : null}
        value={values.fundLineId}
        onChange={(line) => form.update({ fundLineId: line?.id ?? null }, 'details.fundLineId')}
        testId="fund-line-picker"
      />
      <BudgetLinePicker
        id="form-receiving-line"
        label={t('budget.picker.receivingLine')}
        error={form.errorAt('details.receivingLineId')}
        fiscalYear={fiscalYearOf(values)}
        kind="unit"
        unit={unit}
        value={values.receivingLineId}
        onChange={(line) => form.update({ receivingLineId: line?.id ?? null }, 'details.receivingLineId')}
        testId="receiving-line-picker"
      />
    </>
  );
}
