// The year-end report to the BMA Council: which requests a fiscal year holds (by the right date, across both
// 1 October boundaries), exact totals by item and outcome, the same figures in the XLSX, and who may read it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { CentralFundItem, CouncilReport, ErrorResponse, CouncilReportTotals, RequestContentInput, RequestView } from '@bmrts/shared';
import { makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice, type Office, type OfficeUser } from '../support/office';
import { call, signIn } from '../support/http-client';
import { download } from '../support/surveys';
import { Actors, approveToTop, createDraft, send } from '../support/workflow';
import { allotment, councilTransfer } from '../support/requests';
import { TEST_ORDER } from '../support/appointments';

/** 23:59 on 30 September 2025 in Bangkok: the last minute of fiscal year 2568. */
const LAST_MINUTE_2568 = '2025-09-30T16:59:00.000Z';
/** 00:00 on 1 October 2025 in Bangkok: the first minute of fiscal year 2569. */
const FIRST_MINUTE_2569 = '2025-09-30T17:00:00.000Z';
const SEPTEMBER_2025 = '2025-09-15T03:00:00.000Z';
const MARCH_2026 = '2026-03-02T03:00:00.000Z';
const MARCH_2026_LATER = '2026-03-02T05:00:00.000Z';
const JUNE_2026 = '2026-06-15T03:00:00.000Z';
/** 23:59 on 30 September 2026: the last minute of 2569. */
const LAST_MINUTE_2569 = '2026-09-30T16:59:00.000Z';
/** 00:00 on 1 October 2026: fiscal year 2570. */
const FIRST_MINUTE_2570 = '2026-09-30T17:00:00.000Z';

let t: TestApp;
let office: Office;
let actors: Actors;
let year: Awaited<ReturnType<typeof buildYear>>;

// One year of requests for the whole file: every test below only reads it.
beforeAll(async () => {
  t = await makeTestApp(SEPTEMBER_2025);
  office = await buildOffice(t.handle.db);
  actors = new Actors(t);
  year = await buildYear();
}, 120_000);
afterAll(() => t.close());

/** Moves the clock; sessions idle longer than an hour have ended and decisions at 5–8 need a fresh password, so everyone signs in again. */
function at(iso: string): void {
  t.clock.set(iso);
  actors = new Actors(t);
}

function centralFund(item: CentralFundItem, amountSatang: number, title: string): RequestContentInput {
  return {
    type: 'central_fund',
    fiscalYear: 2569,
    title,
    justification: 'เหตุจำเป็นเร่งด่วน',
    amountSatang,
    category: 'central',
    details: { item },
  };
}

function councilTransferOf(amountSatang: number, title: string): RequestContentInput {
  const base = councilTransfer();
  if (base.type !== 'transfer') throw new Error('councilTransfer is a transfer');
  return { ...base, title, amountSatang, details: { ...base.details, lines: [{ fromItem: 'ค่าวัสดุ', toItem: 'ค่าก่อสร้าง', amountSatang }] } };
}

async function submitted(content: RequestContentInput): Promise<RequestView> {
  return send(t, actors, office.unitK01, await createDraft(t, actors, office.unitK01, content), 'SUBMIT');
}

async function report(user: OfficeUser, query = '?fiscalYear=2569') {
  return call<CouncilReport & ErrorResponse>(t, 'GET', `/api/council-report${query}`, { cookie: await signIn(t, user) });
}

const zero: CouncilReportTotals = {
  count: 0,
  amountSatang: 0,
  approvedCount: 0,
  approvedSatang: 0,
  rejectedCount: 0,
  rejectedSatang: 0,
  awaitingCount: 0,
  awaitingSatang: 0,
  withdrawnCount: 0,
  withdrawnSatang: 0,
};

/**
 * Central fund, all of unit K01, the decision (and so the year) at the time given:
 *   in 2569: emergency 12,345,678.90 approved at 00:00 1 Oct 2025 (level 8); emergency 700,000.25 approved in March (8);
 *            pension 250,000.50 approved in March (C1, level 7); flood 3,000,000.00 rejected at level 3 at 23:59 30 Sep 2026;
 *   not:     flood approved at 23:59 30 Sep 2025 (2568); emergency approved at 00:00 1 Oct 2026 (2570); staff assistance
 *            still in review; emergency withdrawn; a multi-year allotment decided at level 8 (no Council rule).
 * Council (transfers between units, rule B7), by when they reached the Council:
 *   in 2569: 3,000,000.00 at 00:00 1 Oct 2025, approved by the Council in March; 1,234,567.89 in March, rejected by the
 *            Council on 1 Oct 2026; 500,000.01 at 23:59 30 Sep 2026, still waiting; 100,000.00 in March, then withdrawn;
 *   not:     one that reached the Council at 23:59 30 Sep 2025 (approved by it in 2569), one at 00:00 1 Oct 2026.
 */
