// The money behind each request (issue 16): requests name real budget lines; the approval that makes a request final
// re-reads the lines it draws on and is refused, with the line, what is left and what was asked, if one would go below
// zero, changing nothing; otherwise it moves the money in the ledger. Reviewers see the balances and pending claims.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isPostgres, verifyHistory, verifyLedger, type NewBudgetLine } from '@bmrts/db';
import type { RequestBudget, RequestContentInput, RequestView } from '@bmrts/shared';
import { sql } from 'kysely';
import { anotherAppOn, makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice, k01ReviewerAt, type Office } from '../support/office';
import { call } from '../support/http-client';
import { Actors, createDraft, send } from '../support/workflow';
import { allotment, centralFund, transferWithinPlan } from '../support/requests';
import { addLine, allotmentOn } from '../support/budget-lines';

const BAHT = 100;
const MILLION_BAHT = 1_000_000 * BAHT;

let t: TestApp;
let office: Office;
let actors: Actors;

beforeEach(async () => {
  t = await makeTestApp();
  office = await buildOffice(t.handle.db);
  actors = new Actors(t);
});
afterEach(() => t.close());

const line = (overrides: Partial<NewBudgetLine> & { appropriationSatang: number }) => addLine(t.handle.db, overrides);

/** Submitted and approved up to (not including) its final level: the next approval makes it final. */
async function atFinalLevel(content: RequestContentInput, unit = office.unitK01): Promise<RequestView> {
  let current = await send(t, actors, unit, await createDraft(t, actors, unit, content), 'SUBMIT');
  while (current.level < (current.finalLevel ?? 0)) {
    current = await send(t, actors, k01ReviewerAt(office, current.level), current, 'APPROVE');
  }
  return current;
}

async function approve(request: RequestView, lang: 'th' | 'en' = 'th') {
  return call<RequestView & { error?: { code: string; message: string } }>(t, 'POST', `/api/requests/${request.id}/events`, {
    cookie: await actors.cookie(k01ReviewerAt(office, request.level)),
    body: { type: 'APPROVE', version: request.version },
    lang,
  });
}

async function lineRow(id: string) {
  return t.handle.db.selectFrom('budget_lines').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}
