// The fixed-date national holidays of any year, with their substitution days (lunar holidays, the Royal Ploughing
// Ceremony and the Cabinet's special days are entered by administrators year by year).
import { isWorkingDay } from '../working-days';

export interface GeneratedHoliday {
  date: string;
  nameTh: string;
  nameEn: string;
  kind: 'fixed' | 'substitution';
  /** For a substitution day, the (first) weekend holiday it stands in for. */
  substitutes: string | null;
}

interface FixedHoliday {
  monthDay: string;
  nameTh: string;
  nameEn: string;
}

// Names as the government's calendar (and data/thai-public-holidays.csv) gives them.
const FIXED_HOLIDAYS: readonly FixedHoliday[] = [
  { monthDay: '01-01', nameTh: 'วันขึ้นปีใหม่', nameEn: "New Year's Day" },
  { monthDay: '04-06', nameTh: 'วันพระบาทสมเด็จพระพุทธยอดฟ้าจุฬาโลกมหาราช และวันที่ระลึกมหาจักรีบรมราชวงศ์', nameEn: 'Chakri Memorial Day' },
  { monthDay: '04-13', nameTh: 'วันสงกรานต์', nameEn: 'Songkran Festival' },
  { monthDay: '04-14', nameTh: 'วันสงกรานต์', nameEn: 'Songkran Festival' },
  { monthDay: '04-15', nameTh: 'วันสงกรานต์', nameEn: 'Songkran Festival' },
  { monthDay: '05-04', nameTh: 'วันฉัตรมงคล', nameEn: 'Coronation Day' },
  { monthDay: '06-03', nameTh: 'วันเฉลิมพระชนมพรรษาสมเด็จพระนางเจ้าสุทิดา พัชรสุธาพิมลลักษณ พระบรมราชินี', nameEn: "HM Queen Suthida's Birthday" },
  {
    monthDay: '07-28',
    nameTh: 'วันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระปรเมนทรรามาธิบดีศรีสินทรมหาวชิราลงกรณ พระวชิรเกล้าเจ้าอยู่หัว',
    nameEn: "HM King Maha Vajiralongkorn's Birthday",
  },
  {
    monthDay: '08-12',
    nameTh: 'วันเฉลิมพระชนมพรรษาสมเด็จพระบรมราชชนนีพันปีหลวง; วันแม่แห่งชาติ',
    nameEn: "HM Queen Sirikit The Queen Mother's Birthday; National Mother's Day",
  },
  { monthDay: '10-13', nameTh: 'วันนวมินทรมหาราช', nameEn: 'HM King Bhumibol Adulyadej Memorial Day' },
  { monthDay: '10-23', nameTh: 'วันปิยมหาราช', nameEn: 'HM King Chulalongkorn Memorial Day' },
  {
    monthDay: '12-05',
    nameTh: 'วันคล้ายวันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระบรมชนกาธิเบศร มหาภูมิพลอดุลยเดชมหาราช บรมนาถบพิตร; วันชาติ; วันพ่อแห่งชาติ',
    nameEn: "HM King Bhumibol Adulyadej the Great's Birthday; National Day; National Father's Day",
  },
  { monthDay: '12-10', nameTh: 'วันรัฐธรรมนูญ', nameEn: 'Constitution Day' },
  { monthDay: '12-31', nameTh: 'วันสิ้นปี', nameEn: "New Year's Eve" },
];

/** A holiday already recorded: the generator steps over it, unless it is this run's own day in lieu. */
export interface RecordedHoliday {
  kind: string;
  substitutes: string | null;
}

const NO_HOLIDAYS: ReadonlyMap<string, RecordedHoliday> = new Map();

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function isWeekend(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** "ชดเชยวันสงกรานต์" / "Songkran Festival (in lieu)", each part of a several-part name in lieu; two holidays joined. */
function substitutionNames(holidays: readonly FixedHoliday[]): { nameTh: string; nameEn: string } {
  const distinct = [...new Map(holidays.map((h) => [h.nameEn, h])).values()];
  if (distinct.length > 1) {
    return {
      nameTh: `ชดเชย${distinct.map((h) => h.nameTh).join('และ')}`,
      nameEn: `${distinct.map((h) => h.nameEn).join(' and ')} (in lieu)`,
    };
  }
  const [only] = distinct as [FixedHoliday];
  return {
    nameTh: only.nameTh
      .split('; ')
      .map((part) => `ชดเชย${part}`)
      .join('; '),
    nameEn: only.nameEn
      .split('; ')
      .map((part) => `${part} (in lieu)`)
      .join('; '),
  };
}

const fixedOf = (year: number) => FIXED_HOLIDAYS.map((h) => ({ ...h, date: `${year}-${h.monthDay}` }));

/**
 * The fixed-date holidays dated in `year`, and the substitution days dated in `year`, by date.
 *
 * The substitution rule (it reproduces every substitution day of data/thai-public-holidays.csv for 2022–2027 that the
 * Cabinet did not move): a run of fixed holidays on consecutive days (Songkran 13–15 April, New Year's Eve and New
 * Year's Day) with at least one day on a Saturday or Sunday gets **one** substitution day, the first working day after
 * the run that is not already a holiday, neither a generated one nor one in `existing` (e.g. a lunar holiday entered
 * for that year) — except a recorded substitution day that names one of the run's days, which is the run's own. So Songkran on Saturday–Monday gives Tuesday, and 31 December (Saturday) with 1 January (Sunday)
 * gives one day, Monday 2 January. The run from 31 December to 1 January is looked at across the two years; each day
 * belongs to the year it is dated in.
 */
export function fixedHolidaysOf(year: number, existing: ReadonlyMap<string, RecordedHoliday> = NO_HOLIDAYS): GeneratedHoliday[] {
  const fixed = [...fixedOf(year - 1), ...fixedOf(year), ...fixedOf(year + 1)];
  const fixedDates = new Set(fixed.map((h) => h.date));
  const taken = new Set([...existing.keys(), ...fixedDates]);
  const result: GeneratedHoliday[] = fixed.map((h) => ({
    date: h.date,
    nameTh: h.nameTh,
    nameEn: h.nameEn,
    kind: 'fixed',
    substitutes: null,
  }));

  for (let i = 0; i < fixed.length;) {
    // A run: consecutive calendar days of fixed holidays.
    let j = i;
    while (j + 1 < fixed.length && (fixed[j + 1] as (typeof fixed)[number]).date === nextDay((fixed[j] as (typeof fixed)[number]).date))
      j++;
    const run = fixed.slice(i, j + 1);
    const onWeekend = run.filter((h) => isWeekend(h.date));
    const first = onWeekend[0];
    if (first) {
      const runDates = new Set(run.map((h) => h.date));
      const isOwnSubstitution = (date: string) => {
        const recorded = existing.get(date);
        return recorded?.kind === 'substitution' && recorded.substitutes !== null && runDates.has(recorded.substitutes);
      };
      let day = nextDay((run[run.length - 1] as (typeof run)[number]).date);
      while (!isWorkingDay(day, taken) && !isOwnSubstitution(day)) day = nextDay(day);
      taken.add(day);
      result.push({ date: day, ...substitutionNames(onWeekend), kind: 'substitution', substitutes: first.date });
    }
    i = j + 1;
  }
  return result.filter((h) => h.date.startsWith(`${year}-`)).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
