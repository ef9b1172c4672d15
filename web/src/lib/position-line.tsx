// Where a request stands, said one way everywhere it is shown (list and inbox rows, the unit's home, the request page):
// the level in words, the people with it on their desk and who acts for them, their extensions, since when and the
// working days against the target; a finished request its outcome and date. All of it comes from the summary the
// server sends (position, heldBy, levelEnteredAt, workingDaysAtLevel, targetDays, overdue, decidedAt).
import { useTranslation } from 'react-i18next';
import { formatThaiDate, isLevel, LEVEL_TITLES } from '@bmrts/shared';
import type { PositionHolder, RequestSummary } from '@bmrts/shared';
import { useLang } from './use-lang';
import './position-line.css';

/** On a row, this many people are named and the rest counted; the request page names everyone. */
const PEOPLE_ON_A_ROW = 2;

/** "ระดับ 2 เจ้าหน้าที่วิเคราะห์งบประมาณ", or the Council; nothing once closed. */
export function PositionLevel({ item }: { item: RequestSummary }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { holder, heldAtLevel } = item.position;
  if (holder === 'council')
    return (
      <span className="position-level at-council" data-testid="position-level">
        {t('position.council')}
      </span>
    );
  if (heldAtLevel === null || !isLevel(heldAtLevel)) return null;
  return (
    <span className="position-level" data-testid="position-level">
      {t('position.level', { level: heldAtLevel, title: LEVEL_TITLES[heldAtLevel][lang] })}
    </span>
  );
}

function Person({ person }: { person: PositionHolder }) {
  const { t } = useTranslation();
  return (
    <span className="position-person" data-testid="position-person">
      <span className="position-name">{person.displayName}</span>
      {person.acting ? (
        <span className="small muted">
          {' '}
          ({person.actingFor ? t('position.actingFor', { name: person.actingFor.displayName }) : t('position.actingAtLevel')})
        </span>
      ) : null}
      {person.phoneExtension ? (
        <span className="position-extension" data-testid="position-extension">
          {' '}
          <a href={`tel:${person.phoneExtension.replace(/[^0-9]/g, '')}`}>
            {t('position.extension', { extension: person.phoneExtension })}
          </a>
        </span>
      ) : null}
    </span>
  );
}

/** The people with it on their desk: holders first, then who acts for them. */
export function PositionPeople({ item, all = false }: { item: RequestSummary; all?: boolean }) {
  const { t } = useTranslation();
  if (item.position.final) return null;
  const people = all ? item.heldBy : item.heldBy.slice(0, PEOPLE_ON_A_ROW);
  const hidden = item.heldBy.length - people.length;
  return (
    <span className="position-people" data-testid="position-people">
      {item.position.holder === 'council' ? <span className="small muted">{t('position.councilRecordedBy')}: </span> : null}
      {people.length === 0 ? <span className="small muted">{t('position.nobody')}</span> : null}
      {people.map((person, i) => (
        <span key={person.id}>
          {i > 0 ? ', ' : null}
          <Person person={person} />
        </span>
      ))}
      {hidden > 0 ? <span className="small muted"> {t('position.more', { count: hidden })}</span> : null}
    </span>
  );
}

/** Since when and for how long, against the target while the Office's clock runs; a finished one its outcome and date. */
export function PositionWait({ item }: { item: RequestSummary }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (item.position.final) {
    const date = formatThaiDate(item.decidedAt ?? item.levelEnteredAt, lang);
    return (
      <span className={`position-outcome outcome-${item.status}`} data-testid="position-outcome">
        {t('position.outcome', { outcome: t(`status.${item.status}`), date })}
      </span>
    );
  }
  const since = t('position.since', { date: formatThaiDate(item.levelEnteredAt, lang) });
  const target = item.targetDays;
  // The unit's own time runs against nothing; the Council's has its age and no target (decision record 0015).
  const days =
    item.position.holder === 'unit'
      ? null
      : target === null
        ? t('position.days', { days: item.workingDaysAtLevel })
        : t('position.daysOfTarget', { days: item.workingDaysAtLevel, target });
  return (
    <span className="position-wait" data-testid="position-wait">
      <span data-testid="position-since">{since}</span>
      {days ? <span className={item.overdue ? 'days days-overdue' : 'days'}> · {days}</span> : null}
      {/* Apart from the count, which stays on one line: the note is long and wraps (it pushed a desk table's buttons
          out of sight in the deputy governor's inbox). */}
      {days && target === null ? <span className="days-note"> ({t('position.noTarget')})</span> : null}
      {item.overdue ? <span className="badge badge-overdue">{t('position.overdue')}</span> : null}
    </span>
  );
}

/** The whole position: level, people, wait (or outcome). `all` names every person (the request page). */
export function PositionLine({ item, all = false }: { item: RequestSummary; all?: boolean }) {
  return (
    <span className="position-line" data-testid="position-line" data-holder={item.position.holder}>
      <PositionLevel item={item} />
      <PositionPeople item={item} all={all} />
      <PositionWait item={item} />
    </span>
  );
}