async function buildYear() {
  // September 2025 (fiscal year 2568): everything submitted that is decided around the first boundary.
  const emergency = await submitted(centralFund('emergency_reserve', 1_234_567_890, 'ขอใช้เงินสำรองจ่ายกรณีฉุกเฉิน ซ่อมแซมเขื่อนริมคลอง'));
  const lateFlood = await submitted(centralFund('flood', 500_000_001, 'ค่าใช้จ่ายป้องกันน้ำท่วม ปีงบประมาณก่อน'));
  const earlyCouncil = await submitted(councilTransferOf(200_000_000, 'โอนงบประมาณ เสนอสภาฯ ปีก่อน'));
  const firstCouncil = await submitted(councilTransferOf(300_000_000, 'โอนงบประมาณไปสำนักการโยธา ก่อสร้างทางเดินริมคลอง'));
  at(LAST_MINUTE_2568);
  await approveToTop(t, actors, office, lateFlood);
  const earlyAwaiting = await approveToTop(t, actors, office, earlyCouncil);
  at(FIRST_MINUTE_2569);
  const emergencyDecided = await approveToTop(t, actors, office, emergency);
  const firstAwaiting = await approveToTop(t, actors, office, firstCouncil);

  at(MARCH_2026);
  await send(t, actors, office.level8, earlyAwaiting, 'COUNCIL_APPROVE', 'สภากรุงเทพมหานครเห็นชอบ');
  const firstApproved = await send(t, actors, office.level8, firstAwaiting, 'COUNCIL_APPROVE', 'สภากรุงเทพมหานครเห็นชอบ');
  const pension = await approveToTop(t, actors, office, await submitted(centralFund('pension', 25_000_050, 'เงินบำเหน็จตกทอด')));
  const rejectedByCouncil = await approveToTop(
    t,
    actors,
    office,
    await submitted(councilTransferOf(123_456_789, 'โอนงบประมาณตั้งโครงการใหม่')),
  );
  const withdrawnCouncil = await approveToTop(
    t,
    actors,
    office,
    await submitted(councilTransferOf(10_000_000, 'โอนงบประมาณที่หน่วยงานถอนภายหลัง')),
  );
  await send(t, actors, office.unitK01, withdrawnCouncil, 'WITHDRAW');
  const withdrawnCf = await submitted(centralFund('emergency_reserve', 200_000_000, 'คำขอที่ถอนแล้ว'));
  await send(t, actors, office.unitK01, withdrawnCf, 'WITHDRAW');
  await approveToTop(
    t,
    actors,
    office,
    await submitted(
      allotment({
        title: 'ผูกพันข้ามปี',
        details: { multiYear: true, outsidePlan: false, maxEquipmentUnitPriceSatang: 0, maxConstructionSatang: 0 },
      }),
    ),
  );
  at(MARCH_2026_LATER);
  const smallEmergency = await approveToTop(
    t,
    actors,
    office,
    await submitted(centralFund('emergency_reserve', 70_000_025, 'เงินสำรองจ่าย เหตุอัคคีภัย')),
  );

  at(JUNE_2026);
  const flood = await send(
    t,
    actors,
    office.analystA,
    await submitted(centralFund('flood', 300_000_000, 'ขุดลอกคลองป้องกันน้ำท่วม')),
    'APPROVE',
  );
  await submitted(centralFund('staff_assistance', 8_000_000, 'เงินช่วยเหลือข้าราชการ ยังพิจารณาอยู่'));
  const nextYearCf = await submitted(centralFund('emergency_reserve', 100_000_000, 'เงินสำรองจ่าย ตัดสินปีถัดไป'));
  const lastCouncil = await submitted(councilTransferOf(50_000_001, 'โอนงบประมาณ เสนอสภาฯ วันสุดท้าย'));
  const nextYearCouncil = await submitted(councilTransferOf(40_000_000, 'โอนงบประมาณ เสนอสภาฯ ปีถัดไป'));

  at(LAST_MINUTE_2569);
  const floodRejected = await send(t, actors, office.headSection1, flood, 'REJECT', 'ไม่เข้าหลักเกณฑ์เงินงบกลาง');
  const lastAwaiting = await approveToTop(t, actors, office, lastCouncil);
  at(FIRST_MINUTE_2570);
  await approveToTop(t, actors, office, nextYearCf);
  await approveToTop(t, actors, office, nextYearCouncil);
  const councilRejected = await send(t, actors, office.level8, rejectedByCouncil, 'COUNCIL_REJECT', 'สภากรุงเทพมหานครไม่เห็นชอบ');

  return {
    emergency,
    emergencyDecided,
    smallEmergency,
    pension,
    floodRejected,
    firstApproved,
    rejectedByCouncil,
    councilRejected,
    withdrawnCouncil,
    lastAwaiting,
  };
}

