// The fixed-date holiday generator against the government's calendar for 2022–2027 (the seeded CSV).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixedHolidaysOf } from '@bmrts/shared';

interface CsvHoliday {
  date: string;
  nameTh: string;
  nameEn: string;
  kind: string;
}
const CSV: CsvHoliday[] = readFileSync(new URL('../../db/src/seed/thai-public-holidays.csv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [date, nameTh, nameEn, kind] = line.split(',') as [string, string, string, string];
    return { date, nameTh, nameEn, kind };
  });
const byDate = new Map(CSV.map((h) => [h.date, h]));
// Days the generator rightly does not know: the Royal Ploughing Ceremony moves each year; 13 Oct 2022 had its old name;
// 3 June 2023 was also Visakha Bucha (and so is its day in lieu); the Cabinet moved the day in lieu of 31 Dec 2023 from 2 Jan 2024 to 29 Dec 2023.
const MOVED_BY_CABINET = '2024-01-02';
const RENAMED = new Set(['2022-10-13', '2023-06-03', '2023-06-05']);

describe('fixed-date holidays of a year', () => {
  for (const year of [2022, 2023, 2024, 2025, 2026, 2027]) {
    it(`gives every fixed holiday of ${year} as the government's calendar lists it, with its days in lieu`, () => {
      const generated = fixedHolidaysOf(year);
      const csvFixed = CSV.filter((h) => h.date.startsWith(`${year}-`) && h.kind === 'fixed' && h.nameEn !== 'Royal Ploughing Ceremony');
      const generatedDates = new Set(generated.map((h) => h.date));
      for (const h of csvFixed) expect(generatedDates, h.date).toContain(h.date);
      for (const h of generated) {
        if (h.date === MOVED_BY_CABINET) continue;
        const listed = byDate.get(h.date);
        expect(listed, `${h.date} ${h.nameEn}`).toBeDefined();
        if (!RENAMED.has(h.date)) expect({ th: h.nameTh, en: h.nameEn }).toEqual({ th: listed?.nameTh, en: listed?.nameEn });
      }
    });
  }

  it('gives Songkran on Saturday to Monday one day in lieu, the Tuesday (2024)', () => {
    const songkran = fixedHolidaysOf(2024).filter((h) => h.date >= '2024-04-13' && h.date <= '2024-04-20');
    expect(songkran.map((h) => [h.date, h.kind, h.substitutes])).toEqual([
      ['2024-04-13', 'fixed', null],
      ['2024-04-14', 'fixed', null],
      ['2024-04-15', 'fixed', null],
      ['2024-04-16', 'substitution', '2024-04-13'],
    ]);
  });

  it('gives New Year’s Eve on Saturday and New Year’s Day on Sunday one shared day in lieu, in the new year', () => {
    expect(fixedHolidaysOf(2022).some((h) => h.date.startsWith('2023-'))).toBe(false);
    expect(fixedHolidaysOf(2023).find((h) => h.date === '2023-01-02')).toEqual({
      date: '2023-01-02',
      nameTh: 'ชดเชยวันสิ้นปีและวันขึ้นปีใหม่',
      nameEn: "New Year's Eve and New Year's Day (in lieu)",
      kind: 'substitution',
      substitutes: '2022-12-31',
    });
  });

  it('moves a day in lieu past a holiday already entered for that day', () => {
    // 4 May 2024 is a Saturday; with Monday 6 May already a holiday the day in lieu is Tuesday 7 May.
    const withHoliday = fixedHolidaysOf(2024, new Map([['2024-05-06', { kind: 'special', substitutes: null }]]));
    expect(withHoliday.find((h) => h.substitutes === '2024-05-04')?.date).toBe('2024-05-07');
    expect(fixedHolidaysOf(2024).find((h) => h.substitutes === '2024-05-04')?.date).toBe('2024-05-06');
  });

  it('recognises a day in lieu already recorded for the run, and steps over one recorded for another holiday', () => {
    // 5 December 2026 is a Saturday; Monday 7 December is already recorded as its day in lieu.
    const recorded = new Map([['2026-12-07', { kind: 'substitution', substitutes: '2026-12-05' }]]);
    expect(fixedHolidaysOf(2026, recorded).find((h) => h.substitutes === '2026-12-05')?.date).toBe('2026-12-07');
    const other = new Map([['2026-12-07', { kind: 'substitution', substitutes: '2026-11-29' }]]);
    expect(fixedHolidaysOf(2026, other).find((h) => h.substitutes === '2026-12-05')?.date).toBe('2026-12-08');
  });

  it('works for a year nobody has listed yet', () => {
    const h2030 = fixedHolidaysOf(2030);
    // 2030: 13 April is a Saturday, 14 a Sunday: one day in lieu on Tuesday 16 April.
    expect(h2030.filter((h) => h.kind === 'fixed')).toHaveLength(14);
    expect(h2030.find((h) => h.substitutes === '2030-04-13')?.date).toBe('2030-04-16');
  });
});