async function entriesOf(requestId: string) {
  return t.handle.db
    .selectFrom('budget_ledger')
    .select(['line_id', 'kind', 'amount_satang'])
    .where('request_id', '=', requestId)
    .orderBy('kind')
    .execute();
}
async function panel(request: RequestView, user = k01ReviewerAt(office, request.level)): Promise<RequestBudget> {
  const res = await call<RequestBudget>(t, 'GET', `/api/requests/${request.id}/budget`, { cookie: await actors.cookie(user) });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

describe('an allotment', () => {
  it('above what is left on its line is refused at its final level with the line and the amounts, changing nothing', async () => {
    const lineId = await line({ appropriationSatang: 1 * MILLION_BAHT, item: 'ค่าจ้างเหมาทำความสะอาด' });
    const request = await atFinalLevel(allotmentOn(lineId, 2 * MILLION_BAHT));
    const before = await lineRow(lineId);
    const history = await t.handle.db.selectFrom('request_events').select('id').where('request_id', '=', request.id).execute();

    const refused = await approve(request);
    expect(refused.status).toBe(422);
    expect(refused.body.error?.code).toBe('budget_insufficient');
    expect(refused.body.error?.message).toBe(
      `ยอดคงเหลือของรายการ ${before.code} ค่าจ้างเหมาทำความสะอาด ไม่พอ: คงเหลือ 1,000,000.00 บาท ขอ 2,000,000.00 บาท`,
    );
    const english = await approve(request, 'en');
    expect(english.body.error?.message).toBe(
      `Not enough left on line ${before.code} ค่าจ้างเหมาทำความสะอาด: 1,000,000.00 baht left, 2,000,000.00 baht asked`,
    );

    const stored = await t.handle.db
      .selectFrom('requests')
      .select(['status', 'level', 'version'])
      .where('id', '=', request.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ status: 'in_review', level: request.level, version: request.version });
    expect(await lineRow(lineId)).toEqual(before);
    expect(await entriesOf(request.id)).toEqual([]);
    expect(await t.handle.db.selectFrom('request_events').select('id').where('request_id', '=', request.id).execute()).toEqual(history);
    // The reviewer saw it coming: the panel says the line is short.
    const shown = await panel(request);
    expect(shown).toMatchObject({ checked: true, posted: false });
    expect(shown.lines).toMatchObject([
      {
        id: lineId,
        role: 'draw',
        amountSatang: 2 * MILLION_BAHT,
        enough: false,
        afterSatang: -1 * MILLION_BAHT,
        totals: { remainingSatang: MILLION_BAHT },
      },
    ]);
  });

  it('within what is left is approved, and its approval moves the money in the ledger', async () => {
    const lineId = await line({ appropriationSatang: 5 * MILLION_BAHT });
    const request = await atFinalLevel(allotmentOn(lineId, 2 * MILLION_BAHT));
    const earlier = await panel(request);
    expect(earlier.lines[0]).toMatchObject({ enough: true, afterSatang: 3 * MILLION_BAHT, totals: { remainingSatang: 5 * MILLION_BAHT } });

    const approved = await approve(request);
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.status).toBe('approved');
    expect(await entriesOf(request.id)).toEqual([{ line_id: lineId, kind: 'allotment', amount_satang: 2 * MILLION_BAHT }]);
    expect(Number((await lineRow(lineId)).allotted_satang)).toBe(2 * MILLION_BAHT);
    const after = await panel(request, office.unitK01);
    expect(after).toMatchObject({ checked: true, posted: true });
    expect(after.lines[0]).toMatchObject({
      afterSatang: 3 * MILLION_BAHT,
      totals: { allottedSatang: 2 * MILLION_BAHT, remainingSatang: 3 * MILLION_BAHT },
    });
    expect((await verifyHistory(t.handle.db)).ok).toBe(true);
  });

  it('shows the reviewer the other requests in review that draw on the same line', async () => {
    const lineId = await line({ appropriationSatang: 10 * MILLION_BAHT });
    const first = await atFinalLevel(allotmentOn(lineId, 3 * MILLION_BAHT, 'คำขอแรก'));
    t.clock.advanceMinutes(30);
    const second = await atFinalLevel(allotmentOn(lineId, 4 * MILLION_BAHT, 'คำขอที่สอง'));
    const shown = await panel(second);
    expect(shown.lines[0]?.pending).toEqual({ count: 1, amountSatang: 3 * MILLION_BAHT, oldestSubmittedAt: first.submittedAt });
    // A draft is no claim yet.
    await createDraft(t, actors, office.unitK01, allotmentOn(lineId, 1 * MILLION_BAHT, 'ร่างคำขอ'));
    expect((await panel(second)).lines[0]?.pending.count).toBe(1);
    const listed = await call<{ items: { id: string; pending: { count: number; amountSatang: number } }[] }>(
      t,
      'GET',
      '/api/budget-lines?fiscalYear=2569&unit=K01',
      { cookie: await actors.cookie(office.analystA) },
    );
    expect(listed.body.items.find((l) => l.id === lineId)?.pending).toMatchObject({ count: 2, amountSatang: 7 * MILLION_BAHT });
  });
});

