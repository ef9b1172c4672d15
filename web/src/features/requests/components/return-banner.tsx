// The first thing on the page of a returned or sent-back request: who sent it back (name, level, acting for whom), when,
// and why, from the server's lastReturn; and, for the unit that may revise it, the one way on: edit, then resubmit.
import { useTranslation } from 'react-i18next';
import { LEVEL_TITLES, formatThaiDateTime, isLevel } from '@bmrts/shared';
import type { LastReturn } from '@bmrts/shared';
import { useLang } from '../../../lib/use-lang';
import './return-and-confirm.css';

interface Props {
  lastReturn: NonNullable<LastReturn>;
  /** Opens the edit form that ends in resubmission; null when the reader may not revise the request. */
  onEdit: (() => void) | null;
}

export function ReturnBanner({ lastReturn, onEdit }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const title = isLevel(lastReturn.level) ? LEVEL_TITLES[lastReturn.level][lang] : '';
  return (
    <section className="card return-banner" aria-labelledby="return-banner-title" data-testid="return-banner">
      <h2 id="return-banner-title">{lastReturn.type === 'RETURN' ? t('returnBanner.titleReturned') : t('returnBanner.titleSentBack')}</h2>
      <p className="return-by" data-testid="return-by">
        <span>{t('returnBanner.by', { name: lastReturn.by.displayName, title })}</span>
        {lastReturn.onBehalfOf ? <span> {t('returnBanner.onBehalfOf', { name: lastReturn.onBehalfOf.displayName })}</span> : null}{' '}
        <time dateTime={lastReturn.at}>{t('returnBanner.at', { when: formatThaiDateTime(lastReturn.at, lang) })}</time>
      </p>
      <figure className="return-reason">
        <figcaption className="visually-hidden">{t('returnBanner.reason')}</figcaption>
        <blockquote data-testid="return-reason">{lastReturn.comment}</blockquote>
      </figure>
      {onEdit ? (
        <button type="button" className="button button-primary" onClick={onEdit} data-testid="edit-and-resubmit">
          {t('returnBanner.editAndResubmit')}
        </button>
      ) : null}
    </section>
  );
}
