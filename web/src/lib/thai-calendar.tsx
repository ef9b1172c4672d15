// The calendar popover of a date field: one month of Buddhist Era dates with Thai (or English) month names, chosen
// with the mouse, a finger or the keyboard (arrows move a day or a week, Page Up/Down a month, Shift+Page a year,
// Home/End the week's ends, Enter picks, Escape closes). Months and years are also plain selects, so a far year is two
// taps away. Days outside min/max cannot be picked.
import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BE_OFFSET, bangkokDate, calendarDayOf, daysInMonth, isoDateOf, monthNames, weekdayNames } from '@bmrts/shared';
import type { CalendarDay } from '@bmrts/shared';
import { useLang } from './use-lang';

const DAY_MS = 86_400_000;

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The same day in another month, or that month's last day when it is shorter (31 Jan + 1 month = 28/29 Feb). */
function moveMonths(day: CalendarDay, months: number): string {
  const index = day.yearCe * 12 + (day.month - 1) + months;
  const yearCe = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return isoDateOf({ yearCe, month, day: Math.min(day.day, daysInMonth(yearCe, month)) }) ?? '';
}

function clamp(iso: string, min: string | undefined, max: string | undefined): string {
  if (min && iso < min) return min;
  if (max && iso > max) return max;
  return iso;
}

interface Props {
  /** The date field's id: the calendar's own ids are made from it. */
  fieldId: string;
  value: string;
  min?: string | undefined;
  max?: string | undefined;
  /** The words naming the field, read out as the dialog's name. */
  label: string;
  onPick: (iso: string) => void;
  onClose: () => void;
}

export function ThaiCalendar({ fieldId, value, min, max, label, onPick, onClose }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const today = bangkokDate(new Date());
  const [focused, setFocused] = useState(() => clamp(calendarDayOf(value) ? value : today, min, max));
  const grid = useRef<HTMLTableElement>(null);
  const [keyboardMove, setKeyboardMove] = useState(true);
  // calendarDayOf cannot fail here: focused is only ever set from a valid day.
  const shown = calendarDayOf(focused) ?? { yearCe: 1970, month: 1, day: 1 };

  useEffect(() => {
    if (!keyboardMove) return;
    grid.current?.querySelector<HTMLButtonElement>(`button[data-day="${focused}"]`)?.focus();
  }, [focused, keyboardMove]);

  function moveTo(iso: string, fromKeyboard: boolean) {
    setKeyboardMove(fromKeyboard);
    setFocused(clamp(iso, min, max));
  }

  function onGridKey(event: KeyboardEvent<HTMLTableElement>) {
    const weekday = new Date(`${focused}T00:00:00.000Z`).getUTCDay();
    const moves: Record<string, () => string> = {
      ArrowLeft: () => addDays(focused, -1),
      ArrowRight: () => addDays(focused, 1),
      ArrowUp: () => addDays(focused, -7),
      ArrowDown: () => addDays(focused, 7),
      Home: () => addDays(focused, -weekday),
      End: () => addDays(focused, 6 - weekday),
      PageUp: () => moveMonths(shown, event.shiftKey ? -12 : -1),
      PageDown: () => moveMonths(shown, event.shiftKey ? 12 : 1),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    moveTo(move(), true);
  }

  const thisYearBe = Number(today.slice(0, 4)) + BE_OFFSET;
  const shownYearBe = shown.yearCe + BE_OFFSET;
  const firstYear = Math.max(min ? Number(min.slice(0, 4)) + BE_OFFSET : 0, Math.min(shownYearBe, thisYearBe) - 10);
  const lastYear = Math.min(max ? Number(max.slice(0, 4)) + BE_OFFSET : 9999, Math.max(shownYearBe, thisYearBe) + 5);
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const leading = new Date(Date.UTC(shown.yearCe, shown.month - 1, 1)).getUTCDay();
  const cells: (number | null)[] = [
    ...Array.from({ length: leading }, () => null),
    ...Array.from({ length: daysInMonth(shown.yearCe, shown.month) }, (_, i) => i + 1),
  ];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
  const longMonths = monthNames(lang, 'long');
  const headingId = `${fieldId}-calendar-heading`;

  return (
    <div
      className="date-popover"
      role="dialog"
      aria-label={`${t('dateInput.calendar')}: ${label}`}
      data-testid="date-calendar"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="date-popover-head">
        <button
          type="button"
          className="date-nav"
          aria-label={t('dateInput.previousMonth')}
          onClick={() => moveTo(moveMonths(shown, -1), false)}
        >
          ‹
        </button>
        <select
          aria-label={t('dateInput.month')}
          value={shown.month}
          onChange={(e) => moveTo(moveMonths(shown, Number(e.target.value) - shown.month), false)}
        >
          {longMonths.map((name, i) => (
            <option key={name} value={i + 1}>
              {name}
            </option>
          ))}
        </select>
        <select
          aria-label={t('dateInput.year')}
          value={shownYearBe}
          onChange={(e) => moveTo(moveMonths(shown, (Number(e.target.value) - shownYearBe) * 12), false)}
          data-testid="date-calendar-year"
        >
          {years.map((year) => (
            <option key={year} value={year}>
              {t('dateInput.yearValue', { year })}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="date-nav"
          aria-label={t('dateInput.nextMonth')}
          onClick={() => moveTo(moveMonths(shown, 1), false)}
        >
          ›
        </button>
      </div>
      <p className="visually-hidden" id={headingId} aria-live="polite">
        {`${longMonths[shown.month - 1] ?? ''} ${shownYearBe}`}
      </p>
      <table className="date-grid" ref={grid} onKeyDown={onGridKey} aria-labelledby={headingId}>
        <thead>
          <tr>
            {weekdayNames(lang).map((name) => (
              <th key={name} scope="col">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, w) => (
            <tr key={w}>
              {week.map((day, d) => {
                const iso = day === null ? null : isoDateOf({ yearCe: shown.yearCe, month: shown.month, day });
                if (iso === null) return <td key={d} />;
                const outside = (min !== undefined && iso < min) || (max !== undefined && iso > max);
                return (
                  <td key={d}>
                    <button
                      type="button"
                      data-day={iso}
                      tabIndex={iso === focused ? 0 : -1}
                      disabled={outside}
                      aria-pressed={iso === value}
                      aria-current={iso === today ? 'date' : undefined}
                      aria-label={`${day} ${longMonths[shown.month - 1] ?? ''} ${shownYearBe}`}
                      className={iso === value ? 'date-day date-day-chosen' : iso === today ? 'date-day date-day-today' : 'date-day'}
                      onClick={() => onPick(iso)}
                    >
                      {day}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="date-popover-foot">
        <button type="button" className="button button-small" onClick={() => onPick(clamp(today, min, max))}>
          {t('dateInput.today')}
        </button>
        <button type="button" className="button button-small" onClick={onClose}>
          {t('dateInput.close')}
        </button>
      </div>
    </div>
  );
}
