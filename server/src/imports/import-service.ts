// The import: read the file, choose the mapping, plan every row (the dry run), and, when asked, write every accepted
// row in one transaction — requests, their IMPORTED history event, the batch — or nothing at all.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { appendRequestEvent, requestContentColumns, requestStateColumns, type Database } from '@bmrts/db';
import {
  DomainError,
  bangkokDate,
  TRACKING_PREFIX,
  formatTrackingNo,
  importMappingSchema,
  isStorableText,
  sanitizeFileName,
  type ImportMapping,
  type ImportPreview,
  type ImportResult,
  type Lang,
  type RequestType,
  type StoredMachineState,
} from '@bmrts/shared';
import type { AppDeps, Caller } from '../deps';
import { recordChange } from '../admin/audit';
import { loadRoutingRules } from '../reference/reference-data';
import { normalised, trackingNoParts } from './cell-values';
import { chooseMapping, missingFields, saveMapping } from './mapping';
import { planImport, refusalMessage, type ImportPlan, type PlannedRequest } from './plan';
import { readSheet, type Sheet } from './read-sheet';

export interface ImportUpload {
  file: File;
  mapping?: string | undefined;
}

function givenMapping(json: string | undefined): ImportMapping | null {
  if (json === undefined || json.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new DomainError('import_mapping_incomplete', 422);
  }
  const parsed = importMappingSchema.safeParse(value);
  if (!parsed.success) throw new DomainError('import_mapping_incomplete', 422);
  return parsed.data;
}

/** What the plan checks rows against; `today` (Bangkok) by the server's clock, for the rules that need the date. */
async function lookups(db: Kysely<Database>, sheet: Sheet, mapping: ImportMapping, today: string) {
  const units = await db.selectFrom('budget_units').select(['code', 'name_th', 'name_en']).execute();
  const byName = new Map<string, string>();
  for (const u of units) {
    byName.set(u.code, u.code);
    byName.set(normalised(u.name_th), u.code);
    byName.set(normalised(u.name_en), u.code);
  }
  const refHeader = mapping.trackingNo;
  // A reference that cannot be stored is refused by the plan; PostgreSQL would refuse the whole query for it.
  const refs = refHeader
    ? [...new Set(sheet.rows.map((r) => String(r.cells.get(refHeader) ?? '').trim()).filter((r) => r !== '' && isStorableText(r)))]
    : [];
  const ours = refs.map((r) => r.toUpperCase()).filter((r) => trackingNoParts(r) !== null);
  const existing = new Set<string>();
  const imported = new Set<string>();
  // In slices, so a sheet of thousands stays within every engine's limit on bound parameters.
  for (let i = 0; i < Math.max(refs.length, ours.length); i += 500) {
    const oursSlice = ours.slice(i, i + 500);
    const refSlice = refs.slice(i, i + 500);
    if (oursSlice.length)
      for (const r of await db.selectFrom('requests').select('tracking_no').where('tracking_no', 'in', oursSlice).execute())
        existing.add(r.tracking_no);
    if (refSlice.length) {
      for (const r of await db.selectFrom('imported_requests').select('source_ref').where('source_ref', 'in', refSlice).execute())
        if (r.source_ref) imported.add(r.source_ref);
    }
  }
  return { units: byName, existingTrackingNos: existing, importedRefs: imported, rules: await loadRoutingRules(db), today };
}

interface Prepared {
  fileName: string;
  bytes: Uint8Array;
  sheet: Sheet;
  mapping: ImportMapping;
  source: ImportPreview['mappingSource'];
  missing: ImportPreview['missingFields'];
}

async function prepare(deps: AppDeps, caller: Caller, upload: ImportUpload): Promise<Prepared> {
  const bytes = new Uint8Array(await upload.file.arrayBuffer());
  const sheet = await readSheet(bytes);
  const { mapping, source } = await chooseMapping(deps.db, caller.id, sheet.headers, givenMapping(upload.mapping));
  return {
    fileName: sanitizeFileName(upload.file.name || 'import'),
    bytes,
    sheet,
    mapping,
    source,
    missing: missingFields(mapping, sheet.headers),
  };
}

function previewOf(prepared: Prepared, plan: ImportPlan, lang: Lang): ImportPreview {
  return {
    fileName: prepared.fileName,
    headers: prepared.sheet.headers,
    mapping: prepared.mapping,
    mappingSource: prepared.source,
    missingFields: prepared.missing,
    totalRows: prepared.sheet.rows.length,
    accepted: plan.accepted.map((p) => ({
      row: p.row,
      trackingNo: p.trackingNo,
      sourceRef: p.sourceRef,
      unitCode: p.unitCode,
      type: p.content.type,
      fiscalYear: p.content.fiscalYear,
      title: p.content.title,
      amountSatang: p.content.amountSatang,
      status: p.status,
      level: p.level,
      submittedAt: p.submittedAt,
      decidedAt: p.decidedAt,
    })),
    refused: plan.refused.map((r) => ({
      row: r.row,
      reasons: r.reasons.map((x) => ({ code: x.code, message: refusalMessage(r.row, x, lang) })),
    })),
  };
}

const EMPTY_PLAN: ImportPlan = { accepted: [], refused: [] };

/** The dry run: what would be imported and what refused, row by row. Writes nothing. */
export async function previewImport(deps: AppDeps, caller: Caller, upload: ImportUpload, lang: Lang): Promise<ImportPreview> {
  const prepared = await prepare(deps, caller, upload);
  const plan =
    prepared.missing.length > 0
      ? EMPTY_PLAN
      : planImport(
          prepared.sheet,
          prepared.mapping,
          await lookups(deps.db, prepared.sheet, prepared.mapping, bangkokDate(deps.clock.now())),
        );
  return previewOf(prepared, plan, lang);
}

