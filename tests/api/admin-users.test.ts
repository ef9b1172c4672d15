// Administrators manage users: list and filter them, create them at a level, move them, set portfolios and assigned units.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/test-app';
import { buildOffice, type Office } from '../support/office';
import { call, signIn } from '../support/http-client';

let t: TestApp;
let office: Office;
let admin: string;

beforeEach(async () => {
  t = await makeTestApp();
  office = await buildOffice(t.handle.db);
  admin = await signIn(t, office.admin);
});
afterEach(() => t.close());

const NEW_PASSWORD = 'a long new password';
const asAdmin = (method: string, path: string, body?: unknown, lang?: 'th' | 'en') =>
  call(t, method, path, { cookie: admin, body, ...(lang ? { lang } : {}) });
const newUser = (overrides: Record<string, unknown> = {}) => ({
  username: 'k03.staff',
  displayName: 'สมศรี ใจดี',
  password: NEW_PASSWORD,
  level: 1,
  unitCode: 'K03',
  ...overrides,
});
const userCount = async () =>
  (
    await t.handle.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
  ).n;

describe('listing users', () => {
  it('lists every user with their position, portfolio and assigned units, and no password', async () => {
    const res = await asAdmin('GET', '/api/admin/users');
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(14);
    expect(res.body.items.find((u: { username: string }) => u.username === 'analyst-a')).toEqual({
      id: office.analystA.id,
      username: 'analyst-a',
      displayName: 'คุณ analyst-a',
      level: 2,
      unitCode: null,
      sectionId: 'sec1',
      divisionId: null,
      isAdmin: false,
      active: true,
      portfolio: ['K01', 'K02'],
      executiveScope: [],
      phoneExtension: null,
    });
    expect(JSON.stringify(res.body)).not.toMatch(/password|scrypt/);
  });

  it('filters by words, level and whether active', async () => {
    const byWords = await asAdmin('GET', '/api/admin/users?q=HEAD');
    expect(byWords.body.items.map((u: { username: string }) => u.username)).toEqual(['head-1', 'head-2']);
    const byLevel = await asAdmin('GET', '/api/admin/users?level=4');
    expect(byLevel.body.items.map((u: { username: string }) => u.username)).toEqual(['director-1', 'director-2']);
    await asAdmin('PATCH', `/api/admin/users/${office.unitK01b.id}`, { active: false });
    const inactive = await asAdmin('GET', '/api/admin/users?active=false');
    expect(inactive.body.items.map((u: { username: string }) => u.username)).toEqual(['k01b']);
  });

  it('filters by budget unit, and refuses what is not a unit code', async () => {
    const byUnit = await asAdmin('GET', '/api/admin/users?unit=K01');
    expect(byUnit.status).toBe(200);
    const listed = byUnit.body.items as { username: string; unitCode: string | null }[];
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((u) => u.unitCode === 'K01')).toBe(true);
    expect(listed.map((u) => u.username)).toContain('k01b');
    expect((await asAdmin('GET', '/api/admin/users?unit=K02')).body.items.map((u: { username: string }) => u.username)).not.toContain(
      'k01b',
    );
    expect((await asAdmin('GET', '/api/admin/users?unit=nope')).status).toBe(400);
  });

  it('pages through users by username', async () => {
    const first = await asAdmin('GET', '/api/admin/users?limit=5');
    expect(first.body.items).toHaveLength(5);
    const second = await asAdmin('GET', `/api/admin/users?limit=100&cursor=${first.body.nextCursor}`);
    expect(second.body.items).toHaveLength(9);
    expect(second.body.nextCursor).toBeNull();
  });

  it('shows the divisions and their sections', async () => {
    const res = await asAdmin('GET', '/api/admin/org');
    expect(res.status).toBe(200);
    expect(res.body.divisions).toEqual([
      {
        id: 'div1',
        name: { th: 'กองวิเคราะห์งบประมาณ 1', en: 'Budget Analysis Division 1' },
        sections: [{ id: 'sec1', name: { th: 'ฝ่ายวิเคราะห์งบประมาณ 1', en: 'Section 1' } }],
      },
      {
        id: 'div2',
        name: { th: 'กองวิเคราะห์งบประมาณ 2', en: 'Budget Analysis Division 2' },
        sections: [{ id: 'sec2', name: { th: 'ฝ่ายวิเคราะห์งบประมาณ 2', en: 'Section 2' } }],
      },
    ]);
  });
});

