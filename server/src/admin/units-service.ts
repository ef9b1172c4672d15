// Budget units as administrators maintain them: add a unit, rename or regroup it, deactivate it; each change audited.
import type { Kysely, Selectable } from 'kysely';
import type { BudgetUnitTable, Database } from '@bmrts/db';
import { NotFound, type AdminUnit, type CreateUnitBody, type UpdateUnitBody } from '@bmrts/shared';
import type { AppDeps, Caller } from '../deps';
import { AlreadyExists } from './admin-errors';
import { changed, recordChange } from './audit';

type UnitRow = Selectable<BudgetUnitTable>;

function toAdminUnit(r: UnitRow): AdminUnit {
  return {
    code: r.code,
    kind: r.kind,
    nameTh: r.name_th,
    nameEn: r.name_en,
    groupTh: r.group_th,
    groupEn: r.group_en,
    active: r.active === 1,
  };
}

/** Every unit, inactive ones too: administrators need to see what they switched off. */
export async function listAdminUnits(db: Kysely<Database>): Promise<AdminUnit[]> {
  return (await db.selectFrom('budget_units').selectAll().orderBy('code').execute()).map(toAdminUnit);
}

async function loadAdminUnit(db: Kysely<Database>, code: string): Promise<AdminUnit> {
  const row = await db.selectFrom('budget_units').selectAll().where('code', '=', code).executeTakeFirst();
  if (!row) throw new NotFound();
  return toAdminUnit(row);
}

export async function createUnit(deps: AppDeps, admin: Caller, body: CreateUnitBody): Promise<AdminUnit> {
  return deps.db.transaction().execute(async (trx) => {
    if (await trx.selectFrom('budget_units').select('code').where('code', '=', body.code).executeTakeFirst()) throw new AlreadyExists();
    await trx
      .insertInto('budget_units')
      .values({
        code: body.code,
        kind: body.kind,
        name_th: body.nameTh,
        name_en: body.nameEn,
        group_th: body.groupTh ?? null,
        group_en: body.groupEn ?? null,
        active: 1,
      })
      .execute();
    const after = await loadAdminUnit(trx, body.code);
    await recordChange(deps, trx, admin, { action: 'unit.create', entityType: 'budget_unit', entityId: body.code, before: null, after });
    return after;
  });
}

export async function updateUnit(deps: AppDeps, admin: Caller, code: string, body: UpdateUnitBody): Promise<AdminUnit> {
  return deps.db.transaction().execute(async (trx) => {
    const before = await loadAdminUnit(trx, code);
    await trx
      .updateTable('budget_units')
      .set({
        name_th: body.nameTh ?? before.nameTh,
        name_en: body.nameEn ?? before.nameEn,
        group_th: body.groupTh === undefined ? before.groupTh : body.groupTh,
        group_en: body.groupEn === undefined ? before.groupEn : body.groupEn,
        active: (body.active ?? before.active) ? 1 : 0,
      })
      .where('code', '=', code)
      .execute();
    const after = await loadAdminUnit(trx, code);
    if (changed(before, after))
      await recordChange(deps, trx, admin, { action: 'unit.update', entityType: 'budget_unit', entityId: code, before, after });
    return after;
  });
}
