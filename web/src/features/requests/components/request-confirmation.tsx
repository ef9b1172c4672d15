// Says what the reader just did and where the request went, naming who holds it now (the server's heldBy): shown at the
// top of the request page after a submission, a resubmission or a decision, and on the next item after "approve and next".
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { LEVEL_TITLES, isLevel } from '@bmrts/shared';
import type { Lang, PersonRef, RequestView } from '@bmrts/shared';
import { useLang } from '../../../lib/use-lang';
import type { JustDone } from '../just-done';
import './return-and-confirm.css';

/** Names shown before "and N others": a level 5–8 may have many holders, and the line must stay readable on a phone. */
const NAMES_SHOWN = 3;

function peopleList(people: readonly PersonRef[], t: TFunction, lang: Lang): string {
  const names = people.slice(0, NAMES_SHOWN).map((p) => p.displayName);
  const rest = people.length - names.length;
  if (rest > 0) names.push(t('confirmation.others', { count: rest }));
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(names);
}

/** Where the request is now, in words, from its position and its holders. */
export function whereItWent(view: RequestView, t: TFunction, lang: Lang): string {
  const { holder, heldAtLevel } = view.position;
  if (holder === 'council') return t('confirmation.toCouncil');
  if (holder === 'nobody') {
    if (view.status === 'approved') return t('confirmation.approved');
    if (view.status === 'rejected') return t('confirmation.rejected');
    return t('confirmation.withdrawn');
  }
  if (holder === 'unit') {
    const unit = view.unitName[lang];
    return view.heldBy.length > 0
      ? t('confirmation.toUnit', { people: peopleList(view.heldBy, t, lang), unit })
      : t('confirmation.toUnitNobody', { unit });
  }
  const level = heldAtLevel ?? view.level;
  const title = isLevel(level) ? LEVEL_TITLES[level][lang] : '';
  return view.heldBy.length > 0
    ? t('confirmation.toPeople', { people: peopleList(view.heldBy, t, lang), title })
    : t('confirmation.toLevel', { level, title });
}

export function RequestConfirmation({ view, done }: { view: RequestView; done: JustDone }) {
  const { t } = useTranslation();
  const lang = useLang();
  const box = useRef<HTMLDivElement>(null);
  const action = t(`event.${done.type}`);
  const here = done.requestId === view.id;
  // Focus without scrolling: the page already opened at its top, and a keyboard user continues from here.
  useEffect(() => box.current?.focus({ preventScroll: true }), [done]);
  return (
    <div ref={box} tabIndex={-1} className="notice notice-success request-confirmation" role="status" data-testid="action-done">
      {here ? (
        <>
          <p>
            <strong>{t('confirmation.done', { action })}</strong>
          </p>
          <p data-testid="confirmation-where">{whereItWent(view, t, lang)}</p>
        </>
      ) : (
        <p>{t('confirmation.previous', { action, trackingNo: done.trackingNo })}</p>
      )}
    </div>
  );
}
