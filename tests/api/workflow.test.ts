// A request's whole path over HTTP: from draft up every level its rule requires, through return, resubmit and the Council.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestView } from '@bmrts/shared';
import { makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice, type Office } from '../support/office';
import { call } from '../support/http-client';
import { Actors, approveToTop, createDraft, send } from '../support/workflow';
import { councilTransfer, multiYearAllotment, smallAllotment } from '../support/requests';

let t: TestApp;
let office: Office;
let actors: Actors;

beforeEach(async () => {
  t = await makeTestApp();
  office = await buildOffice(t.handle.db);
  actors = new Actors(t);
});
afterEach(() => t.close());

describe('the approval workflow over HTTP', () => {
  it('creates a draft with a tracking number, held by the unit at level 1', async () => {
    const draft = await createDraft(t, actors, office.unitK01, smallAllotment());
    expect(draft.trackingNo).toBe('ALT-2569-000001');
    expect(draft).toMatchObject({ status: 'draft', level: 1, finalLevel: null, unitCode: 'K01', version: 1, amountSatang: 200_000_000 });
    expect(draft.allowedActions).toEqual(['SUBMIT', 'WITHDRAW']);
    expect(draft.history).toEqual([]);
    const second = await createDraft(t, actors, office.unitK01, smallAllotment());
    expect(second.trackingNo).toBe('ALT-2569-000002');
  });

  it('routes an operating allotment of 2 M baht to level 4 and approves it level by level', async () => {
    const draft = await createDraft(t, actors, office.unitK01, smallAllotment());
    const submitted = await send(t, actors, office.unitK01, draft, 'SUBMIT');
    expect(submitted).toMatchObject({ status: 'in_review', level: 2, finalLevel: 4, ruleId: 'A2', council: 'none', version: 2 });
    expect(submitted.routeReason?.th).toContain('ไม่เกิน 10 ล้านบาท');
    expect(submitted.allowedActions).toEqual(['WITHDRAW']);

    const atAnalyst = await call<RequestView>(t, 'GET', `/api/requests/${draft.id}`, { cookie: await actors.cookie(office.analystA) });
    expect(atAnalyst.body.allowedActions).toEqual(['APPROVE', 'RETURN', 'REJECT']);

    const approved = await approveToTop(t, actors, office, submitted);
    expect(approved).toMatchObject({ status: 'approved', level: 4, version: 5 });
    expect(approved.history.map((h) => [h.type, h.fromLevel, h.toLevel, h.actor.id])).toEqual([
      ['SUBMIT', 1, 2, office.unitK01.id],
      ['APPROVE', 2, 3, office.analystA.id],
      ['APPROVE', 3, 4, office.headSection1.id],
      ['APPROVE', 4, 4, office.directorDivision1.id],
    ]);
    expect(approved.history[1]?.comment).toBe('เห็นควรอนุมัติ (ระดับ 2)');
    expect(approved.history.every((h) => h.at === '2026-03-02T03:00:00.000Z')).toBe(true);
    expect(approved.allowedActions).toEqual([]);
  });

  it('climbs all eight levels for a multi-year allotment', async () => {
    const draft = await createDraft(t, actors, office.unitK01, multiYearAllotment());
    const submitted = await send(t, actors, office.unitK01, draft, 'SUBMIT');
    expect(submitted).toMatchObject({ finalLevel: 8, ruleId: 'A6' });
    const approved = await approveToTop(t, actors, office, submitted);
    expect(approved.status).toBe('approved');
    expect(approved.history.filter((h) => h.type === 'APPROVE').map((h) => h.fromLevel)).toEqual([2, 3, 4, 5, 6, 7, 8]);
  });

  it('returns a request to the unit with a comment, and the resubmitted request starts again at level 2', async () => {
    const draft = await createDraft(t, actors, office.unitK01, smallAllotment());
    let request = await send(t, actors, office.unitK01, draft, 'SUBMIT');
    request = await send(t, actors, office.analystA, request, 'APPROVE');
    request = await send(t, actors, office.headSection1, request, 'RETURN', 'กรุณาแนบแผนการใช้จ่ายงบประมาณ');
    expect(request).toMatchObject({ status: 'returned', level: 1 });

    const unitView = await call<RequestView>(t, 'GET', `/api/requests/${request.id}`, { cookie: await actors.cookie(office.unitK01) });
    expect(unitView.body.allowedActions).toEqual(['WITHDRAW', 'RESUBMIT']);

    t.clock.advanceMinutes(30);
    const edited = await call<RequestView>(t, 'PUT', `/api/requests/${request.id}`, {
      cookie: await actors.cookie(office.unitK01),
      body: { version: request.version, content: { ...smallAllotment(), title: 'ขออนุมัติเงินประจำงวด (แก้ไขตามข้อสังเกต)' } },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.title).toBe('ขออนุมัติเงินประจำงวด (แก้ไขตามข้อสังเกต)');

    request = await send(t, actors, office.unitK01, edited.body, 'RESUBMIT', 'แนบแผนแล้ว');
    expect(request).toMatchObject({ status: 'in_review', level: 2 });
    request = await approveToTop(t, actors, office, request);
    expect(request.status).toBe('approved');
    const returned = request.history.find((h) => h.type === 'RETURN');
    expect(returned).toMatchObject({
      fromLevel: 3,
      toLevel: 1,
      comment: 'กรุณาแนบแผนการใช้จ่ายงบประมาณ',
      actor: { id: office.headSection1.id },
    });
    expect(request.history.map((h) => h.type)).toEqual(['SUBMIT', 'APPROVE', 'RETURN', 'RESUBMIT', 'APPROVE', 'APPROVE', 'APPROVE']);
  });

  it('sends a request back one level for rework', async () => {
    let request = await send(t, actors, office.unitK01, await createDraft(t, actors, office.unitK01, smallAllotment()), 'SUBMIT');
    request = await send(t, actors, office.analystA, request, 'APPROVE');
    request = await send(t, actors, office.headSection1, request, 'SEND_BACK', 'ตรวจสอบตัวเลขอีกครั้ง');
    expect(request).toMatchObject({ status: 'in_review', level: 2 });
    expect(request.history.at(-1)).toMatchObject({ type: 'SEND_BACK', fromLevel: 3, toLevel: 2 });
  });

  it('rejects with a comment, and a rejected request is closed', async () => {
    let request = await send(t, actors, office.unitK01, await createDraft(t, actors, office.unitK01, smallAllotment()), 'SUBMIT');
    request = await send(t, actors, office.analystA, request, 'REJECT', 'ไม่อยู่ในแผนงาน');
    expect(request).toMatchObject({ status: 'rejected', level: 2 });
    expect(request.allowedActions).toEqual([]);
  });

  it('lets the unit withdraw a request in review', async () => {
    let request = await send(t, actors, office.unitK01, await createDraft(t, actors, office.unitK01, smallAllotment()), 'SUBMIT');
    request = await send(t, actors, office.unitK01, request, 'WITHDRAW');
    expect(request.status).toBe('withdrawn');
  });

  it('takes a transfer between units to the BMA Council after level 8', async () => {
    let request = await send(t, actors, office.unitK01, await createDraft(t, actors, office.unitK01, councilTransfer()), 'SUBMIT');
    expect(request).toMatchObject({ finalLevel: 8, ruleId: 'B7', council: 'approve' });
    request = await approveToTop(t, actors, office, request);
    expect(request).toMatchObject({ status: 'awaiting_council', level: 8 });
    expect(request.allowedActions).toEqual(['COUNCIL_APPROVE', 'COUNCIL_REJECT']);
    request = await send(t, actors, office.level8, request, 'COUNCIL_APPROVE', 'สภากรุงเทพมหานครเห็นชอบ');
    expect(request.status).toBe('approved');
    expect(request.history.at(-1)).toMatchObject({ type: 'COUNCIL_APPROVE', fromStatus: 'awaiting_council', toStatus: 'approved' });
  });
});
