// Public holidays as administrators maintain them (the Cabinet declares extra days during the year); each change audited.
import type { Kysely } from 'kysely';
import type { Database } from '@bmrts/db';
import { NotFound, type CreateHolidayBody, type Holiday } from '@bmrts/shared';
import type { AppDeps, Caller } from '../deps';
import type { HolidayCalendar } from '../reference/reference-data';
import { AlreadyExists } from './admin-errors';
import { recordChange } from './audit';

const HOLIDAY_COLUMNS = ['date', 'name_th as nameTh', 'name_en as nameEn', 'kind'] as const;

/** The holidays of one Christian-era year, or all of them, by date. */
export function listHolidays(db: Kysely<Database>, year: number | undefined): Promise<Holiday[]> {
  let q = db.selectFrom('public_holidays').select(HOLIDAY_COLUMNS).orderBy('date');
  if (year !== undefined) q = q.where('date', '>=', `${year}-01-01`).where('date', '<=', `${year}-12-31`);
  return q.execute();
}

function findHoliday(db: Kysely<Database>, date: string): Promise<Holiday | undefined> {
  return db.selectFrom('public_holidays').select(HOLIDAY_COLUMNS).where('date', '=', date).executeTakeFirst();
}

export async function createHoliday(deps: AppDeps, admin: Caller, calendar: HolidayCalendar, body: CreateHolidayBody): Promise<Holiday> {
  const holiday: Holiday = { date: body.date, nameTh: body.nameTh, nameEn: body.nameEn, kind: body.kind };
  await deps.db.transaction().execute(async (trx) => {
    if (await findHoliday(trx, body.date)) throw new AlreadyExists();
    await trx.insertInto('public_holidays').values({ date: body.date, name_th: body.nameTh, name_en: body.nameEn, kind: body.kind }).execute();
    await recordChange(deps, trx, admin, { action: 'holiday.create', entityType: 'public_holiday', entityId: body.date, before: null, after: holiday });
  });
  // Working days count the new calendar from the next call on, not five minutes later.
  calendar.invalidate();
  return holiday;
}

export async function deleteHoliday(deps: AppDeps, admin: Caller, calendar: HolidayCalendar, date: string): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const before = await findHoliday(trx, date);
    if (!before) throw new NotFound();
    await trx.deleteFrom('public_holidays').where('date', '=', date).execute();
    await recordChange(deps, trx, admin, { action: 'holiday.delete', entityType: 'public_holiday', entityId: date, before, after: null });
  });
  calendar.invalidate();
}
