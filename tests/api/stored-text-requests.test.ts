// Property: whatever string a unit or a reviewer types into a request — its title, justification, transfer lines, or the
// comment of a submission, return, approval (one by one or in bulk) or rejection — the API either refuses it with a 400
// or keeps exactly its composed, trimmed form, and every history chain still verifies. On SQLite, and on PostgreSQL in
// the api-pg project.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestView } from '@bmrts/shared';
import { makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice, type Office, type OfficeUser } from '../support/office';
import { call } from '../support/http-client';
import { Actors, createDraft, send } from '../support/workflow';
import { councilTransfer } from '../support/requests';
import { RUNS, SEED, anyText, everyChainVerifies, expectTextRefusal, expectedStored, fits, storable } from '../support/stored-text';

let t: TestApp;
let office: Office;
let actors: Actors;

beforeAll(async () => {
  t = await makeTestApp();
  office = await buildOffice(t.handle.db);
  actors = new Actors(t);
});
afterAll(() => t?.close());

/** A transfer between units (so it climbs past level 3) whose texts are all made from `text`. */
function transferOf(text: string) {
  const base = councilTransfer();
  const line = { fromItem: `จาก ${text}`, toItem: text, amountSatang: base.amountSatang };
  return { ...base, title: `ขอโอน ${text} งบ`, justification: text, details: { ...base.details, lines: [line] } };
}

const acceptsContent = (text: string) => fits(text, 0, 5000) && fits(text, 1, 300) && fits(`ขอโอน ${text} งบ`, 3, 300);

/** A decision with `text` as its comment when the API takes it, else with a plain one, so the request moves on either way. */
async function decide(
  user: OfficeUser,
  request: RequestView,
  type: 'SUBMIT' | 'RETURN' | 'REJECT',
  text: string,
  needsComment: boolean,
): Promise<RequestView> {
  const res = await call<RequestView>(t, 'POST', `/api/requests/${request.id}/events`, {
    cookie: await actors.cookie(user),
    body: { type, version: request.version, comment: text },
  });
  const commented = !needsComment || expectedStored(text) !== '';
  if (fits(text, 0, 2000) && commented) {
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.history.at(-1)?.comment).toBe(expectedStored(text) || null);
    return res.body;
  }
  if (!storable(text)) expectTextRefusal(res, text);
  else expect(res.status, JSON.stringify(res.body)).toBe(422);
  return send(t, actors, user, request, type, 'ตามระเบียบ');
}

async function approveInBulk(user: OfficeUser, request: RequestView, text: string): Promise<RequestView> {
  const res = await call(t, 'POST', '/api/requests/bulk-events', {
    cookie: await actors.cookie(user),
    body: { type: 'APPROVE', comment: text, items: [{ id: request.id, version: request.version }] },
  });
  if (!fits(text, 0, 2000)) {
    expectTextRefusal(res, text);
    return send(t, actors, user, request, 'APPROVE');
  }
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expect(res.body.results).toMatchObject([{ id: request.id, ok: true }]);
  const after = await call<RequestView>(t, 'GET', `/api/requests/${request.id}`, { cookie: await actors.cookie(user) });
  expect(after.body.history.at(-1)).toMatchObject({ type: 'APPROVE', comment: expectedStored(text) || null });
  return after.body;
}

describe('any text typed into a request', () => {
  it('is refused with a 400 or kept exactly in its stored form, and every chain verifies', async () => {
    const admin = await actors.cookie(office.admin);
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        const created = await call<RequestView>(t, 'POST', '/api/requests', {
          cookie: await actors.cookie(office.unitK01),
          body: transferOf(text),
        });
        let draft: RequestView;
        if (acceptsContent(text)) {
          expect(created.status, JSON.stringify(created.body)).toBe(201);
          expect(created.body).toMatchObject({ title: expectedStored(`ขอโอน ${text} งบ`), justification: expectedStored(text) });
          expect(created.body.details.lines).toMatchObject([{ fromItem: expectedStored(`จาก ${text}`), toItem: expectedStored(text) }]);
          draft = created.body;
          accepted++;
        } else {
          expectTextRefusal(created, text);
          draft = await createDraft(t, actors, office.unitK01, councilTransfer());
        }
        let request = await decide(office.unitK01, draft, 'SUBMIT', text, false);
        request = await decide(office.analystA, request, 'RETURN', text, true);
        request = await send(t, actors, office.unitK01, request, 'RESUBMIT');
        request = await approveInBulk(office.analystA, request, text);
        request = await decide(office.headSection1, request, 'REJECT', text, true);
        expect(request.status).toBe('rejected');
        await everyChainVerifies(t, admin);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    // Both sides of the rule were met, not only refusals.
    expect(accepted).toBeGreaterThan(RUNS / 5);
  });
});