describe('creating users', () => {
  it('creates a budget-unit user who can sign in and sees their own unit', async () => {
    const res = await asAdmin('POST', '/api/admin/users', newUser());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ username: 'k03.staff', level: 1, unitCode: 'K03', active: true, isAdmin: false });
    const session = await call(t, 'GET', '/api/session', { cookie: await signIn(t, 'k03.staff', NEW_PASSWORD) });
    expect(session.body.user.scope).toEqual({ allUnits: false, unitCodes: ['K03'] });
  });

  it('creates an analyst in a section, a director in a division and an administrator without a level', async () => {
    expect(
      (await asAdmin('POST', '/api/admin/users', newUser({ username: 'analyst-c', level: 2, unitCode: null, sectionId: 'sec2' }))).status,
    ).toBe(201);
    expect(
      (await asAdmin('POST', '/api/admin/users', newUser({ username: 'director-3', level: 4, unitCode: undefined, divisionId: 'div1' })))
        .status,
    ).toBe(201);
    const newAdmin = await asAdmin(
      'POST',
      '/api/admin/users',
      newUser({ username: 'admin-2', level: null, unitCode: undefined, isAdmin: true }),
    );
    expect(newAdmin.body).toMatchObject({ level: null, isAdmin: true });
  });

  it('refuses a username already taken (409)', async () => {
    const res = await asAdmin(
      'POST',
      '/api/admin/users',
      newUser({ username: 'analyst-a', level: 2, unitCode: null, sectionId: 'sec1' }),
      'en',
    );
    expect(res.status).toBe(409);
    expect(res.body.error).toEqual({ code: 'username_taken', message: 'This username is already taken' });
  });

  it('refuses a unit, section or division that does not exist (400 invalid_reference)', async () => {
    const before = await userCount();
    for (const body of [
      newUser({ unitCode: 'Z99' }),
      newUser({ level: 3, unitCode: null, sectionId: 'sec9' }),
      newUser({ level: 4, unitCode: null, divisionId: 'div9' }),
    ]) {
      const res = await asAdmin('POST', '/api/admin/users', body);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('invalid_reference');
    }
    expect(await userCount()).toBe(before);
  });

  it('refuses a level that does not fit the unit, section or division given (400 invalid_assignment)', async () => {
    const before = await userCount();
    for (const body of [
      newUser({ unitCode: null }),
      newUser({ level: 2, unitCode: 'K03' }),
      newUser({ level: 2, unitCode: null, sectionId: 'sec1', divisionId: 'div1' }),
      newUser({ level: 4, unitCode: null }),
      newUser({ level: 6, unitCode: null, sectionId: 'sec1' }),
      newUser({ level: null, unitCode: null }),
    ]) {
      const res = await asAdmin('POST', '/api/admin/users', body, 'en');
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('invalid_assignment');
      expect(res.body.error.message).toMatch(/level 1 needs a unit/);
    }
    expect(await userCount()).toBe(before);
  });

  it('refuses a malformed username, a short password and unknown fields (400)', async () => {
    for (const body of [
      newUser({ username: 'Bad Name' }),
      newUser({ username: 'ab' }),
      newUser({ password: 'short' }),
      newUser({ level: 9 }),
      { ...newUser(), isSuperuser: true },
    ]) {
      const res = await asAdmin('POST', '/api/admin/users', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
    }
  });
});

