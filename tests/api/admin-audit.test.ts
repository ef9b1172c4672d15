// Administration is for administrators only, refuses bad input without changing anything, and writes every change to the audit log.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_ROUTING_RULES } from '@bmrts/shared';
import { makeTestApp, type TestApp } from '../support/test-app';
import { PASSWORD, buildOffice, type Office } from '../support/office';
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

const NEW_PASSWORD = 'another long password';
const asAdmin = (method: string, path: string, body?: unknown, lang?: 'th' | 'en') =>
  call(t, method, path, { cookie: admin, body, ...(lang ? { lang } : {}) });

/** Every administrative table and the audit log: what a refused call must leave as it was. */
async function snapshot() {
  const db = t.handle.db;
  return Promise.all(
    (
      [
        'users',
        'analyst_portfolios',
        'executive_scopes',
        'budget_units',
        'routing_rules',
        'public_holidays',
        'level_targets',
        'audit_log',
        'sessions',
      ] as const
    ).map((table) => db.selectFrom(table).selectAll().execute()),
  );
}

/** One change of every kind, as an administrator would make them. */
async function oneOfEach(): Promise<string> {
  const created = await asAdmin('POST', '/api/admin/users', {
    username: 'k04.staff',
    displayName: 'สมชาย',
    password: NEW_PASSWORD,
    level: 1,
    unitCode: 'K04',
  });
  expect(created.status).toBe(201);
  const id: string = created.body.id;
  expect((await asAdmin('PATCH', `/api/admin/users/${id}`, { displayName: 'สมชาย รักงาน' })).status).toBe(200);
  expect((await asAdmin('POST', `/api/admin/users/${id}/password`, { password: 'yet another password' })).status).toBe(204);
  expect((await asAdmin('PATCH', `/api/admin/users/${id}`, { active: false })).status).toBe(200);
  expect((await asAdmin('PUT', `/api/admin/users/${office.analystB.id}/portfolio`, { unitCodes: ['D05', 'D06'] })).status).toBe(200);
  expect(
    (await asAdmin('POST', '/api/admin/units', { code: 'D71', kind: 'department', nameTh: 'สำนักใหม่', nameEn: 'New Department' })).status,
  ).toBe(201);
  expect((await asAdmin('PATCH', '/api/admin/units/D71', { active: false })).status).toBe(200);
  expect((await asAdmin('PUT', '/api/admin/routing-rules', { rules: DEFAULT_ROUTING_RULES.slice(0, 3) })).status).toBe(200);
  expect(
    (await asAdmin('POST', '/api/admin/holidays', { date: '2026-06-10', nameTh: 'วันหยุดพิเศษ', nameEn: 'Special holiday', kind: 'special' }))
      .status,
  ).toBe(201);
  expect((await asAdmin('DELETE', '/api/admin/holidays/2026-06-10')).status).toBe(204);
  return id;
}