describe('the Council report of a fiscal year', () => {
  it('lists the central-fund decisions of the year by the date of the decision, with exact totals by item', async () => {
    const res = await report(office.level6);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const { centralFund } = res.body;
    expect(res.body).toMatchObject({ fiscalYear: 2569, periodStart: FIRST_MINUTE_2569, periodEnd: FIRST_MINUTE_2570, allUnits: true });

    expect(centralFund.rows.map((r) => [r.trackingNo, r.outcome, r.decidedAtLevel, r.decidedAt])).toEqual([
      [year.emergency.trackingNo, 'approved', 8, FIRST_MINUTE_2569],
      [year.pension.trackingNo, 'approved', 7, MARCH_2026],
      [year.smallEmergency.trackingNo, 'approved', 8, MARCH_2026_LATER],
      [year.floodRejected.trackingNo, 'rejected', 3, LAST_MINUTE_2569],
    ]);
    expect(centralFund.rows[0]).toEqual({
      id: year.emergency.id,
      trackingNo: year.emergency.trackingNo,
      type: 'central_fund',
      unitCode: 'K01',
      unitName: { th: 'สำนักงานเขตพระนคร', en: 'Phra Nakhon District Office' },
      centralFundItem: 'emergency_reserve',
      title: 'ขอใช้เงินสำรองจ่ายกรณีฉุกเฉิน ซ่อมแซมเขื่อนริมคลอง',
      amountSatang: 1_234_567_890,
      ruleId: 'C2',
      submittedAt: SEPTEMBER_2025,
      councilSubmittedAt: null,
      decidedAt: FIRST_MINUTE_2569,
      outcome: 'approved',
      decidedAtLevel: 8,
      decidedByCouncil: false,
    });

    const byItem = Object.fromEntries(centralFund.byItem.map(({ item, ...totals }) => [item, totals]));
    expect(Object.keys(byItem)).toEqual([
      'staff_assistance',
      'pension',
      'contributions',
      'emergency_reserve',
      'flood',
      'city_development',
      'central_transfer',
    ]);
    // 12,345,678.90 + 700,000.25 = 13,045,679.15
    expect(byItem.emergency_reserve).toEqual({
      ...zero,
      count: 2,
      amountSatang: 1_304_567_915,
      approvedCount: 2,
      approvedSatang: 1_304_567_915,
    });
    expect(byItem.pension).toEqual({ ...zero, count: 1, amountSatang: 25_000_050, approvedCount: 1, approvedSatang: 25_000_050 });
    expect(byItem.flood).toEqual({ ...zero, count: 1, amountSatang: 300_000_000, rejectedCount: 1, rejectedSatang: 300_000_000 });
    expect(byItem.staff_assistance).toEqual(zero);
    // 13,045,679.15 + 250,000.50 + 3,000,000.00 = 16,295,679.65, of which 13,295,679.65 approved.
    expect(centralFund.total).toEqual({
      ...zero,
      count: 4,
      amountSatang: 1_629_567_965,
      approvedCount: 3,
      approvedSatang: 1_329_567_965,
      rejectedCount: 1,
      rejectedSatang: 300_000_000,
    });
  });

  it('lists every request that reached the Council in the year with its outcome now, whenever that came', async () => {
    const { council } = (await report(office.admin)).body;
    expect(
      council.rows.map((r) => [r.trackingNo, r.councilSubmittedAt, r.outcome, r.decidedAt, r.decidedAtLevel, r.decidedByCouncil]),
    ).toEqual([
      [year.firstApproved.trackingNo, FIRST_MINUTE_2569, 'approved', MARCH_2026, 8, true],
      [year.rejectedByCouncil.trackingNo, MARCH_2026, 'rejected', FIRST_MINUTE_2570, 8, true],
      [year.withdrawnCouncil.trackingNo, MARCH_2026, 'withdrawn', MARCH_2026, null, false],
      [year.lastAwaiting.trackingNo, LAST_MINUTE_2569, 'awaiting_council', null, null, false],
    ]);
    expect(council.rows[0]).toMatchObject({ type: 'transfer', centralFundItem: null, ruleId: 'B7', amountSatang: 300_000_000 });
    const transfers: CouncilReportTotals = {
      count: 4,
      amountSatang: 483_456_790,
      approvedCount: 1,
      approvedSatang: 300_000_000,
      rejectedCount: 1,
      rejectedSatang: 123_456_789,
      awaitingCount: 1,
      awaitingSatang: 50_000_001,
      withdrawnCount: 1,
      withdrawnSatang: 10_000_000,
    };
    expect(council.byType).toEqual([{ type: 'transfer', ...transfers }]);
    expect(council.total).toEqual(transfers);
  });

  it('finds nothing in a year without decisions, and the previous year holds what fell before 1 October', async () => {
    const empty = (await report(office.level5, '?fiscalYear=2567')).body;
    expect(empty.centralFund.rows).toEqual([]);
    expect(empty.centralFund.total).toEqual(zero);
    expect(empty.council.byType).toEqual([]);
    const previous = (await report(office.level5, '?fiscalYear=2568')).body;
    expect(previous.centralFund.rows.map((r) => [r.title, r.decidedAt])).toEqual([['ค่าใช้จ่ายป้องกันน้ำท่วม ปีงบประมาณก่อน', LAST_MINUTE_2568]]);
    expect(previous.council.rows.map((r) => [r.title, r.outcome])).toEqual([['โอนงบประมาณ เสนอสภาฯ ปีก่อน', 'approved']]);
  });
});

