// The unit's letter the request goes out under (เลขที่หนังสือ and ลงวันที่), as the old sheet had them: what the paper
// trail cites the request by. Both optional; the date is a Buddhist Era day and no later than today (the server checks
// by its clock; the calendar and the form's message use the browser's, datedContentIssues in use-request-form).
import { useTranslation } from 'react-i18next';
import { LETTER_NO_MAX, bangkokDate } from '@bmrts/shared';
import { Field, describedBy } from '../../../lib/field';
import { ThaiDateInput } from '../../../lib/thai-date-input';
import type { RequestFormState } from './use-request-form';

export function LetterFields({ form }: { form: RequestFormState }) {
  const { t } = useTranslation();
  const { values } = form;
  const noError = form.errorAt('letterNo');
  const dateError = form.errorAt('letterDate');
  return (
    <div className="grid-2">
      <Field
        id="form-letter-no"
        label={t('letter.number')}
        error={noError}
        hint={t('letter.numberHint')}
        limit={{ text: values.letterNo, max: LETTER_NO_MAX }}
      >
        <input
          {...describedBy('form-letter-no', noError, t('letter.numberHint'))}
          value={values.letterNo}
          onChange={(e) => form.update({ letterNo: e.target.value }, 'letterNo')}
          onBlur={() => form.touch('letterNo')}
          data-testid="letter-no"
        />
      </Field>
      <Field id="form-letter-date" label={t('letter.date')} error={dateError}>
        <ThaiDateInput
          id="form-letter-date"
          value={values.letterDate}
          onChange={(letterDate) => form.update({ letterDate }, 'letterDate')}
          max={bangkokDate(new Date())}
          label={t('letter.date')}
          aria-describedby={describedBy('form-letter-date', dateError)['aria-describedby']}
          aria-invalid={dateError ? true : undefined}
          testId="letter-date"
        />
      </Field>
    </div>
  );
}
