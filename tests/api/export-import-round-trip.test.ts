// The round trip: a filtered request list exported as XLSX and imported into an empty database gives the same requests.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { verifyHistory } from '@bmrts/db';
import { makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice, type Office } from '../support/office';
import { signIn } from '../support/http-client';
import { Actors, approveToTop, createDraft, send } from '../support/workflow';
import { allotment, councilTransfer } from '../support/requests';
import { downloadFile } from '../support/exports';
import { upload } from '../support/imports';

let source: TestApp;
let target: TestApp;
let office: Office;

beforeEach(async () => {
  source = await makeTestApp();
  office = await buildOffice(source.handle.db);
  target = await makeTestApp();
  await buildOffice(target.handle.db);
});
afterEach(async () => {
  await source.close();
  await target.close();
});

const COMPARED = [
  'tracking_no',
  'unit_code',
  'type',
  'fiscal_year',
  'title',
  'category',
  'amount_satang',
  'status',
  'level',
  'final_level',
  'created_at',
  'submitted_at',
  'level_entered_at',
  'decided_at',
] as const;

function requestsOf(t: TestApp, unitCode?: string) {
  let q = t.handle.db.selectFrom('requests').select(COMPARED);
  if (unitCode) q = q.where('unit_code', '=', unitCode);
  return q.orderBy('tracking_no').execute();
}

it('exports a filtered list as XLSX that imports into an empty database as the same requests', async () => {
  const actors = new Actors(source);
  const later = () => source.clock.advanceMinutes(7);
  await approveToTop(
    source,
    actors,
    office,
    await send(
      source,
      actors,
      office.unitK01,
      await createDraft(source, actors, office.unitK01, allotment({ amountSatang: 123_456_789 })),
      'SUBMIT',
    ),
  );
  later();
  const returned = await send(
    source,
    actors,
    office.unitK01,
    await createDraft(
      source,
      actors,
      office.unitK01,
      allotment({ title: 'ค่าซ่อมแซมอาคาร', category: 'investment', amountSatang: 5_000_000_01 }),
    ),
    'SUBMIT',
  );
  later();
  await send(source, actors, office.analystA, returned, 'RETURN', 'ขาดใบเสนอราคา');
  later();
  const inReview = await send(
    source,
    actors,
    office.unitK01,
    await createDraft(source, actors, office.unitK01, councilTransfer()),
    'SUBMIT',
  );
  later();
  await send(source, actors, office.analystA, inReview, 'APPROVE');
  later();
  await createDraft(source, actors, office.unitK01, allotment({ title: 'ร่างที่ยังไม่ส่ง' }));
  later();
  const rejected = await send(
    source,
    actors,
    office.unitK01,
    await createDraft(source, actors, office.unitK01, allotment({ title: 'ขอซื้อรถ' })),
    'SUBMIT',
  );
  later();
  await send(source, actors, office.analystA, rejected, 'REJECT', 'ไม่อยู่ในแผน');
  later();
  // Outside the filter: another unit's request.
  await send(source, actors, office.unitD05, await createDraft(source, actors, office.unitD05, allotment()), 'SUBMIT');

  const exported = await downloadFile(source, '/api/requests/export?format=xlsx&unit=K01', await signIn(source, office.level8));
  expect(exported.status).toBe(200);

  const admin = await signIn(target, office.admin);
  const preview = await upload(target, '/api/admin/imports/preview', admin, exported.bytes, 'คำขอ.xlsx');
  expect(preview.status, JSON.stringify(preview.body)).toBe(200);
  expect(preview.body.refused).toEqual([]);
  expect(preview.body.accepted).toHaveLength(5);
  const imported = await upload(target, '/api/admin/imports', admin, exported.bytes, 'คำขอ.xlsx');
  expect(imported.status, JSON.stringify(imported.body)).toBe(201);

  const expected = await requestsOf(source, 'K01');
  expect(expected).toHaveLength(5);
  expect(await requestsOf(target)).toEqual(expected);
  expect((await verifyHistory(target.handle.db)).ok).toBe(true);

  // The kept numbers moved the counters on: the next K01 request in the target gets a fresh number.
  const targetActors = new Actors(target);
  const next = await createDraft(target, targetActors, office.unitK01, allotment());
  expect(expected.map((r) => r.tracking_no)).not.toContain(next.trackingNo);
});