describe('the Council report as XLSX', () => {
  it('has Thai sheets and headers, BE dates, and money as numbers in baht whose totals equal the JSON', async () => {
    const json = (await report(office.level6)).body;
    const res = await download(t, '/api/council-report/xlsx?fiscalYear=2569', await signIn(t, office.level6));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('รายงานสภากรุงเทพมหานคร-งบกลาง-2569.xlsx'));

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.bytes.buffer as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['งบกลาง', 'คำขอที่เสนอสภาฯ', 'สรุปยอดรวม', 'งบกลางตามบัญชี']);

    const central = workbook.getWorksheet('งบกลาง');
    if (!central) throw new Error('no central-fund sheet');
    expect(String(central.getCell('A1').value)).toContain('ประจำปีงบประมาณ พ.ศ. 2569');
    expect((central.getRow(3).values as unknown[]).slice(1)).toEqual([
      'ลำดับ',
      'เลขที่คำขอ',
      'หน่วยรับงบประมาณ',
      'รายการงบกลาง',
      'เรื่อง',
      'จำนวนเงิน (บาท)',
      'วันที่ส่งคำขอ',
      'วันที่พิจารณา',
      'ผลการพิจารณา',
      'ผู้พิจารณา',
    ]);
    const first = central.getRow(4);
    expect(first.getCell(2).value).toBe(year.emergency.trackingNo);
    expect(first.getCell(4).value).toBe('เงินสำรองจ่ายกรณีฉุกเฉินหรือจำเป็น');
    expect(first.getCell(6).value).toBe(12_345_678.9);
    expect(first.getCell(6).numFmt).toBe('#,##0.00');
    expect(first.getCell(7).value).toBe('15 ก.ย. 2568');
    expect(first.getCell(8).value).toBe('1 ต.ค. 2568');
    expect(first.getCell(10).value).toBe('ระดับ 8 รองผู้ว่าราชการกรุงเทพมหานคร');
    expect(central.getRow(7).getCell(9).value).toBe('ไม่อนุมัติ');
    // The rows' amounts add up to the JSON's total, and the totals row says the same.
    const amounts = [4, 5, 6, 7].map((r) => Math.round(Number(central.getRow(r).getCell(6).value) * 100));
    expect(amounts.reduce((a, b) => a + b, 0)).toBe(json.centralFund.total.amountSatang);
    expect(central.getRow(8).getCell(2).value).toBe('รวมทั้งสิ้น 4 เรื่อง');
    expect(Math.round(Number(central.getRow(8).getCell(6).value) * 100)).toBe(json.centralFund.total.amountSatang);

    const council = workbook.getWorksheet('คำขอที่เสนอสภาฯ');
    expect(council?.getRow(4).getCell(11).value).toBe('สภากรุงเทพมหานครเห็นชอบ');
    expect(council?.getRow(4).getCell(12).value).toBe('สภากรุงเทพมหานคร');
    expect(council?.getRow(7).getCell(11).value).toBe('รอสภากรุงเทพมหานครพิจารณา');

    const totals = workbook.getWorksheet('สรุปยอดรวม');
    if (!totals) throw new Error('no totals sheet');
    const byLabel = new Map<string, unknown[]>();
    totals.eachRow((row) => {
      const values = (row.values as unknown[]).slice(1);
      if (typeof values[1] === 'string') byLabel.set(values[1], values);
    });
    const satang = (value: unknown) => Math.round(Number(value) * 100);
    const emergencyLine = byLabel.get('เงินสำรองจ่ายกรณีฉุกเฉินหรือจำเป็น') ?? [];
    expect(emergencyLine[2]).toBe(2);
    expect(satang(emergencyLine[3])).toBe(1_304_567_915);
    const part1 = byLabel.get('รวมทั้งสิ้น ส่วนที่ 1') ?? [];
    expect([part1[2], satang(part1[3]), part1[4], satang(part1[5]), part1[6], satang(part1[7])]).toEqual([
      json.centralFund.total.count,
      json.centralFund.total.amountSatang,
      json.centralFund.total.approvedCount,
      json.centralFund.total.approvedSatang,
      json.centralFund.total.rejectedCount,
      json.centralFund.total.rejectedSatang,
    ]);
    const part2 = byLabel.get('รวมทั้งสิ้น ส่วนที่ 2') ?? [];
    expect(part2.slice(2).map((v, i) => (i % 2 === 1 ? satang(v) : v))).toEqual([
      json.council.total.count,
      json.council.total.amountSatang,
      json.council.total.approvedCount,
      json.council.total.approvedSatang,
      json.council.total.rejectedCount,
      json.council.total.rejectedSatang,
      json.council.total.awaitingCount,
      json.council.total.awaitingSatang,
      json.council.total.withdrawnCount,
      json.council.total.withdrawnSatang,
    ]);
  });
});

