// Importing the old Google Sheet: the dry run refuses bad rows with a Thai reason each and writes nothing; the import
// brings every accepted row in one transaction (all or none), keeps dates, statuses and levels, and marks each as imported.
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isPostgres, verifyHistory } from '@bmrts/db';
import { MAX_IMPORT_BYTES } from '@bmrts/shared';
import { makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice, type Office } from '../support/office';
import { call, signIn } from '../support/http-client';
import { oldSheet, upload } from '../support/imports';
import { zipOf } from '../support/zip-entries';

let t: TestApp;
let office: Office;
let admin: string;

beforeEach(async () => {
  t = await makeTestApp();
  office = await buildOffice(t.handle.db);
  admin = await signIn(t, office.admin);
});
afterEach(() => t.close());

const countRequests = async () =>
  Number(
    (
      await t.handle.db
        .selectFrom('requests')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('the dry run', () => {
  it('proposes a mapping from the Thai headers, accepts the good rows and refuses each bad one with its reason, writing nothing', async () => {
    const res = await upload(t, '/api/admin/imports/preview', admin, oldSheet(), 'ระบบเดิม.csv');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.mappingSource).toBe('proposed');
    expect(res.body.mapping).toMatchObject({
      trackingNo: 'เลขที่หนังสือ',
      unit: 'หน่วยงาน',
      type: 'ประเภทคำขอ',
      title: 'รายการ',
      amount: 'จำนวนเงิน (บาท)',
      submittedAt: 'วันที่ส่ง',
      status: 'สถานะ',
      level: 'ระดับการพิจารณา',
      decidedAt: 'วันที่อนุมัติ',
    });
    expect(res.body.missingFields).toEqual([]);
    expect(res.body.totalRows).toBe(12);
    expect(res.body.accepted.map((r: { row: number }) => r.row)).toEqual([2, 3, 4, 5, 6]);
    const first = res.body.accepted[0];
    expect(first).toMatchObject({
      unitCode: 'K01',
      type: 'allotment',
      fiscalYear: 2568,
      amountSatang: 125_000_000,
      status: 'approved',
      level: 4,
      trackingNo: null,
      sourceRef: 'กท 5101/1201',
    });
    // 15/10/2567 BE is 15 October 2024, midnight in Bangkok.
    expect(first.submittedAt).toBe('2024-10-14T17:00:00.000Z');
    expect(res.body.accepted[2]).toMatchObject({
      unitCode: 'D09',
      type: 'central_fund',
      amountSatang: 1_250_000_050,
      status: 'in_review',
      level: 5,
    });
    expect(res.body.accepted[4]).toMatchObject({ unitCode: 'K08', status: 'returned', level: 1 });

    const reasons = Object.fromEntries(
      res.body.refused.map((r: { row: number; reasons: { code: string; message: string }[] }) => [r.row, r.reasons]),
    );
    expect(Object.keys(reasons).map(Number)).toEqual([7, 8, 9, 10, 11, 12, 13]);
    expect(reasons[7]).toEqual([{ code: 'unit_unknown', message: 'ไม่พบหน่วยงาน "สำนักงานเขตที่ไม่มีอยู่จริง"' }]);
    expect(reasons[8][0]).toMatchObject({ code: 'amount_invalid', message: expect.stringContaining('"หนึ่งแสนบาท"') });
    expect(reasons[9]).toEqual([{ code: 'date_missing', message: 'ไม่มีวันที่ส่ง' }]);
    expect(reasons[10][0]).toMatchObject({ code: 'tracking_no_duplicate', message: expect.stringContaining('กท 5101/1201') });
    expect(reasons[11][0]).toMatchObject({ code: 'status_unknown', message: 'ไม่รู้จักสถานะ "เสร็จแล้วมั้ง"' });
    expect(reasons[12][0]).toMatchObject({ code: 'level_invalid' });
    expect(reasons[13]).toEqual([{ code: 'date_invalid', message: 'วันที่ "31/02/2568" ไม่ถูกต้อง (ใช้ วว/ดด/ปปปป พ.ศ.)' }]);

    expect(await countRequests()).toBe(0);
    expect(await t.handle.db.selectFrom('import_mappings').selectAll().execute()).toEqual([]);
  });

  it('gives the reasons in English when asked', async () => {
    const res = await call(t, 'POST', '/api/admin/imports/preview', {
      cookie: admin,
      lang: 'en',
      form: (await import('../support/imports')).sheetForm(oldSheet(), 'old.csv'),
    });
    expect(res.body.refused[0].reasons[0].message).toBe('Unknown unit "สำนักงานเขตที่ไม่มีอยู่จริง"');
  });

  it('refuses a file that is neither CSV nor XLSX by its content, and a mapping to columns the file lacks', async () => {
    const pdf = await upload(t, '/api/admin/imports/preview', admin, new TextEncoder().encode('%PDF-1.4\n\u0000\u0001binary'), 'sheet.csv');
    expect(pdf.status).toBe(415);
    expect(pdf.body.error).toMatchObject({ code: 'import_file_type', message: expect.stringContaining('CSV') });
    const zipNotXlsx = await upload(
      t,
      '/api/admin/imports/preview',
      admin,
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
      'sheet.xlsx',
    );
    expect(zipNotXlsx.status).toBe(415);
    const unmapped = await upload(t, '/api/admin/imports/preview', admin, oldSheet(), 'old.csv', {
      unit: 'ไม่มีคอลัมน์นี้',
      type: 'ประเภทคำขอ',
      title: 'รายการ',
      amount: 'จำนวนเงิน (บาท)',
      status: 'สถานะ',
    });
    expect(unmapped.status).toBe(200);
    expect(unmapped.body.missingFields).toEqual(['unit']);
    expect(unmapped.body.accepted).toEqual([]);
    const importUnmapped = await upload(t, '/api/admin/imports', admin, oldSheet(), 'old.csv', { unit: 'ไม่มีคอลัมน์นี้' });
    expect(importUnmapped.status).toBe(422);
    expect(importUnmapped.body.error.code).toBe('import_mapping_incomplete');
    expect(await countRequests()).toBe(0);
  });

  it('refuses a file over 5 MB before reading it whole', async () => {
    const big = new Uint8Array(5 * 1024 * 1024 + 100 * 1024).fill(0x41);
    const res = await upload(t, '/api/admin/imports/preview', admin, big, 'big.csv');
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('import_too_large');
  });

  it('refuses an XLSX that unpacks to more than 64 MB (a ZIP bomb) without unpacking it whole, and stores nothing', async () => {
    const bomb = zipOf(new Map([['xl/worksheets/sheet1.xml', Buffer.alloc(80 * 1024 * 1024, 0x20)]]));
    expect(bomb.length).toBeLessThan(MAX_IMPORT_BYTES);
    const res = await upload(t, '/api/admin/imports/preview', admin, bomb, 'small.xlsx');
    expect(res.status).toBe(413);
    expect(res.body.error).toMatchObject({ code: 'import_unpacks_too_large', message: expect.stringContaining('64 MB') });
    expect((await upload(t, '/api/admin/imports', admin, bomb, 'small.xlsx')).status).toBe(413);
    expect(await countRequests()).toBe(0);
  });

  it('is for administrators only', async () => {
    const reviewer = await signIn(t, office.level8);
    expect((await upload(t, '/api/admin/imports/preview', reviewer, oldSheet(), 'old.csv')).status).toBe(403);
    expect((await upload(t, '/api/admin/imports', reviewer, oldSheet(), 'old.csv')).status).toBe(403);
  });
});

describe('the import', () => {
  it('brings the accepted rows with their dates, statuses and levels, marked as imported in a history that verifies', async () => {
    const res = await upload(t, '/api/admin/imports', admin, oldSheet(), 'ระบบเดิม.csv');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.imported).toHaveLength(5);
    expect(res.body.refused).toHaveLength(7);
    expect(res.body.imported.map((i: { trackingNo: string }) => i.trackingNo)).toEqual([
      'ALT-2568-000001',
      'TRF-2568-000001',
      'CF-2568-000001',
      'ALT-2568-000002',
      'ALT-2568-000003',
    ]);
    expect(await countRequests()).toBe(5);

    const first = await call(t, 'GET', `/api/requests/${res.body.imported[0].id}`, { cookie: admin });
    expect(first.body).toMatchObject({
      trackingNo: 'ALT-2568-000001',
      unitCode: 'K01',
      status: 'approved',
      level: 4,
      finalLevel: 4,
      amountSatang: 125_000_000,
      createdAt: '2024-10-14T17:00:00.000Z',
      submittedAt: '2024-10-14T17:00:00.000Z',
      title: 'ค่าจ้างเหมาทำความสะอาดอาคารสำนักงาน ไตรมาส 1',
    });
    expect(first.body.history).toHaveLength(1);
    expect(first.body.history[0]).toMatchObject({
      type: 'IMPORTED',
      toStatus: 'approved',
      toLevel: 4,
      actor: { id: office.admin.id },
      at: t.clock.now().toISOString(),
      comment: 'นำเข้าจากไฟล์ ระบบเดิม.csv แถวที่ 2 เลขที่เดิม กท 5101/1201',
    });
    expect(first.body.allowedActions).toEqual([]);

    // The request waiting at level 5 can be decided on as usual, by whoever holds that level.
    const open = await call(t, 'GET', `/api/requests/${res.body.imported[2].id}`, { cookie: await signIn(t, office.level5) });
    expect(open.body).toMatchObject({ status: 'in_review', level: 5, finalLevel: 8, allowedActions: expect.arrayContaining(['APPROVE']) });
    const approved = await call(t, 'POST', `/api/requests/${open.body.id}/events`, {
      cookie: await signIn(t, office.level5),
      body: { type: 'APPROVE', version: open.body.version },
    });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.level).toBe(6);

    // The K01 unit sees its imported requests in its list; nobody got a notification.
    const list = await call(t, 'GET', '/api/requests', { cookie: await signIn(t, office.unitK01) });
    expect(list.body.items.map((i: { trackingNo: string }) => i.trackingNo).sort()).toEqual(['ALT-2568-000001', 'ALT-2568-000002']);

    expect((await verifyHistory(t.handle.db)).ok).toBe(true);
    const audit = await t.handle.db.selectFrom('audit_log').selectAll().where('action', '=', 'import_requests').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]?.after ?? '{}')).toMatchObject({ fileName: 'ระบบเดิม.csv', requestCount: 5 });
  });

  it('saves the mapping for next time, and refuses rows of a sheet already imported', async () => {
    const mapping = {
      trackingNo: 'เลขที่หนังสือ',
      unit: 'หน่วยงาน',
      type: 'ประเภทคำขอ',
      title: 'รายการ',
      amount: 'จำนวนเงิน (บาท)',
      status: 'สถานะ',
      level: 'ระดับการพิจารณา',
      submittedAt: 'วันที่ส่ง',
    };
    expect((await upload(t, '/api/admin/imports', admin, oldSheet(), 'old.csv', mapping)).status).toBe(201);
    const again = await upload(t, '/api/admin/imports/preview', admin, oldSheet(), 'old.csv');
    expect(again.body.mappingSource).toBe('saved');
    expect(again.body.mapping).toEqual(mapping);
    expect(again.body.accepted).toEqual([]);
    expect(again.body.refused.find((r: { row: number }) => r.row === 2).reasons[0].code).toBe('tracking_no_duplicate');
    const twice = await upload(t, '/api/admin/imports', admin, oldSheet(), 'old.csv');
    expect(twice.status).toBe(422);
    expect(twice.body.error.code).toBe('import_nothing_accepted');
    expect(await countRequests()).toBe(5);
  });

  it('imports a sheet once when two administrators import it at the same moment', async () => {
    const results = await Promise.all([
      upload(t, '/api/admin/imports', admin, oldSheet(), 'old.csv'),
      upload(t, '/api/admin/imports', await signIn(t, office.admin), oldSheet(), 'old.csv'),
    ]);
    const statuses = results.map((r) => r.status).sort();
    expect(statuses[0]).toBe(201);
    // The later one either saw the first's rows (nothing left to import) or collided with them in the database.
    expect([409, 422]).toContain(statuses[1]);
    expect(await countRequests()).toBe(5);
    expect((await verifyHistory(t.handle.db)).ok).toBe(true);
  });

  it('writes all accepted rows or none: a failure at the fourth row leaves nothing behind', async () => {
    // The database refuses one row's insert, as a full disk or a dropped connection would part-way through.
    if (isPostgres(t.handle.db)) {
      await sql`create function refuse_bomb() returns trigger language plpgsql as $$ begin if new.title = 'จัดซื้อวัสดุสำนักงาน' then raise exception 'boom'; end if; return new; end $$`.execute(
        t.handle.db,
      );
      await sql`create trigger refuse_bomb before insert on requests for each row execute function refuse_bomb()`.execute(t.handle.db);
    } else {
      await sql`create trigger refuse_bomb before insert on requests when new.title = 'จัดซื้อวัสดุสำนักงาน' begin select raise(abort, 'boom'); end`.execute(
        t.handle.db,
      );
    }
    const res = await upload(t, '/api/admin/imports', admin, oldSheet(), 'old.csv');
    expect(res.status).toBe(500);
    expect(await countRequests()).toBe(0);
    for (const table of [
      'request_events',
      'import_batches',
      'imported_requests',
      'import_mappings',
      'tracking_counters',
      'audit_log',
    ] as const) {
      expect(await t.handle.db.selectFrom(table).selectAll().execute(), table).toEqual([]);
    }
  });
});