describe('a line’s pending claims', () => {
  it('are counted and summed on the line as requests go into review and leave it, as verify-ledger recomputes them', async () => {
    const lineId = await line({ appropriationSatang: 10 * MILLION_BAHT });
    const pendingOnLine = async () => {
      const verified = await verifyLedger(t.handle.db);
      expect(verified, JSON.stringify(verified)).toMatchObject({ ok: true });
      const row = await lineRow(lineId);
      return { count: Number(row.pending_count), amountSatang: Number(row.pending_satang) };
    };
    const unit = office.unitK01;
    let first = await createDraft(t, actors, unit, allotmentOn(lineId, 1 * MILLION_BAHT, 'คำขอแรก'));
    expect(await pendingOnLine()).toEqual({ count: 0, amountSatang: 0 });
    first = await send(t, actors, unit, first, 'SUBMIT');
    expect(await pendingOnLine()).toEqual({ count: 1, amountSatang: 1 * MILLION_BAHT });
    const second = await atFinalLevel(allotmentOn(lineId, 2 * MILLION_BAHT, 'คำขอที่สอง'));
    const third = await send(
      t,
      actors,
      unit,
      await createDraft(t, actors, unit, allotmentOn(lineId, 4 * MILLION_BAHT, 'คำขอที่สาม')),
      'SUBMIT',
    );
    expect(await pendingOnLine()).toEqual({ count: 3, amountSatang: 7 * MILLION_BAHT });
    // Moving from level to level, a request stays pending; returned to its unit, it is not; resubmitted, it is again.
    first = await send(t, actors, k01ReviewerAt(office, first.level), first, 'APPROVE');
    expect(await pendingOnLine()).toEqual({ count: 3, amountSatang: 7 * MILLION_BAHT });
    first = await send(t, actors, k01ReviewerAt(office, first.level), first, 'RETURN', 'ขอใบเสนอราคาเพิ่ม');
    expect(await pendingOnLine()).toEqual({ count: 2, amountSatang: 6 * MILLION_BAHT });
    first = await send(t, actors, unit, first, 'RESUBMIT');
    expect(await pendingOnLine()).toEqual({ count: 3, amountSatang: 7 * MILLION_BAHT });
    // Withdrawn, approved (the money moves) or rejected, it no longer claims anything.
    await send(t, actors, unit, third, 'WITHDRAW');
    expect(await pendingOnLine()).toEqual({ count: 2, amountSatang: 3 * MILLION_BAHT });
    expect((await approve(second)).status).toBe(200);
    expect(await pendingOnLine()).toEqual({ count: 1, amountSatang: 1 * MILLION_BAHT });
    expect(Number((await lineRow(lineId)).allotted_satang)).toBe(2 * MILLION_BAHT);
    await send(t, actors, k01ReviewerAt(office, first.level), first, 'REJECT', 'ไม่อยู่ในแผนงาน');
    expect(await pendingOnLine()).toEqual({ count: 0, amountSatang: 0 });
  });
});