describe('the audit log', () => {
  it('records every kind of change, newest first, with the actor, before and after', async () => {
    const userId = await oneOfEach();
    const res = await asAdmin('GET', '/api/admin/audit');
    expect(res.status).toBe(200);
    expect(res.body.items.map((e: { action: string }) => e.action)).toEqual([
      'holiday.delete',
      'holiday.create',
      'routing_rules.replace',
      'unit.update',
      'unit.create',
      'portfolio.replace',
      'user.deactivate',
      'user.password_reset',
      'user.update',
      'user.create',
    ]);
    const byAction = new Map(res.body.items.map((e: { action: string }) => [e.action, e]));
    expect(byAction.get('user.create')).toMatchObject({
      actor: { id: office.admin.id, displayName: 'คุณ admin' },
      entityType: 'user',
      entityId: userId,
      before: null,
      after: { username: 'k04.staff', unitCode: 'K04' },
      at: '2026-03-02T03:00:00.000Z',
    });
    expect(byAction.get('user.deactivate')).toMatchObject({ before: { active: true }, after: { active: false } });
    expect(byAction.get('portfolio.replace')).toMatchObject({ before: { portfolio: ['D05'] }, after: { portfolio: ['D05', 'D06'] } });
    expect(byAction.get('unit.update')).toMatchObject({ entityId: 'D71', before: { active: true }, after: { active: false } });
    expect(byAction.get('routing_rules.replace')).toMatchObject({
      before: { rules: DEFAULT_ROUTING_RULES },
      after: { rules: DEFAULT_ROUTING_RULES.slice(0, 3) },
    });
    expect(byAction.get('holiday.delete')).toMatchObject({ entityId: '2026-06-10', before: { kind: 'special' }, after: null });
  });

  it('never holds a password or its hash', async () => {
    await oneOfEach();
    const rows = await t.handle.db.selectFrom('audit_log').selectAll().execute();
    const stored = JSON.stringify(rows);
    expect(stored).not.toMatch(/scrypt|password_hash|passwordHash/);
    expect(stored).not.toContain(NEW_PASSWORD);
    expect(stored).not.toContain('yet another password');
  });

  it('pages by seq and filters by entity, and the chain verifies', async () => {
    const userId = await oneOfEach();
    const first = await asAdmin('GET', '/api/admin/audit?limit=4');
    expect(first.body.items.map((e: { seq: number }) => e.seq)).toEqual([10, 9, 8, 7]);
    const second = await asAdmin('GET', `/api/admin/audit?limit=4&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((e: { seq: number }) => e.seq)).toEqual([6, 5, 4, 3]);
    const ofUser = await asAdmin('GET', `/api/admin/audit?entityType=user&entityId=${userId}`);
    expect(ofUser.body.items.map((e: { action: string }) => e.action)).toEqual([
      'user.deactivate',
      'user.password_reset',
      'user.update',
      'user.create',
    ]);
    expect(ofUser.body.nextCursor).toBeNull();
    const verified = await asAdmin('GET', '/api/admin/history/verify');
    expect(verified.body).toEqual({ ok: true, requestsChecked: 0, eventsChecked: 0, auditEntriesChecked: 10, broken: [] });
    // No budget lines yet: the ledger's check has nothing to disagree about.
    expect((await asAdmin('GET', '/api/admin/ledger/verify')).body).toEqual({ ok: true, lines: 0, entries: 0 });
  });

  it('writes nothing for an edit that changes nothing', async () => {
    expect((await asAdmin('PATCH', `/api/admin/users/${office.analystA.id}`, { displayName: 'คุณ analyst-a' })).status).toBe(200);
    expect((await asAdmin('GET', '/api/admin/audit')).body.items).toEqual([]);
  });
});

describe('only administrators', () => {
  async function adminOperations(): Promise<[string, string][]> {
    const doc = await call(t, 'GET', '/api/openapi.json');
    const paths = doc.body.paths as Record<string, Record<string, unknown>>;
    const fill = (path: string) => path.replace('{id}', office.analystA.id).replace('{code}', 'K01').replace('{date}', '2026-03-03');
    return Object.entries(paths)
      .filter(([path]) => path.startsWith('/api/admin/'))
      .flatMap(([path, ops]) => Object.keys(ops).map((method): [string, string] => [method.toUpperCase(), fill(path)]));
  }

  it('lists every admin route in the API description with its error responses', async () => {
    const operations = await adminOperations();
    expect(operations.length).toBe(44); // 16, the 9 survey administration routes, the scheduler's state, holiday edit and generation (3), level targets (2), the 2 of the spreadsheet import, the 6 of webhooks and the delivery log, the ledger's verification, the budget check (2) and the budget-line import (2)
    const doc = await call(t, 'GET', '/api/openapi.json');
    for (const ops of Object.entries(doc.body.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>).filter(
      ([p]) => p.startsWith('/api/admin/'),
    )) {
      for (const op of Object.values(ops[1])) expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['400', '401', '403']));
    }
  });

  it('refuses every admin route to other users (403) and to strangers (401), changing nothing', async () => {
    const before = await snapshot();
    const cookies = [await signIn(t, office.analystA), await signIn(t, office.level8), await signIn(t, office.unitK01)];
    const after = await snapshot(); // signing in adds sessions; nothing after this may change
    expect(after.slice(0, 8)).toEqual(before.slice(0, 8));
    for (const [method, path] of await adminOperations()) {
      for (const cookie of cookies) {
        const body =
          method === 'GET' || method === 'DELETE' ? undefined : { password: NEW_PASSWORD, active: false, unitCodes: [], rules: [] };
        const res = await call(t, method, path, { cookie, body });
        expect(res.status, `${method} ${path}`).toBe(403);
        expect(res.body.error.code).toBe('forbidden');
      }
      expect((await call(t, method, path)).status, `${method} ${path}`).toBe(401);
    }
    expect(await snapshot()).toEqual(after);
  });
});

describe('refusals', () => {
  it('answers invalid input with 400 in Thai or English, naming the field, and changes nothing', async () => {
    const before = await snapshot();
    const th = await asAdmin('POST', '/api/admin/users', {
      username: 'ok.name',
      displayName: 'x',
      password: 'short',
      level: 1,
      unitCode: 'K01',
    });
    expect(th.status).toBe(400);
    expect(th.body.error).toMatchObject({ code: 'validation_failed', message: 'ข้อมูลไม่ถูกต้อง' });
    expect(th.body.error.issues[0].path).toEqual(['password']);
    const en = await asAdmin('PATCH', `/api/admin/users/${office.analystA.id}`, { level: 'two' }, 'en');
    expect(en.status).toBe(400);
    expect(en.body.error).toMatchObject({ code: 'validation_failed', message: 'The data is not valid' });
    expect(en.body.error.issues[0].path).toEqual(['level']);
    const dup = await asAdmin('PUT', '/api/admin/routing-rules', { rules: [DEFAULT_ROUTING_RULES[0], DEFAULT_ROUTING_RULES[0]] }, 'en');
    expect(dup.body.error.issues[0]).toEqual({ path: ['rules', 1, 'id'], message: 'Another rule has the same id; give this one a new id' });
    expect((await asAdmin('GET', '/api/admin/holidays?year=twenty')).status).toBe(400);
    expect((await asAdmin('PATCH', '/api/admin/units/K01', { code: 'K99' })).status).toBe(400);
    expect(await snapshot()).toEqual(before);
  });
});

describe('sessions follow the account', () => {
  it('ends a deactivated user’s session at once and refuses their sign-in', async () => {
    const cookie = await signIn(t, office.unitK01);
    expect((await call(t, 'GET', '/api/session', { cookie })).status).toBe(200);
    expect((await asAdmin('PATCH', `/api/admin/users/${office.unitK01.id}`, { active: false })).status).toBe(200);
    expect((await call(t, 'GET', '/api/session', { cookie })).status).toBe(401);
    expect(await t.handle.db.selectFrom('sessions').selectAll().where('user_id', '=', office.unitK01.id).execute()).toEqual([]);
    expect((await call(t, 'POST', '/api/session', { body: { username: 'k01', password: PASSWORD } })).status).toBe(401);
    await asAdmin('PATCH', `/api/admin/users/${office.unitK01.id}`, { active: true });
    expect((await call(t, 'POST', '/api/session', { body: { username: 'k01', password: PASSWORD } })).status).toBe(200);
  });

  it('ends every session on a password reset; the new password works and the old one no longer does', async () => {
    const first = await signIn(t, office.analystA);
    const second = await signIn(t, office.analystA);
    expect((await asAdmin('POST', `/api/admin/users/${office.analystA.id}/password`, { password: NEW_PASSWORD })).status).toBe(204);
    expect((await call(t, 'GET', '/api/session', { cookie: first })).status).toBe(401);
    expect((await call(t, 'GET', '/api/session', { cookie: second })).status).toBe(401);
    expect((await call(t, 'POST', '/api/session', { body: { username: 'analyst-a', password: PASSWORD } })).status).toBe(401);
    expect((await call(t, 'GET', '/api/session', { cookie: await signIn(t, office.analystA, NEW_PASSWORD) })).status).toBe(200);
  });
});
