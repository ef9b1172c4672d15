// Public holidays as administrators maintain them (the Cabinet declares extra days during the year); each change audited.
// The fixed-date national holidays of a year can be generated and added at once; lunar ones are entered by hand.
import type { Kysely } from 'kysely';
import type { Database } from '@bmrts/db';
import {
  NotFound,
  fixedHolidaysOf,
  type CreateHolidayBody,
  type Holiday,
  type RecordedHoliday,
  type UpdateHolidayBody,
} from '@bmrts/shared';
import type { AppDeps, Caller } from '../deps';
import type { HolidayCalendar } from '../cache/app-caches';
import { AlreadyExists } from './admin-errors';
import { changed, recordChange } from './audit';

const HOLIDAY_COLUMNS = ['date', 'name_th as nameTh', 'name_en as nameEn', 'kind', 'substitutes'] as const;

/** The holidays of one Christian-era year, or all of them, by date. */
export function listHolidays(db: Kysely<Database>, year: number | undefined): Promise<Holiday[]> {
  let q = db.selectFrom('public_holidays').select(HOLIDAY_COLUMNS).orderBy('date');
  if (year !== undefined) q = q.where('date', '>=', `${year}-01-01`).where('date', '<=', `${year}-12-31`);
  return q.execute();
}

function findHoliday(db: Kysely<Database>, date: string): Promise<Holiday | undefined> {
  return db.selectFrom('public_holidays').select(HOLIDAY_COLUMNS).where('date', '=', date).executeTakeFirst();
}

const toRow = (h: Holiday) => ({ date: h.date, name_th: h.nameTh, name_en: h.nameEn, kind: h.kind, substitutes: h.substitutes });

export async function createHoliday(deps: AppDeps, admin: Caller, calendar: HolidayCalendar, body: CreateHolidayBody): Promise<Holiday> {
  const holiday: Holiday = {
    date: body.date,
    nameTh: body.nameTh,
    nameEn: body.nameEn,
    kind: body.kind,
    substitutes: body.substitutes ?? null,
  };
  await deps.db.transaction().execute(async (trx) => {
    if (await findHoliday(trx, body.date)) throw new AlreadyExists();
    await trx.insertInto('public_holidays').values(toRow(holiday)).execute();
    await recordChange(deps, trx, admin, {
      action: 'holiday.create',
      entityType: 'public_holiday',
      entityId: body.date,
      before: null,
      after: holiday,
    });
  });
  // Working days count the new calendar from the next call on, not five minutes later.
  calendar.drop();
  return holiday;
}

/** Names, kind and the day substituted; the date itself is the holiday's identity (remove and add to move one). */
export async function updateHoliday(
  deps: AppDeps,
  admin: Caller,
  calendar: HolidayCalendar,
  date: string,
  body: UpdateHolidayBody,
): Promise<Holiday> {
  const after: Holiday = { date, nameTh: body.nameTh, nameEn: body.nameEn, kind: body.kind, substitutes: body.substitutes ?? null };
  await deps.db.transaction().execute(async (trx) => {
    const before = await findHoliday(trx, date);
    if (!before) throw new NotFound();
    if (!changed(before, after)) return;
    await trx
      .updateTable('public_holidays')
      .set({ name_th: after.nameTh, name_en: after.nameEn, kind: after.kind, substitutes: after.substitutes })
      .where('date', '=', date)
      .execute();
    await recordChange(deps, trx, admin, { action: 'holiday.update', entityType: 'public_holiday', entityId: date, before, after });
  });
  calendar.drop();
  return after;
}

export async function deleteHoliday(deps: AppDeps, admin: Caller, calendar: HolidayCalendar, date: string): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const before = await findHoliday(trx, date);
    if (!before) throw new NotFound();
    await trx.deleteFrom('public_holidays').where('date', '=', date).execute();
    await recordChange(deps, trx, admin, { action: 'holiday.delete', entityType: 'public_holiday', entityId: date, before, after: null });
  });
  calendar.drop();
}

async function recordedHolidays(db: Kysely<Database>, year: number): Promise<Map<string, RecordedHoliday>> {
  // A day in lieu may move past a holiday early in the next year: read a little beyond the year.
  const rows = await db
    .selectFrom('public_holidays')
    .select(['date', 'kind', 'substitutes'])
    .where('date', '>=', `${year - 1}-12-01`)
    .where('date', '<=', `${year + 1}-01-31`)
    .execute();
  return new Map(rows.map((r) => [r.date, { kind: r.kind, substitutes: r.substitutes }]));
}

/** The fixed-date holidays of a year and their days in lieu, each marked when a holiday is already recorded that day. */
export async function previewFixedHolidays(db: Kysely<Database>, year: number): Promise<(Holiday & { exists: boolean })[]> {
  const existing = await recordedHolidays(db, year);
  return fixedHolidaysOf(year, existing).map((h) => ({ ...h, exists: existing.has(h.date) }));
}

/** Adds the generated days not yet recorded; recorded days (an administrator's own entry) stay as they are. */
export async function addFixedHolidays(deps: AppDeps, admin: Caller, calendar: HolidayCalendar, year: number): Promise<Holiday[]> {
  const added = await deps.db.transaction().execute(async (trx) => {
    const existing = await recordedHolidays(trx, year);
    const fresh: Holiday[] = fixedHolidaysOf(year, existing).filter((h) => !existing.has(h.date));
    if (fresh.length === 0) return fresh;
    await trx.insertInto('public_holidays').values(fresh.map(toRow)).execute();
    await recordChange(deps, trx, admin, {
      action: 'holiday.generate',
      entityType: 'public_holiday',
      entityId: String(year),
      before: null,
      after: { added: fresh },
    });
    return fresh;
  });
  calendar.drop();
  return added;
}
