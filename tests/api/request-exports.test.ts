// Request exports: the list with its filters and the caller's scope, and a request's history, as CSV (BOM, Thai,
// formula-safe) and XLSX (Thai headers, money as baht numbers, BE dates), streamed page by page.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { requestStateColumns } from '@bmrts/db';
import { initialMachineState } from '@bmrts/shared';
import { makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice, type Office } from '../support/office';
import { call } from '../support/http-client';
import { Actors, approveToTop, createDraft, send } from '../support/workflow';
import { allotment, councilTransfer } from '../support/requests';
import { csvLines, downloadFile, readWorkbook, sheetRows } from '../support/exports';

let t: TestApp;
let office: Office;
let actors: Actors;

beforeEach(async () => {
  t = await makeTestApp();
  office = await buildOffice(t.handle.db);
  actors = new Actors(t);
});
afterEach(() => t.close());

async function someRequests() {
  const k01Approved = await approveToTop(
    t,
    actors,
    office,
    await send(t, actors, office.unitK01, await createDraft(t, actors, office.unitK01, allotment({ amountSatang: 123_456_789 })), 'SUBMIT'),
  );
  t.clock.advanceMinutes(5);
  const k01Formula = await createDraft(
    t,
    actors,
    office.unitK01,
    allotment({ title: '=HYPERLINK("http://x.example","คลิก")', amountSatang: 50 }),
  );
  t.clock.advanceMinutes(5);
  const d05 = await send(t, actors, office.unitD05, await createDraft(t, actors, office.unitD05, councilTransfer()), 'SUBMIT');
  return { k01Approved, k01Formula, d05 };
}