/** Our numbers kept from the sheet first (raising the counters past them), then new numbers for the rest. */
async function trackingNoFor(trx: Kysely<Database>, planned: PlannedRequest): Promise<string> {
  const type = planned.content.type as RequestType;
  const prefix = TRACKING_PREFIX[type];
  const kept = planned.trackingNo ? trackingNoParts(planned.trackingNo) : null;
  const counter = await trx
    .insertInto('tracking_counters')
    .values({ prefix, fiscal_year: planned.content.fiscalYear, last_no: kept?.runningNo ?? 1 })
    .onConflict((oc) =>
      oc.columns(['prefix', 'fiscal_year']).doUpdateSet((eb) => ({
        // CASE rather than max()/greatest(): SQLite has only the one, PostgreSQL only the other.
        last_no: kept
          ? eb
              .case()
              .when('tracking_counters.last_no', '>', kept.runningNo)
              .then(eb.ref('tracking_counters.last_no'))
              .else(kept.runningNo)
              .end()
          : eb('tracking_counters.last_no', '+', 1),
      })),
    )
    .returning('last_no')
    .executeTakeFirstOrThrow();
  return planned.trackingNo ?? formatTrackingNo(type, planned.content.fiscalYear, counter.last_no);
}

async function insertPlanned(
  trx: Kysely<Database>,
  deps: AppDeps,
  caller: Caller,
  planned: PlannedRequest,
  batch: { id: string; fileName: string; at: string },
): Promise<{ id: string; trackingNo: string }> {
  const id = deps.ids.newId();
  const trackingNo = await trackingNoFor(trx, planned);
  const { route } = planned;
  const state: StoredMachineState = {
    value: planned.status,
    context: {
      level: planned.level,
      finalLevel: planned.finalLevel ?? TOP_OF_DRAFT,
      council: route?.council ?? 'none',
      ruleId: route?.ruleId ?? null,
    },
  };
  await trx
    .insertInto('requests')
    .values({
      id,
      tracking_no: trackingNo,
      unit_code: planned.unitCode,
      ...requestContentColumns(planned.content),
      ...requestStateColumns(state),
      route_reason_th: route?.reason.th ?? null,
      route_reason_en: route?.reason.en ?? null,
      version: 1,
      created_by: caller.id,
      created_at: planned.createdAt,
      updated_at: batch.at,
      submitted_at: planned.submittedAt,
      level_entered_at: planned.levelEnteredAt,
      decided_at: planned.decidedAt,
    })
    .execute();
  const original = planned.sourceRef && planned.sourceRef !== trackingNo ? ` เลขที่เดิม ${planned.sourceRef}` : '';
  await appendRequestEvent(trx, {
    id: deps.ids.newId(),
    request_id: id,
    type: 'IMPORTED',
    from_status: planned.status,
    to_status: planned.status,
    from_level: planned.level,
    to_level: planned.level,
    actor_id: caller.id,
    comment: `นำเข้าจากไฟล์ ${batch.fileName} แถวที่ ${planned.row}${original}`,
    at: batch.at,
  });
  await trx
    .insertInto('imported_requests')
    .values({ request_id: id, batch_id: batch.id, source_row: planned.row, source_ref: planned.sourceRef })
    .execute();
  return { id, trackingNo };
}

/** A draft's machine context before routing: level 8 until submission decides otherwise (as initialMachineState). */
const TOP_OF_DRAFT = 8;

/**
 * Imports every row the dry run accepts, in one transaction: all of them or, if anything fails, none. The plan is
 * made again inside the transaction, so what is written is checked against the database as it is at that moment.
 */
export async function runImport(deps: AppDeps, caller: Caller, upload: ImportUpload, lang: Lang): Promise<ImportResult> {
  const prepared = await prepare(deps, caller, upload);
  if (prepared.missing.length > 0) throw new DomainError('import_mapping_incomplete', 422);
  const at = deps.clock.now().toISOString();
  const batch = { id: deps.ids.newId(), fileName: prepared.fileName, at };
  return deps.db.transaction().execute(async (trx) => {
    const plan = planImport(
      prepared.sheet,
      prepared.mapping,
      await lookups(trx, prepared.sheet, prepared.mapping, bangkokDate(deps.clock.now())),
    );
    if (plan.accepted.length === 0) throw new DomainError('import_nothing_accepted', 422);
    const sha256 = createHash('sha256').update(prepared.bytes).digest('hex');
    await trx
      .insertInto('import_batches')
      .values({
        id: batch.id,
        file_name: batch.fileName,
        sha256,
        imported_by: caller.id,
        imported_at: at,
        request_count: plan.accepted.length,
      })
      .execute();
    // Kept numbers first, so the counters are past them before any new number is given.
    const ordered = [...plan.accepted].sort((a, b) => Number(b.trackingNo !== null) - Number(a.trackingNo !== null));
    const imported: ImportResult['imported'] = [];
    for (const planned of ordered) imported.push({ row: planned.row, ...(await insertPlanned(trx, deps, caller, planned, batch)) });
    imported.sort((a, b) => a.row - b.row);
    await saveMapping(trx, caller.id, prepared.mapping, at);
    await recordChange(deps, trx, caller, {
      action: 'import_requests',
      entityType: 'import_batch',
      entityId: batch.id,
      before: null,
      after: {
        fileName: batch.fileName,
        sha256,
        requestCount: imported.length,
        refusedRows: plan.refused.map((r) => r.row),
        mapping: prepared.mapping,
      },
    });
    return { ...previewOf(prepared, plan, lang), batchId: batch.id, imported };
  });
}