describe('editing users', () => {
  it('moves an analyst to director of a division, leaving the portfolio behind', async () => {
    const res = await asAdmin('PATCH', `/api/admin/users/${office.analystA.id}`, {
      level: 4,
      divisionId: 'div2',
      displayName: 'นายใหม่ มีตำแหน่ง',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ level: 4, sectionId: null, divisionId: 'div2', portfolio: [], displayName: 'นายใหม่ มีตำแหน่ง' });
  });

  it('refuses a move that leaves the level without its section (400) and changes nothing', async () => {
    const res = await asAdmin('PATCH', `/api/admin/users/${office.unitK01.id}`, { level: 2 });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_assignment');
    expect((await asAdmin('GET', '/api/admin/users?q=k01')).body.items[0]).toMatchObject({ username: 'k01', level: 1, unitCode: 'K01' });
  });

  it('assigns units to an executive, which narrows what they see', async () => {
    const res = await asAdmin('PATCH', `/api/admin/users/${office.level7.id}`, { executiveScope: ['D05', 'K01', 'K01'] });
    expect(res.body.executiveScope).toEqual(['D05', 'K01']);
    const session = await call(t, 'GET', '/api/session', { cookie: await signIn(t, office.level7) });
    expect(session.body.user.scope).toEqual({ allUnits: false, unitCodes: ['D05', 'K01'] });
    expect((await asAdmin('PATCH', `/api/admin/users/${office.analystB.id}`, { executiveScope: ['K01'] })).body.error.code).toBe(
      'invalid_assignment',
    );
    expect((await asAdmin('PATCH', `/api/admin/users/${office.level7.id}`, { executiveScope: ['Z99'] })).body.error.code).toBe(
      'invalid_reference',
    );
  });

  it('does not let an administrator deactivate themselves (422)', async () => {
    const res = await asAdmin('PATCH', `/api/admin/users/${office.admin.id}`, { active: false }, 'en');
    expect(res.status).toBe(422);
    expect(res.body.error).toEqual({ code: 'cannot_deactivate_self', message: 'An administrator cannot deactivate their own account' });
    expect((await call(t, 'GET', '/api/session', { cookie: admin })).status).toBe(200);
  });

  it('answers 404 for a user that does not exist', async () => {
    expect((await asAdmin('PATCH', '/api/admin/users/u-nobody', { displayName: 'x' })).status).toBe(404);
    expect((await asAdmin('POST', '/api/admin/users/u-nobody/password', { password: NEW_PASSWORD })).status).toBe(404);
    expect((await asAdmin('PUT', '/api/admin/users/u-nobody/portfolio', { unitCodes: [] })).status).toBe(404);
  });
});

describe('analyst portfolios', () => {
  it('replaces an analyst’s portfolio, and their scope follows at once', async () => {
    const cookie = await signIn(t, office.analystA);
    const res = await asAdmin('PUT', `/api/admin/users/${office.analystA.id}/portfolio`, { unitCodes: ['K05', 'K01'] });
    expect(res.status).toBe(200);
    expect(res.body.portfolio).toEqual(['K01', 'K05']);
    expect((await call(t, 'GET', '/api/session', { cookie })).body.user.scope.unitCodes).toEqual(['K01', 'K05']);
  });

  it('refuses a portfolio for someone who is not an analyst, or with an unknown unit (400)', async () => {
    expect((await asAdmin('PUT', `/api/admin/users/${office.headSection1.id}/portfolio`, { unitCodes: ['K01'] })).body.error.code).toBe(
      'invalid_assignment',
    );
    expect((await asAdmin('PUT', `/api/admin/users/${office.analystA.id}/portfolio`, { unitCodes: ['K01', 'Z99'] })).body.error.code).toBe(
      'invalid_reference',
    );
    expect((await asAdmin('GET', '/api/admin/users?q=analyst-a')).body.items[0].portfolio).toEqual(['K01', 'K02']);
  });
});
