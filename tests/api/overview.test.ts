// The oversight dashboard against a fixed dataset: every figure hand-counted below, and every figure's request-list
// query (shared oversightLinks) returning exactly the requests the figure counted.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashPassword } from '@bmrts/db';
import { oversightLinks, type OverviewResponse, type RequestContentInput, type RequestListResponse, type RequestView } from '@bmrts/shared';
import { CHEAP_SCRYPT, makeTestApp, testAppsOnDataset, type TestApp } from '../support/test-app';
import { PASSWORD, buildOffice, type Office, type OfficeUser } from '../support/office';
import { call } from '../support/http-client';
import { csvLines, downloadFile, readWorkbook, sheetRows } from '../support/exports';
import { Actors, createDraft, send } from '../support/workflow';
import { allotment, councilTransfer, multiYearAllotment } from '../support/requests';
import { TEST_ORDER } from '../support/appointments';

let t: TestApp;
let office: Office;
let actors: Actors;
let unitK02: OfficeUser;

/** Bangkok wall-clock time (UTC+7) as the UTC instant the clock takes. */
const bangkok = (date: string, time = '10:00') => new Date(Date.parse(`${date}T${time}:00.000+07:00`)).toISOString();

/** The office of these tests: the test office and a second district, K02, in division 1. */
async function officeOn(app: TestApp): Promise<{ office: Office; unitK02: OfficeUser }> {
  const built = await buildOffice(app.handle.db);
  const at = '2025-01-01T00:00:00.000Z';
  await app.handle.db
    .insertInto('users')
    .values({
      id: 'u-k02',
      username: 'k02',
      password_hash: await hashPassword(PASSWORD, CHEAP_SCRYPT),
      display_name: 'คุณ k02',
      level: 1,
      unit_code: 'K02',
      section_id: null,
      division_id: null,
      is_admin: 0,
      active: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return { office: built, unitK02: { id: 'u-k02', username: 'k02' } };
}

beforeEach(async () => {
  t = await makeTestApp(bangkok('2025-09-30'));
  ({ office, unitK02 } = await officeOn(t));
  actors = new Actors(t);
});
afterEach(() => t.close());

/**
 * The dataset below, made through the API once per file (it takes seconds) and copied for each test that uses it: the
 * test goes on with its own app on its own copy, at the dataset's "now".
 */
const onDataset = testAppsOnDataset(bangkok('2025-09-30'), async (built) => {
  t = built;
  const people = await officeOn(t);
  ({ office, unitK02 } = people);
  actors = new Actors(t);
  return { ...people, ids: await buildDataset() };
});

/** Leaves the test's empty database for a copy of the dataset; the dataset's request ids by name. */
async function withDataset(): Promise<Record<string, string>> {
  const empty = t;
  const copy = await onDataset();
  await empty.close();
  t = copy;
  ({ office, unitK02 } = copy.dataset);
  actors = new Actors(t);
  return copy.dataset.ids;
}

/** Moves the clock forward; everyone signs in again (sessions idle out, and levels 5–8 need a fresh password). */
function at(iso: string): void {
  t.clock.set(iso);
  actors = new Actors(t);
}

const centralFund = (): RequestContentInput => ({
  type: 'central_fund',
  fiscalYear: 2569,
  title: 'ขอจัดสรรเงินสำรองจ่ายกรณีฉุกเฉิน ซ่อมแซมประตูระบายน้ำ',
  justification: 'น้ำท่วมขัง',
  amountSatang: 150_000_000,
  category: 'central',
  details: { item: 'emergency_reserve' },
});

async function submit(unit: OfficeUser, content: RequestContentInput, title: string): Promise<RequestView> {
  return send(t, actors, unit, await createDraft(t, actors, unit, { ...content, title: `คำขอ ${title}` }), 'SUBMIT');
}

/** Approves level by level, each by the given reviewer, in order. */
async function approveBy(request: RequestView, ...reviewers: OfficeUser[]): Promise<RequestView> {
  let current = request;
  for (const reviewer of reviewers) current = await send(t, actors, reviewer, current, 'APPROVE', 'เห็นควรอนุมัติ');
  return current;
}

/**
 * The dataset, by phase (Bangkok times). Units K01 and K02 are in division 1 (analyst A, head 1, director 1), D05 in
 * division 2 (analyst B, head 2, director 2). An A2 allotment is decided at level 4, a multi-year one (A6) at level 8,
 * a transfer between units (B7) at level 8 and then the Council.
 */
async function buildDataset() {
  const { analystA, analystB, headSection1: head1, headSection2: head2, directorDivision1: dir1, directorDivision2: dir2 } = office;
  const K01 = office.unitK01;
  const D05 = office.unitD05;
  const ids: Record<string, string> = {};

  // Tue 30 Sep 2025, the last day of FY 2568: P1 approved at once; P2 submitted, left at level 2.
  ids.P1 = (await approveBy(await submit(K01, allotment(), 'P1'), analystA, head1, dir1)).id;
  const p2 = await submit(D05, allotment(), 'P2');
  ids.P2 = p2.id;

  // Wed 1 Oct 2025, FY 2569 begins.
  at(bangkok('2025-10-01'));
  await approveBy(p2, analystB, head2, dir2); // approved in 2569, submitted in 2568
  ids.R1 = (await approveBy(await submit(K01, allotment(), 'R1'), analystA, head1, dir1)).id;
  const r2 = await send(t, actors, analystA, await submit(K01, allotment(), 'R2'), 'RETURN', 'ขาดแผนการใช้จ่าย');
  ids.R2 = (await approveBy(await send(t, actors, K01, r2, 'RESUBMIT'), analystA, head1, dir1)).id;
  // R3 is sent back from level 3 to level 2 (not a return to the unit) and then approved.
  const r3 = await approveBy(await submit(D05, allotment(), 'R3'), analystB);
  const r3Back = await send(t, actors, head2, r3, 'SEND_BACK', 'ขอให้ตรวจสอบวงเงินอีกครั้ง');
  ids.R3 = (await approveBy(r3Back, analystB, head2, dir2)).id;

  // Sun 30 Nov 2025 23:30 and Mon 1 Dec 00:30 in Bangkok (both 30 Nov in UTC): one November, one December.
  at(bangkok('2025-11-30', '23:30'));
  const r4 = await submit(unitK02, councilTransfer(), 'R4');
  ids.R4 = r4.id;
  at(bangkok('2025-12-01', '00:30'));
  ids.R5 = (await send(t, actors, analystA, await submit(unitK02, centralFund(), 'R5'), 'RETURN', 'ขาดรายงานเหตุการณ์')).id;

  // Wed 14 Jan 2026: R6 returned (resubmitted and approved in February), R7 rejected, R8 withdrawn.
  at(bangkok('2026-01-14'));
  const r6 = await send(t, actors, analystA, await submit(unitK02, allotment(), 'R6'), 'RETURN', 'แก้ไขวงเงิน');
  ids.R6 = r6.id;
  ids.R7 = (await send(t, actors, analystB, await submit(D05, allotment(), 'R7'), 'REJECT', 'ไม่อยู่ในแผน')).id;
  ids.R8 = (await send(t, actors, K01, await submit(K01, councilTransfer(), 'R8'), 'WITHDRAW')).id;

  // Tue 10 Feb 2026.
  at(bangkok('2026-02-10'));
  await approveBy(await send(t, actors, unitK02, r6, 'RESUBMIT'), analystA, head1, dir1);
  ids.R9 = (await approveBy(await submit(K01, allotment(), 'R9'), analystA, head1, dir1)).id;

  // March 2026: what waits now. Tuesday 3 March is Makha Bucha, a public holiday.
  at(bangkok('2026-03-02'));
  ids.W1 = (await submit(K01, allotment(), 'W1')).id; // level 2 since Mon 2 Mar
  at(bangkok('2026-03-04'));
  ids.W2 = (await submit(unitK02, allotment(), 'W2')).id; // level 2 since Wed 4 Mar
  ids.W5 = (await approveBy(await submit(K01, allotment(), 'W5'), analystA)).id; // level 3 since Wed 4 Mar
  at(bangkok('2026-03-05'));
  ids.W7 = (await approveBy(await submit(unitK02, multiYearAllotment(), 'W7'), analystA, head1)).id; // level 4 since Thu 5 Mar
  at(bangkok('2026-03-06'));
  ids.W4 = (await submit(K01, councilTransfer(), 'W4')).id; // a transfer, level 2 since Fri 6 Mar
  await approveBy(r4, analystA, head1, dir1, office.level5, office.level6, office.level7, office.level8); // the Council's since Fri 6 Mar
  at(bangkok('2026-03-09', '09:00'));
  ids.W3 = (await submit(D05, allotment(), 'W3')).id; // level 2 since Mon 9 Mar
  ids.W9 = (await submit(K01, allotment(), 'W9')).id; // level 2 since Mon 9 Mar
  ids.W6 = (await approveBy(await submit(D05, allotment(), 'W6'), analystB)).id; // level 3 since Mon 9 Mar
  ids.W8 = (await approveBy(await submit(D05, multiYearAllotment(), 'W8'), analystB, head2, dir2)).id; // level 5 since Mon 9 Mar
  await createDraft(t, actors, K01, allotment({ title: 'D1 never submitted' }));

  at(bangkok('2026-03-09', '10:00')); // now
  return ids;
}

async function overview(user: OfficeUser, query = '') {
  return call<OverviewResponse>(t, 'GET', `/api/overview${query}`, { cookie: await actors.cookie(user) });
}

const emptyLevel = (level: number, targets: [number, number, number]) => ({
  level,
  waiting: 0,
  medianWorkingDays: null,
  p90WorkingDays: null,
  overdue: 0,
  targetDays: { allotment: targets[0], transfer: targets[1], central_fund: targets[2] },
});
const cells = (waiting: Record<number, [number, number]>) =>
  [2, 3, 4, 5, 6, 7, 8].map((level) => ({ level, waiting: waiting[level]?.[0] ?? 0, overdue: waiting[level]?.[1] ?? 0 }));
const months = (counts: Record<string, [number, number, number]>) =>
  ['2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09'].map(
    (month) => {
      const [allotment, transfer, central_fund] = counts[month] ?? [0, 0, 0];
      return { month, counts: { allotment, transfer, central_fund }, total: allotment + transfer + central_fund };
    },
  );

describe('the oversight dashboard', () => {
  it('gives every figure of the fiscal year as counted by hand', async () => {
    await withDataset();
    const res = await overview(office.level6, '?fiscalYear=2569');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const body = res.body;
    expect(body.fiscalYear).toBe(2569);
    expect(body.asOf).toBe(bangkok('2026-03-09'));

    // Working days to Mon 9 Mar (Tue 3 Mar is a holiday): from Mon 2 → 4 (Wed, Thu, Fri, Mon); Wed 4 → 3; Thu 5 → 2;
    // Fri 6 → 1; Mon 9 → 0. Targets (DOMAIN.md §5): 3, 1, 1, 1, 2, 2, 3 for every type.
    // Level 2: W1 4, W2 3, W4 1, W3 0, W9 0 → sorted 0 0 1 3 4; median rank ⌈2.5⌉ = 3 → 1; p90 rank ⌈4.5⌉ = 5 → 4;
    // overdue (> 3): W1 only (W2 waited exactly its 3 days).
    expect(body.levels).toEqual([
      {
        level: 2,
        waiting: 5,
        medianWorkingDays: 1,
        p90WorkingDays: 4,
        overdue: 1,
        targetDays: { allotment: 3, transfer: 3, central_fund: 3 },
      },
      // Level 3: W5 3, W6 0 → median rank 1 → 0, p90 rank ⌈1.8⌉ = 2 → 3; W5 past 1.
      {
        level: 3,
        waiting: 2,
        medianWorkingDays: 0,
        p90WorkingDays: 3,
        overdue: 1,
        targetDays: { allotment: 1, transfer: 1, central_fund: 1 },
      },
      {
        level: 4,
        waiting: 1,
        medianWorkingDays: 2,
        p90WorkingDays: 2,
        overdue: 1,
        targetDays: { allotment: 1, transfer: 1, central_fund: 1 },
      },
      {
        level: 5,
        waiting: 1,
        medianWorkingDays: 0,
        p90WorkingDays: 0,
        overdue: 0,
        targetDays: { allotment: 1, transfer: 1, central_fund: 1 },
      },
      emptyLevel(6, [2, 2, 2]),
      emptyLevel(7, [2, 2, 2]),
      emptyLevel(8, [3, 3, 3]),
    ]);
    expect(body.council).toEqual({ waiting: 1, medianWorkingDays: 1, p90WorkingDays: 1 });

    // K01: W1 (overdue), W4, W9 at 2; W5 (overdue) at 3. K02: W2 at 2, W7 (overdue) at 4, R4 at the Council. D05: W3, W6, W8.
    expect(body.ageing.map((r) => [r.unitCode, r.total])).toEqual([
      ['K01', 4],
      ['D05', 3],
      ['K02', 3],
    ]);
    expect(body.ageing[0]).toMatchObject({ unitCode: 'K01', cells: cells({ 2: [3, 1], 3: [1, 1] }), awaitingCouncil: 0 });
    expect(body.ageing[0]?.unitName.th).toContain('พระนคร');
    expect(body.ageing[1]).toMatchObject({ unitCode: 'D05', cells: cells({ 2: [1, 0], 3: [1, 0], 5: [1, 0] }), awaitingCouncil: 0 });
    expect(body.ageing[2]).toMatchObject({ unitCode: 'K02', cells: cells({ 2: [1, 0], 4: [1, 1] }), awaitingCouncil: 1 });

    // Approved 1 Oct 2025 – 30 Sep 2026: K01 R1, R2 (returned), R9 → 2 of 3; D05 P2, R3 (sent back, not returned) → 2 of 2;
    // K02 R6 (returned) → 0 of 1. Not counted: P1 (approved in 2568), R7 rejected, R5 returned, R8 withdrawn.
    expect(body.firstPass.map((r) => [r.unitCode, r.approved, r.firstPass, r.percent])).toEqual([
      ['K02', 1, 0, 0],
      ['K01', 3, 2, 66.7],
      ['D05', 2, 2, 100],
    ]);

    // First submissions by Bangkok month: Oct R1 R2 R3 (P2 was September's); Nov R4; Dec R5 (00:30 on 1 Dec in Bangkok);
    // Jan R6 R7 + R8; Feb R9 (R6's resubmission is not a new submission); Mar W1 W2 W5 W7 W3 W9 W6 W8 + W4; the draft never.
    expect(body.monthly).toEqual(
      months({
        '2025-10': [3, 0, 0],
        '2025-11': [0, 1, 0],
        '2025-12': [0, 0, 1],
        '2026-01': [2, 1, 0],
        '2026-02': [1, 0, 0],
        '2026-03': [8, 1, 0],
      }),
    );
  });

  it('takes the yearly figures from the chosen fiscal year and the current one by default', async () => {
    await withDataset();
    const current = (await overview(office.admin)).body;
    expect(current.fiscalYear).toBe(2569);
    const previous = (await overview(office.admin, '?fiscalYear=2568')).body;
    expect(previous.fiscalYear).toBe(2568);
    expect(previous.firstPass.map((r) => [r.unitCode, r.approved, r.firstPass, r.percent])).toEqual([['K01', 1, 1, 100]]);
    expect(previous.monthly.map((m) => m.month)).toEqual([
      '2024-10',
      '2024-11',
      '2024-12',
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
    ]);
    expect(previous.monthly.filter((m) => m.total > 0)).toEqual([
      { month: '2025-09', counts: { allotment: 2, transfer: 0, central_fund: 0 }, total: 2 },
    ]);
    // What waits now does not depend on the year.
    expect(previous.levels).toEqual(current.levels);
    expect((await overview(office.admin, '?fiscalYear=25')).status).toBe(400);
  });

  it('shows a division director only their division', async () => {
    await withDataset();
    const body = (await overview(office.directorDivision1)).body;
    // K01 and K02 only. Level 2: W1 4, W2 3, W4 1, W9 0 → sorted 0 1 3 4; median rank 2 → 1; p90 rank ⌈3.6⌉ = 4 → 4.
    expect(body.levels.slice(0, 4).map((l) => [l.level, l.waiting, l.medianWorkingDays, l.p90WorkingDays, l.overdue])).toEqual([
      [2, 4, 1, 4, 1],
      [3, 1, 3, 3, 1],
      [4, 1, 2, 2, 1],
      [5, 0, null, null, 0],
    ]);
    expect(body.council.waiting).toBe(1);
    expect(body.ageing.map((r) => r.unitCode)).toEqual(['K01', 'K02']);
    expect(body.firstPass.map((r) => [r.unitCode, r.approved, r.firstPass])).toEqual([
      ['K02', 1, 0],
      ['K01', 3, 2],
    ]);
    expect(body.monthly.map((m) => m.total)).toEqual([2, 1, 1, 2, 1, 6, 0, 0, 0, 0, 0, 0]);
  });

  it('links every figure to a request list of exactly the requests behind it', async () => {
    const ids = await withDataset();
    const cookie = await actors.cookie(office.level6);
    async function listed(query: Record<string, string>): Promise<string[]> {
      const res = await call<RequestListResponse>(t, 'GET', `/api/requests?${new URLSearchParams({ ...query, limit: '100' }).toString()}`, {
        cookie,
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const names = Object.fromEntries(Object.entries(ids).map(([name, id]) => [id, name]));
      return res.body.items.map((r) => names[r.id] ?? r.title).sort();
    }
    const L = oversightLinks;
    expect(await listed(L.waitingAt(2))).toEqual(['W1', 'W2', 'W3', 'W4', 'W9']);
    expect(await listed(L.overdueAt(2))).toEqual(['W1']);
    expect(await listed(L.waitingAt(3))).toEqual(['W5', 'W6']);
    expect(await listed(L.overdueAt(3))).toEqual(['W5']);
    expect(await listed(L.overdueAt(4))).toEqual(['W7']);
    expect(await listed(L.waitingAt(5))).toEqual(['W8']);
    expect(await listed(L.overdueAt(5))).toEqual([]);
    expect(await listed(L.overdueAt(8))).toEqual([]);
    expect(await listed(L.awaitingCouncil())).toEqual(['R4']);
    // Ageing cells.
    expect(await listed(L.waitingAt(2, 'K01'))).toEqual(['W1', 'W4', 'W9']);
    expect(await listed(L.overdueAt(2, 'K01'))).toEqual(['W1']);
    expect(await listed(L.waitingAt(4, 'K02'))).toEqual(['W7']);
    expect(await listed(L.awaitingCouncil('K02'))).toEqual(['R4']);
    // First-pass yield.
    expect(await listed(L.approvedIn(2569, 'K01'))).toEqual(['R1', 'R2', 'R9']);
    expect(await listed(L.approvedFirstPassIn(2569, 'K01'))).toEqual(['R1', 'R9']);
    expect(await listed(L.approvedFirstPassIn(2569, 'D05'))).toEqual(['P2', 'R3']);
    expect(await listed(L.approvedIn(2569, 'K02'))).toEqual(['R6']);
    expect(await listed(L.approvedFirstPassIn(2569, 'K02'))).toEqual([]);
    expect(await listed(L.approvedIn(2568, 'K01'))).toEqual(['P1']);
    // Monthly volumes.
    expect(await listed(L.submittedInMonth('2025-10', 'allotment'))).toEqual(['R1', 'R2', 'R3']);
    expect(await listed(L.submittedInMonth('2025-11', 'transfer'))).toEqual(['R4']);
    expect(await listed(L.submittedInMonth('2025-12', 'central_fund'))).toEqual(['R5']);
    expect(await listed(L.submittedInMonth('2026-01'))).toEqual(['R6', 'R7', 'R8']);
    expect(await listed(L.submittedInMonth('2026-02', 'allotment'))).toEqual(['R9']);
    expect(await listed(L.submittedInYear(2569, 'transfer'))).toEqual(['R4', 'R8', 'W4']);
    // Returned at least once, whatever became of it.
    expect(await listed({ firstPass: 'false' })).toEqual(['R2', 'R5', 'R6']);
  });

  it('filters the list by overdue, month and fiscal year only with valid values', async () => {
    const cookie = await actors.cookie(office.admin);
    for (const query of [
      'overdue=yes',
      'overdue=false',
      'firstPass=maybe',
      'submittedMonth=2026-13',
      'submittedMonth=2569-1',
      'decidedFiscalYear=68',
      'submittedFiscalYear=abc',
    ]) {
      const res = await call(t, 'GET', `/api/requests?${query}`, { cookie });
      expect(res.status, query).toBe(400);
    }
  });

  it('is refused to levels 1–3 with 403 and a Thai message, and given to levels 4–8 and administrators', async () => {
    for (const user of [office.unitK01, office.analystA, office.headSection1]) {
      const res = await call<{ error: { message: string } }>(t, 'GET', '/api/overview', { cookie: await actors.cookie(user) });
      expect(res.status, user.username).toBe(403);
      expect(res.body.error.message).toBe('คุณไม่มีสิทธิ์ดำเนินการนี้');
    }
    for (const user of [office.directorDivision1, office.level5, office.level8, office.admin])
      expect((await overview(user)).status, user.username).toBe(200);
  });

  it('counts what the caller holds by acting as a director', async () => {
    await withDataset();
    const appointed = await call(t, 'POST', '/api/appointments', {
      cookie: await actors.cookie(office.admin),
      body: {
        actingUserId: office.headSection2.id,
        forUserId: office.directorDivision2.id,
        startsAt: t.clock.now().toISOString(),
        endsAt: new Date(t.clock.now().getTime() + 86_400_000).toISOString(),
        reason: 'ไปราชการ',
        ...TEST_ORDER,
      },
    });
    expect(appointed.status, JSON.stringify(appointed.body)).toBe(201);
    const res = await overview(office.headSection2);
    expect(res.status).toBe(200);
    expect(res.body.ageing.map((r) => r.unitCode)).toEqual(['D05']);
  });
});

describe('the dashboard’s tables as spreadsheets', () => {
  const HEADERS = {
    levels: [
      'ระดับ',
      'ตำแหน่ง',
      'รออยู่ (รายการ)',
      'มัธยฐาน (วันทำการ)',
      'เปอร์เซ็นไทล์ที่ 90 (วันทำการ)',
      'เป้าหมาย ขออนุมัติเงินจัดสรร (เงินประจำงวด) (วันทำการ)',
      'เป้าหมาย ขออนุมัติโอน/เปลี่ยนแปลงรายละเอียดงบประมาณประจำปี (วันทำการ)',
      'เป้าหมาย ขออนุมัติจัดสรรงบประมาณรายจ่าย งบกลาง (วันทำการ)',
      'เกินกำหนด (รายการ)',
    ],
    ageing: [
      'รหัสหน่วยงาน',
      'หน่วยงาน',
      ...[2, 3, 4, 5, 6, 7, 8].flatMap((l) => [`ระดับ ${l} รออยู่`, `ระดับ ${l} เกินกำหนด`]),
      'รอมติสภากรุงเทพมหานคร',
      'รวม',
    ],
    firstPass: ['รหัสหน่วยงาน', 'หน่วยงาน', 'อนุมัติแล้ว (รายการ)', 'ผ่านโดยไม่ถูกส่งคืน (รายการ)', 'ร้อยละผ่านโดยไม่ถูกส่งคืน'],
    monthly: [
      'เดือน',
      'ขออนุมัติเงินจัดสรร (เงินประจำงวด)',
      'ขออนุมัติโอน/เปลี่ยนแปลงรายละเอียดงบประมาณประจำปี',
      'ขออนุมัติจัดสรรงบประมาณรายจ่าย งบกลาง',
      'รวม',
    ],
  } as const;
  type Table = keyof typeof HEADERS;
  const TABLES = Object.keys(HEADERS) as Table[];

  /** The dashboard's figures of each table, row by row, in the order of the spreadsheet's columns (null: an empty cell). */
  function figures(body: OverviewResponse): Record<Table, (string | number | null)[][]> {
    const month = new Intl.DateTimeFormat('th-TH', { month: 'long', year: 'numeric', timeZone: 'Asia/Bangkok' });
    return {
      levels: [
        ...body.levels.map((l) => [
          l.level,
          l.waiting,
          l.medianWorkingDays,
          l.p90WorkingDays,
          l.targetDays.allotment,
          l.targetDays.transfer,
          l.targetDays.central_fund,
          l.overdue,
        ]),
        [null, body.council.waiting, body.council.medianWorkingDays, body.council.p90WorkingDays, null, null, null, null],
      ],
      ageing: body.ageing.map((r) => [
        r.unitCode,
        r.unitName.th,
        ...r.cells.flatMap((c) => [c.waiting, c.overdue]),
        r.awaitingCouncil,
        r.total,
      ]),
      firstPass: body.firstPass.map((r) => [r.unitCode, r.unitName.th, r.approved, r.firstPass, r.percent]),
      monthly: body.monthly.map((m) => [
        month.format(new Date(`${m.month}-15T05:00:00Z`)),
        m.counts.allotment,
        m.counts.transfer,
        m.counts.central_fund,
        m.total,
      ]),
    };
  }
  /** The levels table's second column is the level's title, not a figure of the dashboard: left out before comparing. */
  const withoutTitle = (table: Table, row: unknown[]) => (table === 'levels' ? [row[0], ...row.slice(2)] : row);

  it('writes each table as CSV with a byte-order mark, Thai headers and the dashboard’s figures', async () => {
    await withDataset();
    const cookie = await actors.cookie(office.level6);
    const body = (await overview(office.level6, '?fiscalYear=2569')).body;
    const expected = figures(body);
    for (const table of TABLES) {
      const res = await downloadFile(t, `/api/overview/export?table=${table}&format=csv&fiscalYear=2569`, cookie);
      expect(res.status, table).toBe(200);
      expect([...res.bytes.slice(0, 3)], table).toEqual([0xef, 0xbb, 0xbf]);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const [header, ...lines] = csvLines(res.text);
      expect(header, table).toBe(HEADERS[table].join(','));
      const rows = lines.map((line) => withoutTitle(table, line.split(',')));
      // CSV: an empty field for no value; the yield (the first-pass table's fifth column) with one decimal.
      const want = expected[table].map((row) =>
        row.map((v, i) => (v === null ? '' : table === 'firstPass' && i === 4 ? Number(v).toFixed(1) : String(v))),
      );
      if (table === 'monthly') {
        // Twelve months, October first, then the year's totals.
        expect(rows.slice(0, 12), table).toEqual(want);
        expect(rows[12]).toEqual(['ทั้งปี', '14', '3', '1', '18']);
      } else {
        expect(rows, table).toEqual(want);
      }
    }
    // Spot checks a person would read: the council row, K01's yield of 2 in 3, October's three allotments.
    const levels = csvLines((await downloadFile(t, '/api/overview/export?table=levels&format=csv', cookie)).text);
    expect(levels[1]).toBe('2,เจ้าหน้าที่วิเคราะห์งบประมาณ,5,1,4,3,3,3,1');
    expect(levels[8]).toBe(',สภากรุงเทพมหานคร,1,1,1,,,,');
    const firstPass = csvLines((await downloadFile(t, '/api/overview/export?table=firstPass&format=csv&fiscalYear=2569', cookie)).text);
    expect(firstPass[2]).toMatch(/^K01,.*,3,2,66\.7$/);
    const monthly = csvLines((await downloadFile(t, '/api/overview/export?table=monthly&format=csv&fiscalYear=2569', cookie)).text);
    expect(monthly[1]).toBe('ตุลาคม 2568,3,0,0,3');
  });

  it('writes each table as XLSX with Thai headers and number cells', async () => {
    await withDataset();
    const cookie = await actors.cookie(office.admin);
    const expected = figures((await overview(office.admin, '?fiscalYear=2569')).body);
    for (const table of TABLES) {
      const res = await downloadFile(t, `/api/overview/export?table=${table}&format=xlsx&fiscalYear=2569`, cookie);
      expect(res.status, table).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const workbook = await readWorkbook(res.bytes);
      const [header, ...rows] = sheetRows(workbook);
      expect(header, table).toEqual([...HEADERS[table]]);
      // Empty cells (a wait with nothing waiting, the Council's level and targets) read back as undefined.
      const got = rows.map((row) =>
        withoutTitle(
          table,
          HEADERS[table].map((_, i) => row[i] ?? null),
        ),
      );
      expect(got.slice(0, expected[table].length), table).toEqual(expected[table]);
    }
    const firstPass = await readWorkbook(
      (await downloadFile(t, '/api/overview/export?table=firstPass&format=xlsx&fiscalYear=2569', cookie)).bytes,
    );
    const k01 = firstPass.worksheets[0]?.getRow(3);
    expect(k01?.getCell(1).value).toBe('K01');
    expect(k01?.getCell(5).value).toBe(66.7);
    expect(k01?.getCell(5).numFmt).toBe('0.0');
    expect(typeof k01?.getCell(3).value).toBe('number');
  });

  it('takes the chosen fiscal year, and refuses levels 1–3 with 403 and a Thai message', async () => {
    await withDataset();
    const previous = csvLines(
      (await downloadFile(t, '/api/overview/export?table=firstPass&format=csv&fiscalYear=2568', await actors.cookie(office.admin))).text,
    );
    expect(previous.slice(1).map((l) => l.split(',').filter((_, i) => i !== 1))).toEqual([['K01', '1', '1', '100.0']]);
    for (const user of [office.unitK01, office.analystA, office.headSection1]) {
      const res = await call<{ error: { message: string } }>(t, 'GET', '/api/overview/export?table=levels&format=xlsx', {
        cookie: await actors.cookie(user),
      });
      expect(res.status, user.username).toBe(403);
      expect(res.body.error.message).toBe('คุณไม่มีสิทธิ์ดำเนินการนี้');
    }
    const cookie = await actors.cookie(office.directorDivision1);
    for (const query of [
      'table=levels',
      'format=csv',
      'table=charts&format=csv',
      'table=levels&format=pdf',
      'table=levels&format=csv&fiscalYear=25',
    ]) {
      expect((await call(t, 'GET', `/api/overview/export?${query}`, { cookie })).status, query).toBe(400);
    }
  });
});
