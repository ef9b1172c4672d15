// What an app keeps in memory (the level targets, the holidays, past level times) is its own and ages by the app's
// clock: an edit through one app applies there at once, reaches another app on the same database when that app's
// entry expires, and never touches an app on another database.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { anotherAppOn, anotherAppOnSameHandle, makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice, type Office } from '../support/office';
import { call, signIn } from '../support/http-client';

const DEFAULTS = { 2: 3, 3: 1, 4: 1, 5: 1, 6: 2, 7: 2, 8: 3 };
const LONGER = { default: { ...DEFAULTS, 2: 10 }, byType: {} };

let first: TestApp;
let office: Office;
let admin: string;

beforeEach(async () => {
  first = await makeTestApp();
  office = await buildOffice(first.handle.db);
  admin = await signIn(first, office.admin);
});
afterEach(() => first.close());

const targetsSeenBy = async (t: TestApp, cookie: string) => (await call(t, 'GET', '/api/level-targets', { cookie })).body;

async function saveLongerTargetsThrough(t: TestApp): Promise<void> {
  expect((await call(t, 'PUT', '/api/admin/level-targets', { cookie: admin, body: LONGER })).status).toBe(200);
}

describe('the level targets an app keeps', () => {
  it('reach a second server on the same database once a minute has passed by the clock, and apply at once where saved', async () => {
    const second = anotherAppOn(first);
    try {
      expect(await targetsSeenBy(second, admin)).toEqual({ default: DEFAULTS, byType: {} });
      await saveLongerTargetsThrough(first);
      expect(await targetsSeenBy(first, admin)).toEqual(LONGER);
      first.clock.advanceMinutes(0.5);
      expect(await targetsSeenBy(second, admin)).toEqual({ default: DEFAULTS, byType: {} });
      first.clock.advanceMinutes(0.5);
      expect(await targetsSeenBy(second, admin)).toEqual(LONGER);
    } finally {
      await second.close();
    }
  });

  it('are not shared by two apps in one process, even on the same connections', async () => {
    const sibling = anotherAppOnSameHandle(first);
    expect(await targetsSeenBy(sibling, admin)).toEqual({ default: DEFAULTS, byType: {} });
    await saveLongerTargetsThrough(first);
    // The save dropped the saving app's entry only: the sibling keeps what it read until its minute is up.
    expect(await targetsSeenBy(sibling, admin)).toEqual({ default: DEFAULTS, byType: {} });
    first.clock.advanceMinutes(1);
    expect(await targetsSeenBy(sibling, admin)).toEqual(LONGER);
  });

  it('leave an app on another database as it was', async () => {
    const elsewhere = await makeTestApp();
    try {
      const elsewhereAdmin = await signIn(elsewhere, (await buildOffice(elsewhere.handle.db)).admin);
      expect(await targetsSeenBy(elsewhere, elsewhereAdmin)).toEqual({ default: DEFAULTS, byType: {} });
      await saveLongerTargetsThrough(first);
      first.clock.advanceMinutes(2);
      elsewhere.clock.advanceMinutes(2);
      expect(await targetsSeenBy(elsewhere, elsewhereAdmin)).toEqual({ default: DEFAULTS, byType: {} });
      expect(await targetsSeenBy(first, admin)).toEqual(LONGER);
    } finally {
      await elsewhere.close();
    }
  });
});
