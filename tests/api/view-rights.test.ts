// What the request view tells the caller they may do (mayEdit, mayAttach, mayRemove) and where it stands (position,
// nextIfApproved) is what the server then does: each answer is asked of the same rule the server refuses by.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { requestContentSchema, type Attachment, type RequestContentInput, type RequestView } from '@bmrts/shared';
import { makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice, type Office, type OfficeUser } from '../support/office';
import { call } from '../support/http-client';
import { Actors, approveToTop, createDraft, send } from '../support/workflow';
import { councilTransfer, smallAllotment } from '../support/requests';

let t: TestApp;
let office: Office;
let actors: Actors;

beforeEach(async () => {
  t = await makeTestApp();
  office = await buildOffice(t.handle.db);
  actors = new Actors(t);
});
afterEach(() => t.close());

const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');

async function viewAs(user: OfficeUser, id: string): Promise<RequestView> {
  const res = await call<RequestView>(t, 'GET', `/api/requests/${id}`, { cookie: await actors.cookie(user) });
  expect(res.status).toBe(200);
  return res.body;
}

/** What the view told `user` about editing, and whether the edit then went through. */
async function editAs(user: OfficeUser, id: string, content: RequestContentInput): Promise<{ told: boolean; done: boolean }> {
  const view = await viewAs(user, id);
  const res = await call(t, 'PUT', `/api/requests/${id}`, { cookie: await actors.cookie(user), body: { version: view.version, content } });
  return { told: view.mayEdit, done: res.status === 200 };
}

/** What the view told `user` about attaching, and whether the upload then went through. */
async function attachAs(user: OfficeUser, id: string): Promise<{ told: boolean; done: boolean; id?: string }> {
  const view = await viewAs(user, id);
  const form = new FormData();
  form.append('file', new File([PDF], `${user.username}.pdf`, { type: 'application/pdf' }));
  const res = await call<Attachment>(t, 'POST', `/api/requests/${id}/attachments`, { cookie: await actors.cookie(user), form });
  return { told: view.mayAttach, done: res.status === 201, ...(res.status === 201 ? { id: res.body.id } : {}) };
}

async function awaitingCouncil(): Promise<RequestView> {
  const request = await send(t, actors, office.unitK01, await createDraft(t, actors, office.unitK01, councilTransfer()), 'SUBMIT');
  const waiting = await approveToTop(t, actors, office, request);
  expect(waiting.status).toBe('awaiting_council');
  return waiting;
}