describe('who may read the Council report', () => {
  it('refuses units, analysts and division directors with a Thai message, on both the JSON and the XLSX', async () => {
    for (const user of [office.unitK01, office.analystA, office.directorDivision1]) {
      const res = await report(user);
      expect(res.status, user.username).toBe(403);
      expect(res.body.error).toEqual({ code: 'forbidden', message: 'คุณไม่มีสิทธิ์ดำเนินการนี้' });
      expect((await download(t, '/api/council-report/xlsx?fiscalYear=2569', await signIn(t, user))).status).toBe(403);
    }
    for (const user of [office.level5, office.level7, office.level8, office.admin])
      expect((await report(user)).status, user.username).toBe(200);
  });

  it('lets a division director read it while acting at level 5', async () => {
    expect((await report(office.directorDivision2)).status).toBe(403);
    const now = t.clock.now().getTime();
    const appointed = await call(t, 'POST', '/api/appointments', {
      cookie: await signIn(t, office.admin),
      body: {
        actingUserId: office.directorDivision2.id,
        forLevel: 5,
        startsAt: new Date(now).toISOString(),
        endsAt: new Date(now + 86_400_000).toISOString(),
        reason: 'รองผู้อำนวยการลาพักผ่อน',
        ...TEST_ORDER,
      },
    });
    expect(appointed.status, JSON.stringify(appointed.body)).toBe(201);
    const res = await report(office.directorDivision2);
    expect(res.status).toBe(200);
    expect(res.body.centralFund.total.count).toBe(4);
    await call(t, 'DELETE', `/api/appointments/${appointed.body.id}`, { cookie: await signIn(t, office.admin) });
  });

  it('covers only the agencies assigned to an executive who has some', async () => {
    await t.handle.db.insertInto('executive_scopes').values({ user_id: office.level7.id, unit_code: 'D05' }).execute();
    const limited = (await report(office.level7)).body;
    expect(limited.allUnits).toBe(false);
    expect(limited.centralFund.rows).toEqual([]);
    expect(limited.council.total.count).toBe(0);
    await t.handle.db.deleteFrom('executive_scopes').where('user_id', '=', office.level7.id).execute();
    expect((await report(office.level7)).body.centralFund.total.count).toBe(4);
  });

  it('answers 400 in Thai for a fiscal year that is missing, not a number or out of range', async () => {
    for (const query of ['', '?fiscalYear=abc', '?fiscalYear=2025', '?fiscalYear=2568.5', '?fiscalYear=2569&extra=1']) {
      const res = await report(office.level6, query);
      expect(res.status, query).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
      expect(res.body.error.message).toBe('ข้อมูลไม่ถูกต้อง');
      expect(res.body.error.issues?.[0]?.message, query).toMatch(/[\u0E00-\u0E7F]/);
    }
  });
});
