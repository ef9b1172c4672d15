// The request list's date range: Bangkok calendar days, both ends included.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestListResponse } from '@bmrts/shared';
import { makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice, type Office } from '../support/office';
import { call } from '../support/http-client';
import { Actors, createDraft } from '../support/workflow';
import { allotment } from '../support/requests';

let t: TestApp;
let office: Office;
let actors: Actors;

beforeEach(async () => {
  t = await makeTestApp();
  office = await buildOffice(t.handle.db);
  actors = new Actors(t);
});
afterEach(() => t.close());

async function titles(query: string): Promise<string[]> {
  const res = await call<RequestListResponse>(t, 'GET', `/api/requests${query}`, { cookie: await actors.cookie(office.unitK01) });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items.map((r) => r.title);
}

async function draftAt(iso: string, title: string): Promise<void> {
  t.clock.set(iso);
  actors = new Actors(t);
  await createDraft(t, actors, office.unitK01, allotment({ title }));
}

describe('the list by creation date', () => {
  beforeEach(async () => {
    await draftAt('2026-03-01T16:59:59.000Z', 'last second of 1 March'); // 23:59:59 on 1 March in Bangkok
    await draftAt('2026-03-01T17:00:00.000Z', 'first second of 2 March'); // 00:00 on 2 March in Bangkok
    await draftAt('2026-03-02T16:59:00.000Z', 'last minute of 2 March');
    await draftAt('2026-03-03T05:00:00.000Z', 'noon of 3 March');
  });

  it('takes Bangkok calendar days, both ends included', async () => {
    expect(await titles('?createdFrom=2026-03-02&createdTo=2026-03-02')).toEqual(['last minute of 2 March', 'first second of 2 March']);
    expect(await titles('?createdFrom=2026-03-02')).toEqual(['noon of 3 March', 'last minute of 2 March', 'first second of 2 March']);
    expect(await titles('?createdTo=2026-03-01')).toEqual(['last second of 1 March']);
    expect(await titles('?createdFrom=2026-03-01&createdTo=2026-03-03')).toHaveLength(4);
    expect(await titles('?createdFrom=2026-03-04')).toEqual([]);
  });

  it('pages within the range', async () => {
    const first = await call<RequestListResponse>(t, 'GET', '/api/requests?createdFrom=2026-03-02&limit=2', {
      cookie: await actors.cookie(office.unitK01),
    });
    expect(first.body.items.map((r) => r.title)).toEqual(['noon of 3 March', 'last minute of 2 March']);
    expect(await titles(`?createdFrom=2026-03-02&limit=2&cursor=${first.body.nextCursor}`)).toEqual(['first second of 2 March']);
  });

  it('refuses a range that ends before it starts, or a date that is not a calendar date, with 400', async () => {
    const cookie = await actors.cookie(office.unitK01);
    for (const q of [
      '?createdFrom=2026-03-03&createdTo=2026-03-02',
      '?createdFrom=2026-02-30',
      '?createdTo=03/02/2026',
      '?createdFrom=2026-3-2',
    ]) {
      const res = await call(t, 'GET', `/api/requests${q}`, { cookie, lang: 'en' });
      expect(res.status, q).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
    }
    const reversed = await call(t, 'GET', '/api/requests?createdFrom=2026-03-03&createdTo=2026-03-02', { cookie, lang: 'en' });
    expect(reversed.body.error.issues).toEqual([{ path: ['createdTo'], message: 'The start date must not be after the end date' }]);
  });
});
