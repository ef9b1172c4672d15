// The fields every request has: type, fiscal year, title, justification, amount and budget category.
import { useTranslation } from 'react-i18next';
import { bahtText, CATEGORY_NAMES, JUSTIFICATION_MAX, REQUEST_TYPE_NAMES, REQUEST_TYPES, TITLE_MAX } from '@bmrts/shared';
import { useLang } from '../../../lib/use-lang';
import { AmountInput } from '../../../lib/amount-input';
import { Field, describedBy } from '../../../lib/field';
import { UNIT_CATEGORIES } from './form-values';
import { LetterFields } from './letter-fields';
import type { UnitCategory } from './form-values';
import type { RequestFormState } from './use-request-form';

function asCategory(value: string): UnitCategory {
  return UNIT_CATEGORIES.find((c) => c === value) ?? 'operating';
}

export function BasicFields({ form, lockType }: { form: RequestFormState; lockType: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { values, content } = form;
  const amountError = form.errorAt('amountSatang');
  return (
    <>
      <fieldset className="fieldset type-choice" disabled={lockType}>
        <legend>{t('form.type')}</legend>
        {REQUEST_TYPES.map((type) => (
          <label key={type} className={values.type === type ? 'radio-card radio-card-on' : 'radio-card'}>
            <input
              type="radio"
              name="request-type"
              value={type}
              checked={values.type === type}
              onChange={() => form.update({ type })}
              data-testid={`type-${type}`}
            />
            {REQUEST_TYPE_NAMES[type][lang]}
          </label>
        ))}
      </fieldset>
      <div className="grid-2">
        <Field id="form-fiscal-year" label={t('form.fiscalYear')} error={form.errorAt('fiscalYear')} required>
          <input
            {...describedBy('form-fiscal-year', form.errorAt('fiscalYear'))}
            inputMode="numeric"
            value={values.fiscalYear}
            onChange={(e) => form.update({ fiscalYear: e.target.value }, 'fiscalYear')}
          />
        </Field>
        <Field
          id="form-category"
          label={t('form.category')}
          error={form.errorAt('category')}
          required
          hint={values.type === 'central_fund' ? t('form.categoryCentral') : undefined}
        >
          {values.type === 'central_fund' ? (
            <input {...describedBy('form-category', undefined, t('form.categoryCentral'))} value={CATEGORY_NAMES.central[lang]} readOnly />
          ) : (
            <select
              {...describedBy('form-category', form.errorAt('category'))}
              value={values.category}
              onChange={(e) => form.update({ category: asCategory(e.target.value) }, 'category')}
            >
              {UNIT_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {CATEGORY_NAMES[c][lang]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <LetterFields form={form} />
      <Field id="form-title" label={t('form.title')} error={form.errorAt('title')} required limit={{ text: values.title, max: TITLE_MAX }}>
        <input
          {...describedBy('form-title', form.errorAt('title'))}
          value={values.title}
          onChange={(e) => form.update({ title: e.target.value }, 'title')}
          onBlur={() => form.touch('title')}
        />
      </Field>
      <Field
        id="form-justification"
        label={t('form.justification')}
        error={form.errorAt('justification')}
        limit={{ text: values.justification, max: JUSTIFICATION_MAX }}
      >
        <textarea
          {...describedBy('form-justification', form.errorAt('justification'))}
          rows={4}
          value={values.justification}
          onChange={(e) => form.update({ justification: e.target.value }, 'justification')}
        />
      </Field>
      <Field id="form-amount" label={t('form.amount')} error={amountError} hint={t('form.amountHint')} required>
        <AmountInput
          {...describedBy('form-amount', amountError, t('form.amountHint'))}
          className="money-input"
          value={values.amount}
          onValueChange={(amount) => form.update({ amount }, 'amountSatang')}
          onBlur={() => form.touch('amountSatang')}
        />
      </Field>
      {content.amountSatang > 0 ? (
        <p className="amount-words" lang="th" data-testid="form-amount-words">
          ({bahtText(content.amountSatang)})
        </p>
      ) : null}
    </>
  );
}
