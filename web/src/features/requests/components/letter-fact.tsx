// The unit's letter among a request's facts (its page's header, its printable form): "กท 5101/1201 ลงวันที่ 1 ธ.ค. 2569",
// as the letter is cited.
import { useTranslation } from 'react-i18next';
import { formatThaiCalendarDate } from '@bmrts/shared';
import type { RequestSummary } from '@bmrts/shared';
import { useLang } from '../../../lib/use-lang';

/** Nothing when the unit gave neither a number nor a date. */
export function LetterFact({
  view,
  testId = 'request-letter',
}: {
  view: Pick<RequestSummary, 'letterNo' | 'letterDate'>;
  testId?: string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { letterNo, letterDate } = view;
  if (letterNo === null && letterDate === null) return null;
  const date = letterDate === null ? null : formatThaiCalendarDate(letterDate, lang);
  return (
    <div className="fact">
      <dt>{letterNo === null ? t('letter.date') : t('letter.number')}</dt>
      <dd data-testid={testId}>{letterNo === null ? date : date === null ? letterNo : t('letter.numberDated', { no: letterNo, date })}</dd>
    </div>
  );
}
