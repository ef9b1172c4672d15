// A request is never decided twice: simultaneous decisions on one version over real HTTP, exactly one wins.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestView } from '@bmrts/shared';
import { makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice, type Office } from '../support/office';
import { listen } from '../support/listening-app';
import { Actors, createDraft, send } from '../support/workflow';
import { smallAllotment } from '../support/requests';

let t: TestApp;
let office: Office;
let actors: Actors;
let server: Awaited<ReturnType<typeof listen>>;

beforeEach(async () => {
  t = await makeTestApp();
  office = await buildOffice(t.handle.db);
  actors = new Actors(t);
  server = await listen(t);
});
afterEach(async () => {
  await server.close();
  await t.close();
});

describe('simultaneous decisions', () => {
  it('lets exactly one of two simultaneous approvals succeed; the other gets 409 and history holds one entry', async () => {
    const request = await send(t, actors, office.unitK01, await createDraft(t, actors, office.unitK01, smallAllotment()), 'SUBMIT');
    const cookie = await actors.cookie(office.analystA);
    const decide = (type: string, comment?: string) =>
      fetch(`${server.baseUrl}/api/requests/${request.id}/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ type, version: request.version, ...(comment ? { comment } : {}) }),
      });
    const responses = await Promise.all([decide('APPROVE'), decide('RETURN', 'ขาดเอกสารประกอบ'), decide('APPROVE')]);
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409, 409]);

    const events = await t.handle.db
      .selectFrom('request_events')
      .select(['type', 'seq'])
      .where('request_id', '=', request.id)
      .orderBy('seq')
      .execute();
    expect(events.map((e) => e.type)).toEqual(['SUBMIT', expect.stringMatching(/^(APPROVE|RETURN)$/)]);
    const row = await t.handle.db.selectFrom('requests').select(['version']).where('id', '=', request.id).executeTakeFirstOrThrow();
    expect(row.version).toBe(request.version + 1);
  });

  it('gives every one of many simultaneous approvals on distinct requests its own success', async () => {
    const requests: RequestView[] = [];
    for (let i = 0; i < 10; i++) {
      requests.push(await send(t, actors, office.unitK01, await createDraft(t, actors, office.unitK01, smallAllotment()), 'SUBMIT'));
    }
    const cookie = await actors.cookie(office.analystA);
    const responses = await Promise.all(
      requests.map((r) =>
        fetch(`${server.baseUrl}/api/requests/${r.id}/events`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({ type: 'APPROVE', version: r.version }),
        }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(requests.map(() => 200));
    const atLevel3 = await t.handle.db.selectFrom('requests').select('id').where('level', '=', 3).execute();
    expect(atLevel3).toHaveLength(10);
  });
});