describe('how the Office checks the money', () => {
  async function setCheck(body: unknown, user = office.admin) {
    return call(t, 'PUT', '/api/admin/budget-check', { cookie: await actors.cookie(user), body });
  }

  it('warns before the final level by default, and refuses at the levels an administrator names', async () => {
    const lineId = await line({ appropriationSatang: 1 * MILLION_BAHT });
    const submitted = await send(
      t,
      actors,
      office.unitK01,
      await createDraft(t, actors, office.unitK01, allotmentOn(lineId, 2 * MILLION_BAHT)),
      'SUBMIT',
    );
    // By default level 2 only sees the warning; its approval goes through.
    expect((await panel(submitted)).lines[0]?.enough).toBe(false);
    const atLevel3 = await approve(submitted);
    expect(atLevel3.status).toBe(200);

    expect((await setCheck({ enforceAtLevels: [3], reserveOnSubmit: false }, office.analystA)).status).toBe(403);
    const set = await setCheck({ enforceAtLevels: [3], reserveOnSubmit: false });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect((await call(t, 'GET', '/api/admin/budget-check', { cookie: await actors.cookie(office.admin) })).body).toEqual({
      enforceAtLevels: [3],
      reserveOnSubmit: false,
    });
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('action', '=', 'budget_check.replace')
      .execute();
    expect(audit).toHaveLength(1);

    const refused = await approve(atLevel3.body);
    expect(refused.status).toBe(422);
    expect(refused.body.error?.message).toContain('คงเหลือ 1,000,000.00 บาท ขอ 2,000,000.00 บาท');
    const stored = await t.handle.db
      .selectFrom('requests')
      .select(['level', 'version'])
      .where('id', '=', submitted.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ level: 3, version: atLevel3.body.version });
    // A level listed twice is a clear 400.
    const twice = await setCheck({ enforceAtLevels: [3, 3], reserveOnSubmit: false });
    expect(twice.status).toBe(400);
    expect(twice.body.error.issues[0].message).toContain('เลือกแต่ละระดับได้ครั้งเดียว');
  });

  it('with submissions reserving, a submission finds what others hold taken, until they are returned', async () => {
    expect((await setCheck({ enforceAtLevels: [], reserveOnSubmit: true })).status).toBe(200);
    const lineId = await line({ appropriationSatang: 10 * MILLION_BAHT });
    const first = await send(
      t,
      actors,
      office.unitK01,
      await createDraft(t, actors, office.unitK01, allotmentOn(lineId, 6 * MILLION_BAHT, 'คำขอแรก')),
      'SUBMIT',
    );
    const second = await createDraft(t, actors, office.unitK01, allotmentOn(lineId, 6 * MILLION_BAHT, 'คำขอที่สอง'));
    const refused = await call<{ error: { code: string; message: string } }>(t, 'POST', `/api/requests/${second.id}/events`, {
      cookie: await actors.cookie(office.unitK01),
      body: { type: 'SUBMIT', version: second.version },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toContain('คงเหลือ 4,000,000.00 บาท ขอ 6,000,000.00 บาท');
    expect((await t.handle.db.selectFrom('requests').select('status').where('id', '=', second.id).executeTakeFirstOrThrow()).status).toBe(
      'draft',
    );
    // Returned to its unit, the first holds nothing: the second goes in.
    await send(t, actors, office.analystA, first, 'RETURN', 'ขอใบเสนอราคาเพิ่ม');
    const submitted = await send(t, actors, office.unitK01, second, 'SUBMIT');
    expect(submitted.status).toBe('in_review');
    // Without reserving (the default), the same two would both have gone in, to be settled at the final level.
    expect((await setCheck({ enforceAtLevels: [], reserveOnSubmit: false })).status).toBe(200);
    const third = await createDraft(t, actors, office.unitK01, allotmentOn(lineId, 6 * MILLION_BAHT, 'คำขอที่สาม'));
    expect((await send(t, actors, office.unitK01, third, 'SUBMIT')).status).toBe('in_review');
  });
});

describe('what each level had before it', () => {
  it('is recorded with every decision inside the hash chain: the version, the content digest, the balances', async () => {
    const lineId = await line({ appropriationSatang: 5 * MILLION_BAHT, item: 'ค่าจ้างเหมาบริการรักษาความปลอดภัย' });
    const other = await atFinalLevel(allotmentOn(lineId, 1 * MILLION_BAHT, 'คำขออื่นบนรายการเดียวกัน'));
    const request = await atFinalLevel(allotmentOn(lineId, 2 * MILLION_BAHT));
    await approveAll(request);
    const view = await call<RequestView>(t, 'GET', `/api/requests/${request.id}`, { cookie: await actors.cookie(office.unitK01) });
    const decisions = view.body.history.filter((e) => e.type === 'APPROVE');
    expect(decisions.length).toBeGreaterThan(1);
    const { code } = await lineRow(lineId);
    for (const decision of decisions) {
      // Before the final approval moved anything: 5 M left, 1 M claimed by the other request in review.
      expect(decision.seen).toMatchObject({
        lines: [
          {
            code,
            item: 'ค่าจ้างเหมาบริการรักษาความปลอดภัย',
            role: 'draw',
            amountSatang: 2 * MILLION_BAHT,
            remainingSatang: 5 * MILLION_BAHT,
            pendingSatang: MILLION_BAHT,
          },
        ],
      });
      expect(decision.seen?.contentSha256).toMatch(/^[0-9a-f]{64}$/);
    }
    // Each decision was taken on the version it names: one higher at each step.
    const versions = decisions.map((d) => d.seen?.version ?? 0);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(other.status).toBe('in_review');
    expect((await verifyHistory(t.handle.db)).ok).toBe(true);

    // Changing what a level saw breaks the chain from that entry on.
    const last = await t.handle.db
      .selectFrom('request_events')
      .select(['id', 'seen'])
      .where('request_id', '=', request.id)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    await t.handle.db
      .updateTable('request_events')
      .set({ seen: (last.seen ?? '').replace(String(5 * MILLION_BAHT), String(9 * MILLION_BAHT)) })
      .where('id', '=', last.id)
      .execute();
    expect((await verifyHistory(t.handle.db)).ok).toBe(false);
  });
});

describe('a transfer', () => {
  function transferBetween(fromLineId: string, toLineId: string, amountSatang: number): RequestContentInput {
    const base = transferWithinPlan();
    if (base.type !== 'transfer') throw new Error('a transfer');
    return {
      ...base,
      amountSatang,
      details: { ...base.details, lines: [{ fromItem: 'ค่าวัสดุ', toItem: 'ค่าซ่อมแซม', amountSatang, fromLineId, toLineId }] },
    };
  }

  it('that would leave its source line below zero is refused; one within moves money from source to destination', async () => {
    const source = await line({ appropriationSatang: 5 * MILLION_BAHT, item: 'ค่าวัสดุ' });
    const destination = await line({ appropriationSatang: 1 * MILLION_BAHT, item: 'ค่าซ่อมแซม' });
    // 3 M already allotted from the source: 2 M left to move.
    await approveAll(await atFinalLevel(allotmentOn(source, 3 * MILLION_BAHT)));
    const tooMuch = await atFinalLevel(transferBetween(source, destination, 2.5 * MILLION_BAHT));
    const refused = await approve(tooMuch);
    expect(refused.status).toBe(422);
    expect(refused.body.error?.message).toContain('คงเหลือ 2,000,000.00 บาท ขอ 2,500,000.00 บาท');
    expect(await entriesOf(tooMuch.id)).toEqual([]);

    const fits = await atFinalLevel(transferBetween(source, destination, 2 * MILLION_BAHT));
    expect((await approve(fits)).status).toBe(200);
    expect(await entriesOf(fits.id)).toEqual([
      { line_id: destination, kind: 'transfer_in', amount_satang: 2 * MILLION_BAHT },
      { line_id: source, kind: 'transfer_out', amount_satang: 2 * MILLION_BAHT },
    ]);
    const panelAfter = await panel(fits, office.unitK01);
    expect(panelAfter.lines.map((l) => [l.id, l.totals.remainingSatang])).toEqual([
      [source, 0],
      [destination, 3 * MILLION_BAHT],
    ]);
  });
});

describe('a central-fund allocation', () => {
  it('above what is left on the central-fund item is refused; within it, the item pays the unit’s line', async () => {
    const fund = await line({
      kind: 'central',
      unitCode: null,
      category: 'central',
      item: 'เงินบำเหน็จบำนาญ',
      centralItem: 'pension',
      appropriationSatang: 12 * MILLION_BAHT,
    });
    const receiving = await line({ appropriationSatang: 0 });
    const content = (amount: number): RequestContentInput => {
      const base = centralFund('pension', amount);
      return { ...base, details: { item: 'pension', fundLineId: fund, receivingLineId: receiving } } as RequestContentInput;
    };
    const first = await atFinalLevel(content(10 * MILLION_BAHT));
    const second = await atFinalLevel(content(10 * MILLION_BAHT));
    expect((await approve(first)).status).toBe(200);
    const refused = await approve(second);
    expect(refused.status).toBe(422);
    expect(refused.body.error?.message).toBe(
      `ยอดคงเหลือของรายการ ${(await lineRow(fund)).code} เงินบำเหน็จบำนาญ ไม่พอ: คงเหลือ 2,000,000.00 บาท ขอ 10,000,000.00 บาท`,
    );
    expect(await entriesOf(first.id)).toEqual([
      { line_id: receiving, kind: 'central_in', amount_satang: 10 * MILLION_BAHT },
      { line_id: fund, kind: 'central_out', amount_satang: 10 * MILLION_BAHT },
    ]);
  });
});

describe('the lines a request names', () => {
  it('must be the unit’s own, of the request’s fiscal year, and the request’s central-fund item, said in words', async () => {
    const otherUnits = await line({ unitCode: 'D05', appropriationSatang: MILLION_BAHT });
    const otherYear = await line({ fiscalYear: 2568, appropriationSatang: MILLION_BAHT });
    const wrongItem = await line({
      kind: 'central',
      unitCode: null,
      category: 'central',
      centralItem: 'emergency_reserve',
      appropriationSatang: MILLION_BAHT,
    });
    const cookie = await actors.cookie(office.unitK01);
    const create = (body: RequestContentInput) => call(t, 'POST', '/api/requests', { cookie, body });
    const before = await t.handle.db.selectFrom('requests').select('id').execute();

    const notOwn = await create(allotmentOn(otherUnits, BAHT));
    expect(notOwn.status).toBe(400);
    expect(notOwn.body.error.issues).toEqual([
      { path: ['details', 'lineId'], message: 'รายการงบประมาณที่เลือกไม่ใช่ของหน่วยงานนี้ กรุณาเลือกรายการของหน่วยงานที่ยื่นคำขอ' },
    ]);
    expect((await create(allotmentOn(otherYear, BAHT))).body.error.issues[0].message).toContain('ปีงบประมาณอื่น');
    expect((await create(allotmentOn(crypto.randomUUID(), BAHT))).body.error.issues[0].message).toContain('ไม่พบรายการงบประมาณ');
    const central = { ...centralFund('pension', BAHT), details: { item: 'pension', fundLineId: wrongItem, receivingLineId: null } };
    expect((await create(central as RequestContentInput)).body.error.issues).toEqual([
      { path: ['details', 'fundLineId'], message: 'รายการงบกลางที่เลือกไม่ตรงกับรายการงบกลางของคำขอ' },
    ]);
    expect(await t.handle.db.selectFrom('requests').select('id').execute()).toEqual(before);
  });

  it('without a line (imported from the old sheet) is approved unchecked and says so', async () => {
    const request = await atFinalLevel(allotment({ amountSatang: 2 * MILLION_BAHT }));
    expect(await panel(request)).toEqual({ checked: false, posted: false, lines: [] });
    expect((await approve(request)).status).toBe(200);
  });
});

describe('final approvals racing for the last baht of a line', () => {
  it('have exactly one winner, through two servers on one database, and the line never goes below zero', async () => {
    const lineId = await line({ appropriationSatang: 10 * MILLION_BAHT });
    const requests: RequestView[] = [];
    for (let i = 0; i < 4; i++) requests.push(await atFinalLevel(allotmentOn(lineId, 6 * MILLION_BAHT, `คำขอที่ ${i + 1}`)));
    const cookie = await actors.cookie(k01ReviewerAt(office, requests[0]?.level ?? 0)); // signed in once, before the race
    const second = anotherAppOn(t);
    try {
      // On PostgreSQL another session holds the line while all four decisions start, so each has read its request
      // before any can read the line: only the lock the approval takes on the line keeps them from all reading 10 M
      // left. (On SQLite the one writer runs them one after another; a batch runs each in its own savepoint.)
      const answersOf = () =>
        Promise.all(
          requests.map((r, i) =>
            call(i % 2 === 0 ? t : second, 'POST', `/api/requests/${r.id}/events`, {
              cookie,
              body: { type: 'APPROVE', version: r.version },
            }),
          ),
        );
      let answers: Awaited<ReturnType<typeof answersOf>>;
      if (isPostgres(t.handle.db)) {
        let release = () => {};
        let locked = () => {};
        const isLocked = new Promise<void>((resolve) => (locked = resolve));
        const held = second.handle.db.transaction().execute(async (trx) => {
          await sql`select id from budget_lines where id = ${lineId} for update`.execute(trx);
          locked();
          await new Promise<void>((resolve) => (release = resolve));
        });
        await isLocked;
        const racing = answersOf();
        // Released once all four decisions wait on a lock (or after 5 s): whatever they read before waiting, they read.
        for (let waited = 0; waited < 5000; waited += 50) {
          const { rows } = await sql<{ n: number }>`
            select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`.execute(
            t.handle.db,
          );
          if ((rows[0]?.n ?? 0) >= requests.length) break;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        release();
        await held;
        answers = await racing;
      } else {
        answers = await answersOf();
      }
      expect(answers.map((a) => a.status).sort()).toEqual([200, 422, 422, 422]);
    } finally {
      await second.close();
    }
    const row = await lineRow(lineId);
    expect(Number(row.allotted_satang)).toBe(6 * MILLION_BAHT);
    const entries = await t.handle.db.selectFrom('budget_ledger').select('kind').where('line_id', '=', lineId).execute();
    expect(entries.map((e) => e.kind).sort()).toEqual(['allotment', 'opening']);
    expect((await verifyHistory(t.handle.db)).ok).toBe(true);
  });
});

async function approveAll(request: RequestView): Promise<void> {
  const res = await approve(request);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}