describe('the request list as CSV', () => {
  it('has a byte-order mark, Thai headers, BE dates and exact baht, and only the caller’s unit', async () => {
    const { k01Approved, d05 } = await someRequests();
    const res = await downloadFile(t, '/api/requests/export?format=csv', await actors.cookie(office.unitK01));
    expect(res.status).toBe(200);
    expect([...res.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('คำขอ-2026-03-02.csv')}`);
    const lines = csvLines(res.text);
    expect(lines[0]).toBe(
      'เลขที่คำขอ,ประเภทคำขอ,รหัสหน่วยงาน,หน่วยงาน,ปีงบประมาณ (พ.ศ.),เรื่อง,งบรายจ่าย,จำนวนเงิน (บาท),สถานะ,ระดับการพิจารณา,ระดับที่มีอำนาจอนุมัติ,วันที่สร้าง,วันที่ส่ง,วันที่เข้าระดับปัจจุบัน,วันที่สิ้นสุด,เลขที่หนังสือ,หนังสือลงวันที่',
    );
    expect(lines).toHaveLength(3); // the header and K01's two requests; D05's is outside the unit's scope
    expect(res.text).not.toContain(d05.trackingNo);
    const approved = lines.find((l) => l.startsWith(k01Approved.trackingNo)) ?? '';
    // 123,456,789 satang exactly; created 10:00 Bangkok on 2 March 2026 = 02/03/2569 BE.
    expect(approved).toContain(',1234567.89,อนุมัติแล้ว,4,4,02/03/2569 10:00,02/03/2569 10:00,');
    expect(approved).toContain('ขออนุมัติเงินจัดสรร (เงินประจำงวด),K01,');
  });

  it('keeps a formula in a title from running', async () => {
    await someRequests();
    const res = await downloadFile(t, '/api/requests/export?format=csv', await actors.cookie(office.unitK01));
    expect(res.text).toContain(`"'=HYPERLINK(""http://x.example"",""คลิก"")"`);
  });

  it('applies the list’s filters', async () => {
    const { k01Approved } = await someRequests();
    const executive = await actors.cookie(office.level8);
    const all = csvLines((await downloadFile(t, '/api/requests/export?format=csv', executive)).text);
    expect(all).toHaveLength(4);
    const approved = csvLines((await downloadFile(t, '/api/requests/export?format=csv&status=approved', executive)).text);
    expect(approved).toHaveLength(2);
    expect(approved[1]).toMatch(new RegExp(`^${k01Approved.trackingNo},`));
    const transfers = csvLines((await downloadFile(t, '/api/requests/export?format=csv&type=transfer&unit=D05', executive)).text);
    expect(transfers).toHaveLength(2);
    expect(transfers[1]).toContain(',D05,');
  });

  it('refuses an unknown format or reversed dates with a Thai message, and anonymous callers', async () => {
    const cookie = await actors.cookie(office.unitK01);
    const bad = await call(t, 'GET', '/api/requests/export?format=pdf', { cookie });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('validation_failed');
    expect((await call(t, 'GET', '/api/requests/export?format=csv&createdFrom=2026-03-02&createdTo=2026-03-01', { cookie })).status).toBe(
      400,
    );
    expect((await call(t, 'GET', '/api/requests/export?format=csv')).status).toBe(401);
  });
});

describe('the request list as XLSX', () => {
  it('opens in exceljs with Thai headers, money as baht numbers formatted #,##0.00 and dates shown in BE', async () => {
    const { k01Approved } = await someRequests();
    const res = await downloadFile(t, '/api/requests/export?format=xlsx&status=approved', await actors.cookie(office.level8));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('คำขอ-2026-03-02.xlsx'));
    const workbook = await readWorkbook(res.bytes);
    const sheet = workbook.worksheets[0];
    expect(sheet?.name).toBe('คำขอ');
    const rows = sheetRows(workbook);
    expect(rows[0]?.slice(0, 8)).toEqual([
      'เลขที่คำขอ',
      'ประเภทคำขอ',
      'รหัสหน่วยงาน',
      'หน่วยงาน',
      'ปีงบประมาณ (พ.ศ.)',
      'เรื่อง',
      'งบรายจ่าย',
      'จำนวนเงิน (บาท)',
    ]);
    expect(rows).toHaveLength(2);
    expect(rows[1]?.[0]).toBe(k01Approved.trackingNo);
    expect(rows[1]?.[7]).toBe(1234567.89);
    expect(sheet?.getCell('H2').numFmt).toBe('#,##0.00');
    // A real date cell (Bangkok wall clock) whose format uses the Thai Buddhist calendar.
    const created = sheet?.getCell('L2');
    expect(created?.value).toEqual(new Date('2026-03-02T10:00:00.000Z'));
    expect(created?.numFmt).toBe('[$-107041E]dd/mm/yyyy hh:mm');
  });
});

describe('streaming', () => {
  async function insertRequests(count: number) {
    const rows = Array.from({ length: count }, (_, i) => {
      const at = new Date(Date.parse('2026-01-01T03:00:00.000Z') + i * 60_000).toISOString();
      return {
        id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        tracking_no: `ALT-2569-${String(100_000 + i).padStart(6, '0')}`,
        type: 'allotment',
        unit_code: 'K01',
        fiscal_year: 2569,
        title: `คำขอที่ ${i} ${'ก'.repeat(80)}`,
        justification: '',
        amount_satang: 100 * i,
        category: 'operating',
        details: '{}',
        ...requestStateColumns(initialMachineState()),
        route_reason_th: null,
        route_reason_en: null,
        version: 1,
        created_by: office.unitK01.id,
        created_at: at,
        updated_at: at,
        submitted_at: null,
        level_entered_at: at,
        decided_at: null,
      };
    });
    for (let i = 0; i < rows.length; i += 500)
      await t.handle.db
        .insertInto('requests')
        .values(rows.slice(i, i + 500))
        .execute();
  }

  it('reads the next page only when the client reads on (CSV), so a long list is never held whole', async () => {
    await insertRequests(1200);
    const res = await t.app.request('/api/requests/export?format=csv', { headers: { cookie: await actors.cookie(office.unitK01) } });
    expect(res.headers.get('content-length')).toBeNull();
    const reader = res.body!.getReader(); // a 200 export always has a body
    const decoder = new TextDecoder();
    let text = decoder.decode((await reader.read()).value, { stream: true }); // the header
    text += decoder.decode((await reader.read()).value, { stream: true }); // the first page of 500
    // A request older than all others, added after the first page went out, still arrives on a later page.
    await t.handle.db.updateTable('requests').set({ title: 'แก้ไขหลังหน้าแรก' }).where('tracking_no', '=', 'ALT-2569-100000').execute();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    expect(csvLines(text)).toHaveLength(1201);
    expect(text).toContain('ALT-2569-100000,');
    expect(text).toContain('แก้ไขหลังหน้าแรก');
  });

  it('writes a long XLSX list in many chunks with every row', async () => {
    await insertRequests(3000);
    const res = await downloadFile(t, '/api/requests/export?format=xlsx', await actors.cookie(office.unitK01));
    expect(res.status).toBe(200);
    expect(res.chunks).toBeGreaterThan(3);
    expect(sheetRows(await readWorkbook(res.bytes))).toHaveLength(3001);
  });
});

describe('the inbox', () => {
  it('exports what waits for the reviewer, and nothing that waits elsewhere', async () => {
    const { k01Approved, d05 } = await someRequests();
    const waiting = csvLines((await downloadFile(t, '/api/inbox/export?format=csv', await actors.cookie(office.analystB))).text);
    expect(waiting).toHaveLength(2);
    expect(waiting[1]).toMatch(new RegExp(`^${d05.trackingNo},`));
    const none = csvLines((await downloadFile(t, '/api/inbox/export?format=csv', await actors.cookie(office.analystA))).text);
    expect(none).toHaveLength(1); // K01's requests are approved or still drafts
    expect(none.join()).not.toContain(k01Approved.trackingNo);
  });
});

describe('a request’s history', () => {
  it('exports every event in Thai, for whoever may see the request, and is not found for anyone else', async () => {
    const { k01Approved } = await someRequests();
    const path = `/api/requests/${k01Approved.id}/history/export?format=csv`;
    const res = await downloadFile(t, path, await actors.cookie(office.unitK01));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent(`ประวัติ-${k01Approved.trackingNo}.csv`));
    const lines = csvLines(res.text);
    expect(lines[0]).toBe('ลำดับ,วันที่เวลา,การดำเนินการ,จากสถานะ,เป็นสถานะ,จากระดับ,ถึงระดับ,ผู้ดำเนินการ,ในนามของ (รักษาราชการแทน),ตามคำสั่ง,ความเห็น');
    expect(lines).toHaveLength(1 + k01Approved.history.length);
    expect(lines[1]).toMatch(/^1,02\/03\/2569 10:00,ส่งคำขอ,ร่าง,อยู่ระหว่างพิจารณา,1,2,คุณ k01,,,$/);
    expect(lines.at(-1)).toContain('เห็นชอบ / อนุมัติ,อยู่ระหว่างพิจารณา,อนุมัติแล้ว,4,4,คุณ director-1,,,เห็นควรอนุมัติ (ระดับ 4)');

    const xlsx = await downloadFile(t, path.replace('csv', 'xlsx'), await actors.cookie(office.analystA));
    const rows = sheetRows(await readWorkbook(xlsx.bytes));
    expect(rows[0]?.[2]).toBe('การดำเนินการ');
    expect(rows).toHaveLength(1 + k01Approved.history.length);

    expect((await call(t, 'GET', path, { cookie: await actors.cookie(office.unitD05) })).status).toBe(404);
  });
});