describe('what the request view says the caller may do', () => {
  it('carries the content typed as the unit wrote it, so a page shows and edits it without checking it again', async () => {
    const content = councilTransfer();
    const draft = await createDraft(t, actors, office.unitK01, content);
    const view = await viewAs(office.analystA, (await send(t, actors, office.unitK01, draft, 'SUBMIT')).id);
    // With the defaults the schema fills in (no letter, no budget lines named).
    expect(view.content).toEqual(requestContentSchema.parse(content));
    // Typed: a transfer's lines are there to read without a cast.
    expect(view.content?.type === 'transfer' ? view.content.details.lines.length : 0).toBeGreaterThan(0);
  });

  it("still opens a stored request that today's rules no longer read, with content null rather than a 500", async () => {
    const draft = await createDraft(t, actors, office.unitK01, smallAllotment());
    // As a row stored under looser rules would be (an old import): details today's schema refuses.
    await t.handle.db
      .updateTable('requests')
      .set({ details: JSON.stringify({ multiYear: 'ไม่ทราบ' }) })
      .where('id', '=', draft.id)
      .execute();
    const res = await call<RequestView>(t, 'GET', `/api/requests/${draft.id}`, { cookie: await actors.cookie(office.unitK01) });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.content).toBeNull();
    expect(res.body.title).toBe(draft.title);
  });

  it('says mayEdit exactly when the edit then goes through: its unit while draft or returned, nobody else', async () => {
    const draft = await createDraft(t, actors, office.unitK01, smallAllotment());
    expect(await editAs(office.unitK01, draft.id, smallAllotment())).toEqual({ told: true, done: true });
    expect(await editAs(office.unitK01b, draft.id, smallAllotment())).toEqual({ told: true, done: true });
    expect(await editAs(office.level6, draft.id, smallAllotment())).toEqual({ told: false, done: false });

    const submitted = await send(t, actors, office.unitK01, await viewAs(office.unitK01, draft.id), 'SUBMIT');
    expect(await editAs(office.unitK01, draft.id, smallAllotment())).toEqual({ told: false, done: false });
    expect(await editAs(office.analystA, draft.id, smallAllotment())).toEqual({ told: false, done: false });

    await send(t, actors, office.analystA, submitted, 'RETURN', 'กรุณาแนบใบเสนอราคา');
    expect(await editAs(office.unitK01, draft.id, smallAllotment())).toEqual({ told: true, done: true });
  });

  it('says mayAttach exactly when the upload then goes through, for the unit, the holder and a reviewer in scope', async () => {
    const request = await send(t, actors, office.unitK01, await createDraft(t, actors, office.unitK01, smallAllotment()), 'SUBMIT');
    expect(await attachAs(office.unitK01, request.id)).toMatchObject({ told: true, done: true });
    expect(await attachAs(office.analystA, request.id)).toMatchObject({ told: true, done: true });
    // The section head sees the request (it is in the section's units) but it is not on their desk.
    expect(await attachAs(office.headSection1, request.id)).toMatchObject({ told: false, done: false });
    expect(await attachAs(office.admin, request.id)).toMatchObject({ told: false, done: false });
    await send(t, actors, office.unitK01, request, 'WITHDRAW');
    expect(await attachAs(office.unitK01, request.id)).toMatchObject({ told: false, done: false });
  });

  it('lets the deputy governor attach while the request awaits the Council, and tells them so; not level 7', async () => {
    const waiting = await awaitingCouncil();
    expect(await attachAs(office.level8, waiting.id)).toMatchObject({ told: true, done: true });
    expect(await attachAs(office.level7, waiting.id)).toMatchObject({ told: false, done: false });
    expect(await attachAs(office.unitK01, waiting.id)).toMatchObject({ told: true, done: true });
  });

  it('says mayRemove on the uploader’s own file only, and removing agrees', async () => {
    const request = await send(t, actors, office.unitK01, await createDraft(t, actors, office.unitK01, smallAllotment()), 'SUBMIT');
    const uploaded = await attachAs(office.unitK01, request.id);
    for (const [user, allowed] of [
      [office.analystA, false],
      [office.unitK01b, false],
      [office.unitK01, true],
    ] as const) {
      const [listed] = (await viewAs(user, request.id)).attachments;
      expect(listed?.mayRemove, user.username).toBe(allowed);
      const res = await call(t, 'DELETE', `/api/requests/${request.id}/attachments/${uploaded.id}`, { cookie: await actors.cookie(user) });
      expect(res.status === 204, user.username).toBe(allowed);
    }
  });
});

describe('where the request view says the request stands', () => {
  it('gives the position and where an approval would take it, from the machine', async () => {
    const request = await send(t, actors, office.unitK01, await createDraft(t, actors, office.unitK01, smallAllotment()), 'SUBMIT');
    const atAnalyst = await viewAs(office.analystA, request.id);
    expect(atAnalyst.position).toEqual({
      holder: 'review_level',
      heldAtLevel: 2,
      deskLevel: 2,
      clockRunning: true,
      editable: false,
      final: false,
      decided: false,
      bulkDecidable: true,
    });
    expect(atAnalyst.nextIfApproved).toEqual({ kind: 'level', level: 3 });

    const waiting = await viewAs(office.level8, (await awaitingCouncil()).id);
    expect(waiting.position).toEqual({
      holder: 'council',
      heldAtLevel: null,
      deskLevel: 8,
      clockRunning: false,
      editable: false,
      final: false,
      // The Office has decided: it went up to the Council approved, and its unit may now be asked about the service.
      decided: true,
      // Level 8 records the Council's decision one request at a time.
      bulkDecidable: false,
    });
    expect(waiting.nextIfApproved).toBeNull();
  });
});
