// The authorization matrix: every role × every route × own / foreign / nonexistent object, from one table.
// A route that the OpenAPI document lists but this table does not (or the reverse) fails the test.
import { beforeAll, describe, expect, it } from 'vitest';
import { insertBudgetLines } from '@bmrts/db';
import { DEFAULT_ROUTING_RULES, type RequestView } from '@bmrts/shared';
import { makeTestApp, type TestApp } from '../support/test-app';
import { PASSWORD, buildOffice, type Office, type OfficeUser } from '../support/office';
import { call, signIn } from '../support/http-client';
import { Actors, createDraft, send } from '../support/workflow';
import { smallAllotment } from '../support/requests';
import { budgetLine } from '../support/budget-lines';
import { budgetLineSheet, oldSheet, sheetForm } from '../support/imports';
import { TEST_ORDER } from '../support/appointments';

const ROLES = ['anonymous', 'unit', 'otherUnit', 'analyst', 'otherAnalyst', 'head', 'director', 'executive', 'admin'] as const;
type Role = (typeof ROLES)[number];
type ObjectKind = 'none' | 'own' | 'foreign' | 'nonexistent';
/** Expected status per role, in ROLES order; '-' where the combination does not exist (levels 5–8 and admins see every unit). */
type Row = readonly (number | '-')[];

interface World {
  t: TestApp;
  office: Office;
  user(role: Role): OfficeUser | null;
  /** The unit whose requests are in this role's scope ("own"), and one outside it ("foreign"). */
  unitOf(role: Role, object: 'own' | 'foreign'): OfficeUser;
}

interface CallSpec {
  path: string;
  body?: unknown;
  form?: FormData;
}

interface Entry {
  call(w: World, role: Role, object: ObjectKind): Promise<CallSpec>;
  expect: Partial<Record<ObjectKind, Row>>;
}

const MISSING_ID = '00000000-0000-4000-8000-000000000000';
const all = (status: number): Row => [401, ...Array<number>(8).fill(status)];
const adminOnly = (status: number): Row => [401, 403, 403, 403, 403, 403, 403, 403, status];
/** Reviewers and units outside the object's scope see nothing; levels 5–8 and admins have no "foreign". */
const FOREIGN_404: Row = [401, 404, 404, 404, 404, 404, 404, '-', '-'];

async function requestOf(w: World, unitUser: OfficeUser, state: 'draft' | 'in_review'): Promise<RequestView> {
  const actors = new Actors(w.t);
  const draft = await createDraft(w.t, actors, unitUser, smallAllotment());
  return state === 'draft' ? draft : send(w.t, actors, unitUser, draft, 'SUBMIT');
}

async function requestPath(
  w: World,
  role: Role,
  object: ObjectKind,
  state: 'draft' | 'in_review',
  suffix = '',
): Promise<{ path: string; version: number }> {
  if (object === 'nonexistent') return { path: `/api/requests/${MISSING_ID}${suffix}`, version: 1 };
  const request = await requestOf(w, w.unitOf(role, object === 'foreign' ? 'foreign' : 'own'), state);
  return { path: `/api/requests/${request.id}${suffix}`, version: request.version };
}

function pdfForm(part = 'file'): FormData {
  const form = new FormData();
  form.append(part, new File([new TextEncoder().encode('%PDF-1.4\n%ทดสอบ\n')], 'บันทึกข้อความ.pdf', { type: 'application/pdf' }));
  return form;
}

/** An attachment that the request's own unit put on its request in review: the object of the download and removal routes. */
async function attachmentPath(w: World, role: Role, object: ObjectKind): Promise<string> {
  if (object === 'nonexistent') return `/api/requests/${MISSING_ID}/attachments/${MISSING_ID}`;
  const unitUser = w.unitOf(role, object === 'foreign' ? 'foreign' : 'own');
  const request = await requestOf(w, unitUser, 'in_review');
  const uploaded = await call(w.t, 'POST', `/api/requests/${request.id}/attachments`, {
    cookie: await signIn(w.t, unitUser),
    form: pdfForm(),
  });
  return `/api/requests/${request.id}/attachments/${uploaded.body.id}`;
}

/** A budget line of the unit `unitUser` works in, with its opening appropriation. */
async function lineOf(w: World, unitUser: OfficeUser): Promise<string> {
  const unitCode = unitUser === w.office.unitD05 ? 'D05' : 'K01';
  const [id] = await insertBudgetLines(
    w.t.handle.db,
    () => crypto.randomUUID(),
    [budgetLine({ unitCode, code: `${unitCode}-${crypto.randomUUID().slice(0, 8)}` })],
    w.t.clock.now().toISOString(),
  );
  return id ?? MISSING_ID;
}

/** A survey round made by the administrator, open now for a week, inviting every user. */
async function surveyRound(w: World): Promise<string> {
  const now = w.t.clock.now().getTime();
  const made = await call(w.t, 'POST', '/api/admin/surveys', {
    cookie: await signIn(w.t, w.office.admin),
    body: {
      title: 'แบบสำรวจ',
      fiscalYear: 2569,
      opensAt: new Date(now).toISOString(),
      closesAt: new Date(now + 7 * 86_400_000).toISOString(),
      invitation: { allUsers: true },
    },
  });
  return made.body.id;
}

/** A lawful appointment for the next day: analyst A acts for the head of their own section, by the test order. */
function analystAForHead1(w: World): Record<string, unknown> {
  const now = w.t.clock.now().getTime();
  return {
    actingUserId: w.office.analystA.id,
    forUserId: w.office.headSection1.id,
    startsAt: new Date(now).toISOString(),
    endsAt: new Date(now + 86_400_000).toISOString(),
    reason: 'ลาพักผ่อน',
    ...TEST_ORDER,
  };
}

const surveyPath =
  (suffix = '') =>
  async (w: World, _r: Role, object: ObjectKind): Promise<CallSpec> => ({
    path: `/api/admin/surveys/${object === 'nonexistent' ? MISSING_ID : await surveyRound(w)}${suffix}`,
  });

const SURVEY_ANSWERS = {
  answers: ['overall', 'ease_of_use', 'tracking_speed', 'status_accuracy', 'notification_usefulness'].map((questionId) => ({
    questionId,
    value: 5,
  })),
};

/** A webhook endpoint registered by the administrator: the object of the endpoint routes. */
async function webhookPath(w: World, object: ObjectKind, suffix = ''): Promise<CallSpec> {
  if (object === 'nonexistent') return { path: `/api/admin/webhooks/${MISSING_ID}${suffix}` };
  const made = await call(w.t, 'POST', '/api/admin/webhooks', {
    cookie: await signIn(w.t, w.office.admin),
    body: { url: 'https://example.org/hook', eventTypes: ['SUBMIT'] },
  });
  return { path: `/api/admin/webhooks/${made.body.id}${suffix}` };
}

/** A delivery that failed for good: the object of the retry route. */
async function failedDeliveryPath(w: World, object: ObjectKind): Promise<CallSpec> {
  if (object === 'nonexistent') return { path: '/api/admin/outbox/webhook:missing/retry' };
  const id = `webhook:${crypto.randomUUID()}`;
  const at = w.t.clock.now().toISOString();
  await w.t.handle.db
    .insertInto('outbox')
    .values({ id, channel: 'webhook', topic: 'SUBMIT', payload: '{}', status: 'failed', attempts: 10, next_attempt_at: at, created_at: at })
    .execute();
  return { path: `/api/admin/outbox/${id}/retry` };
}

const fixed = (path: string, body?: unknown) => async (): Promise<CallSpec> => ({ path, ...(body === undefined ? {} : { body }) });
const byObject =
  (own: string, nonexistent: string, body?: unknown) =>
  async (_w: World, _r: Role, object: ObjectKind): Promise<CallSpec> => ({
    path: object === 'nonexistent' ? nonexistent : own,
    ...(body === undefined ? {} : { body }),
  });

const MATRIX: Record<string, Entry> = {
  'POST /api/session': {
    call: async (w, role) => ({ path: '/api/session', body: { username: w.user(role)?.username ?? 'nobody', password: PASSWORD } }),
    expect: { none: all(200) },
  },
  'GET /api/health': { call: fixed('/api/health'), expect: { none: [200, 200, 200, 200, 200, 200, 200, 200, 200] } },
  'GET /api/session': { call: fixed('/api/session'), expect: { none: all(200) } },
  // Who am I, if anyone: the sign-in page asks it, so a stranger gets 200 with no user, not 401.
  'GET /api/session/current': { call: fixed('/api/session/current'), expect: { none: [200, 200, 200, 200, 200, 200, 200, 200, 200] } },
  'GET /api/me/contact': { call: fixed('/api/me/contact'), expect: { none: all(200) } },
  'PUT /api/me/contact': { call: fixed('/api/me/contact', { phoneExtension: '1234' }), expect: { none: all(200) } },
  'DELETE /api/session': { call: fixed('/api/session'), expect: { none: [204, 204, 204, 204, 204, 204, 204, 204, 204] } },
  'POST /api/session/reauth': { call: fixed('/api/session/reauth', { password: PASSWORD }), expect: { none: all(204) } },
  'POST /api/session/sign-out-everywhere': { call: fixed('/api/session/sign-out-everywhere'), expect: { none: all(204) } },

  'GET /api/requests': { call: fixed('/api/requests'), expect: { none: all(200) } },
  'GET /api/inbox/export': { call: fixed('/api/inbox/export?format=csv'), expect: { none: all(200) } },
  'GET /api/requests/export': { call: fixed('/api/requests/export?format=csv'), expect: { none: all(200) } },
  'GET /api/requests/{id}/history/export': {
    call: async (w, role, object) => ({ path: (await requestPath(w, role, object, 'in_review', '/history/export?format=xlsx')).path }),
    expect: { own: all(200), foreign: FOREIGN_404, nonexistent: all(404) },
  },
  'POST /api/requests': {
    call: fixed('/api/requests', smallAllotment()),
    expect: { none: [401, 201, 201, 403, 403, 403, 403, 403, 403] },
  },
  'POST /api/requests/with-attachments': {
    // As POST /api/requests: only a budget unit's staff create, here with a document.
    call: async () => {
      const form = pdfForm('files');
      form.append('request', JSON.stringify(smallAllotment()));
      return { path: '/api/requests/with-attachments', form };
    },
    expect: { none: [401, 201, 201, 403, 403, 403, 403, 403, 403] },
  },
  'GET /api/requests/{id}': {
    call: async (w, role, object) => ({ path: (await requestPath(w, role, object, 'in_review')).path }),
    expect: { own: all(200), foreign: FOREIGN_404, nonexistent: all(404) },
  },
  // Every signed-in person reads the lines of their scope (and the central fund's); a request's panel as the request.
  'GET /api/budget-lines': { call: fixed('/api/budget-lines'), expect: { none: all(200) } },
  // A unit's line's page, as its requests: within scope; outside it not found. The lines report and its file: everyone's
  // own scope (a unit its lines and the central fund's).
  'GET /api/budget-lines/{id}': {
    call: async (w, role, object) => ({
      path: `/api/budget-lines/${object === 'nonexistent' ? MISSING_ID : await lineOf(w, w.unitOf(role, object === 'foreign' ? 'foreign' : 'own'))}`,
    }),
    expect: { own: all(200), foreign: FOREIGN_404, nonexistent: all(404) },
  },
  'GET /api/budget-report': { call: fixed('/api/budget-report'), expect: { none: all(200) } },
  'GET /api/budget-report/export': { call: fixed('/api/budget-report/export?format=xlsx'), expect: { none: all(200) } },
  'GET /api/requests/{id}/budget': {
    call: async (w, role, object) => ({ path: (await requestPath(w, role, object, 'in_review', '/budget')).path }),
    expect: { own: all(200), foreign: FOREIGN_404, nonexistent: all(404) },
  },
  'PUT /api/requests/{id}': {
    call: async (w, role, object) => {
      const { path, version } = await requestPath(w, role, object, 'draft');
      return { path, body: { version, content: smallAllotment() } };
    },
    expect: { own: [401, 200, 200, 403, 403, 403, 403, 403, 403], foreign: FOREIGN_404, nonexistent: all(404) },
  },
  'POST /api/requests/{id}/events': {
    // Units withdraw their own request; everyone else tries to approve it at level 2.
    call: async (w, role, object) => {
      const { path, version } = await requestPath(w, role, object, 'in_review', '/events');
      return { path, body: { type: role === 'unit' || role === 'otherUnit' ? 'WITHDRAW' : 'APPROVE', version } };
    },
    expect: { own: [401, 200, 200, 200, 200, 403, 403, 403, 403], foreign: FOREIGN_404, nonexistent: all(404) },
  },
  'POST /api/requests/{id}/attachments': {
    // The unit on its own open request; of the reviewers only the one holding its current level (the analyst, at level 2).
    call: async (w, role, object) => ({ path: (await requestPath(w, role, object, 'in_review', '/attachments')).path, form: pdfForm() }),
    expect: { own: [401, 201, 201, 201, 201, 403, 403, 403, 403], foreign: FOREIGN_404, nonexistent: all(404) },
  },
  'GET /api/requests/{id}/attachments/{attachmentId}': {
    call: async (w, role, object) => ({ path: await attachmentPath(w, role, object) }),
    expect: { own: all(200), foreign: FOREIGN_404, nonexistent: all(404) },
  },
  'DELETE /api/requests/{id}/attachments/{attachmentId}': {
    // Only the uploader (here the unit that attached it) removes it.
    call: async (w, role, object) => ({ path: await attachmentPath(w, role, object) }),
    expect: { own: [401, 204, 204, 403, 403, 403, 403, 403, 403], foreign: FOREIGN_404, nonexistent: all(404) },
  },
  'GET /api/inbox': { call: fixed('/api/inbox'), expect: { none: all(200) } },
  'GET /api/inbox/next': {
    call: fixed('/api/inbox/next?after=00000000-0000-4000-8000-000000000000&enteredAt=2026-11-24T03:15:00.000Z'),
    expect: { none: all(200) },
  },
  'POST /api/requests/bulk-events': {
    // An approval of a request in the role's own scope; what happens to each item is in the 200 body, the status says who may ask.
    call: async (w, role) => {
      const request = await requestOf(w, w.unitOf(role, 'own'), 'in_review');
      return { path: '/api/requests/bulk-events', body: { type: 'APPROVE', items: [{ id: request.id, version: request.version }] } };
    },
    expect: { none: [401, 403, 403, 200, 200, 200, 200, 200, 403] },
  },
  'GET /api/notifications': { call: fixed('/api/notifications'), expect: { none: all(200) } },
  'GET /api/notification-settings': { call: fixed('/api/notification-settings'), expect: { none: all(200) } },
  'PUT /api/notification-settings': {
    call: fixed('/api/notification-settings', {
      email: 'someone@example.go.th',
      language: 'en',
      emailKinds: { arrived: true, moved: false, returned: true, decided: true, reminder: true, escalation: true, late: true },
    }),
    expect: { none: all(200) },
  },
  'POST /api/notifications/read': { call: fixed('/api/notifications/read', { all: true }), expect: { none: all(204) } },
  'GET /api/overview': { call: fixed('/api/overview'), expect: { none: [401, 403, 403, 403, 403, 403, 200, 200, 200] } },
  'GET /api/overview/export': {
    call: fixed('/api/overview/export?table=ageing&format=xlsx'),
    expect: { none: [401, 403, 403, 403, 403, 403, 200, 200, 200] },
  },
  'GET /api/council-report': {
    call: fixed('/api/council-report?fiscalYear=2569'),
    expect: { none: [401, 403, 403, 403, 403, 403, 403, 200, 200] },
  },
  'GET /api/council-report/xlsx': {
    call: fixed('/api/council-report/xlsx?fiscalYear=2569'),
    expect: { none: [401, 403, 403, 403, 403, 403, 403, 200, 200] },
  },
  'GET /api/units': { call: fixed('/api/units'), expect: { none: all(200) } },
  'GET /api/routing-rules': { call: fixed('/api/routing-rules'), expect: { none: all(200) } },
  'GET /api/level-targets': { call: fixed('/api/level-targets'), expect: { none: all(200) } },

  'GET /api/appointments': { call: fixed('/api/appointments'), expect: { none: all(200) } },
  'POST /api/appointments': {
    // Analyst A to act for the head of section 1: the administrator, a superior in the line (the director of division 1,
    // an executive), or the head as the holder, may make it.
    call: async (w) => ({ path: '/api/appointments', body: analystAForHead1(w) }),
    expect: { none: [401, 403, 403, 403, 403, 201, 201, 201, 201] },
  },
  'DELETE /api/appointments/{id}': {
    call: async (w, _role, object) => {
      if (object === 'nonexistent') return { path: `/api/appointments/${MISSING_ID}` };
      const made = await call(w.t, 'POST', '/api/appointments', { cookie: await signIn(w.t, w.office.admin), body: analystAForHead1(w) });
      return { path: `/api/appointments/${made.body.id}` };
    },
    // The administrator (who made it) and the person acted for may revoke; to anyone else it does not exist.
    expect: { own: [401, 404, 404, 404, 404, 204, 404, 404, 204], nonexistent: all(404) },
  },

  'GET /api/admin/users': { call: fixed('/api/admin/users'), expect: { none: adminOnly(200) } },
  'POST /api/admin/users': {
    call: async (_w, role) => ({
      path: '/api/admin/users',
      body: { username: `new-${role.toLowerCase()}`, displayName: 'ผู้ใช้ใหม่', password: 'a-long-password-1', level: 1, unitCode: 'K02' },
    }),
    expect: { none: adminOnly(201) },
  },
  'PATCH /api/admin/users/{id}': {
    call: async (w, _r, object) => ({
      path: `/api/admin/users/${object === 'own' ? w.office.unitK01b.id : MISSING_ID}`,
      body: { displayName: 'ชื่อใหม่' },
    }),
    expect: { own: adminOnly(200), nonexistent: adminOnly(404) },
  },
  'POST /api/admin/users/{id}/password': {
    call: async (w, _r, object) => ({
      path: `/api/admin/users/${object === 'own' ? w.office.unitK01b.id : MISSING_ID}/password`,
      body: { password: 'another-long-password' },
    }),
    expect: { own: adminOnly(204), nonexistent: adminOnly(404) },
  },
  'PUT /api/admin/users/{id}/portfolio': {
    call: async (w, _r, object) => ({
      path: `/api/admin/users/${object === 'own' ? w.office.analystA.id : MISSING_ID}/portfolio`,
      body: { unitCodes: ['K01', 'K02'] },
    }),
    expect: { own: adminOnly(200), nonexistent: adminOnly(404) },
  },
  'GET /api/admin/org': { call: fixed('/api/admin/org'), expect: { none: adminOnly(200) } },
  'GET /api/admin/units': { call: fixed('/api/admin/units'), expect: { none: adminOnly(200) } },
  'POST /api/admin/units': {
    call: async (_w, role) => ({
      path: '/api/admin/units',
      body: { code: `X0${ROLES.indexOf(role)}`, kind: 'department', nameTh: 'หน่วยงานทดสอบ', nameEn: 'Test unit' },
    }),
    expect: { none: adminOnly(201) },
  },
  'PATCH /api/admin/units/{code}': {
    call: byObject('/api/admin/units/K02', '/api/admin/units/Z99', { nameEn: 'Renamed' }),
    expect: { own: adminOnly(200), nonexistent: adminOnly(404) },
  },
  'GET /api/admin/routing-rules': { call: fixed('/api/admin/routing-rules'), expect: { none: adminOnly(200) } },
  'PUT /api/admin/routing-rules': {
    call: fixed('/api/admin/routing-rules', { rules: DEFAULT_ROUTING_RULES }),
    expect: { none: adminOnly(200) },
  },
  'GET /api/admin/budget-check': { call: fixed('/api/admin/budget-check'), expect: { none: adminOnly(200) } },
  'PUT /api/admin/budget-check': {
    call: fixed('/api/admin/budget-check', { enforceAtLevels: [], reserveOnSubmit: false }),
    expect: { none: adminOnly(200) },
  },
  'GET /api/admin/holidays': { call: fixed('/api/admin/holidays?year=2026'), expect: { none: adminOnly(200) } },
  'POST /api/admin/holidays': {
    call: async (_w, role) => ({
      path: '/api/admin/holidays',
      body: { date: `2031-01-1${ROLES.indexOf(role)}`, nameTh: 'วันหยุดพิเศษ', nameEn: 'Special holiday', kind: 'special' },
    }),
    expect: { none: adminOnly(201) },
  },
  'DELETE /api/admin/holidays/{date}': {
    call: byObject('/api/admin/holidays/2026-01-01', '/api/admin/holidays/2031-12-31'),
    expect: { own: adminOnly(204), nonexistent: adminOnly(404) },
  },
  'PATCH /api/admin/holidays/{date}': {
    call: byObject('/api/admin/holidays/2026-01-01', '/api/admin/holidays/2031-12-31', {
      nameTh: 'วันขึ้นปีใหม่',
      nameEn: 'New Year',
      kind: 'fixed',
    }),
    expect: { own: adminOnly(200), nonexistent: adminOnly(404) },
  },
  'GET /api/admin/holidays/generated': { call: fixed('/api/admin/holidays/generated?year=2030'), expect: { none: adminOnly(200) } },
  'POST /api/admin/holidays/generated': { call: fixed('/api/admin/holidays/generated', { year: 2030 }), expect: { none: adminOnly(200) } },
  'GET /api/admin/level-targets': { call: fixed('/api/admin/level-targets'), expect: { none: adminOnly(200) } },
  'PUT /api/admin/level-targets': {
    call: fixed('/api/admin/level-targets', { default: { 2: 3, 3: 1, 4: 1, 5: 1, 6: 2, 7: 2, 8: 3 }, byType: { transfer: { 2: 5 } } }),
    expect: { none: adminOnly(200) },
  },
  'GET /api/admin/audit': { call: fixed('/api/admin/audit'), expect: { none: adminOnly(200) } },

  'GET /api/surveys/pending': { call: fixed('/api/surveys/pending'), expect: { none: all(200) } },
  'PUT /api/surveys/{roundId}/response': {
    // Every user is invited and answers; administrators never answer.
    call: async (w, _r, object) => ({
      path: `/api/surveys/${object === 'nonexistent' ? MISSING_ID : await surveyRound(w)}/response`,
      body: SURVEY_ANSWERS,
    }),
    expect: { own: [401, 200, 200, 200, 200, 200, 200, 200, 403], nonexistent: [401, 404, 404, 404, 404, 404, 404, 404, 403] },
  },
  'GET /api/admin/surveys': { call: fixed('/api/admin/surveys'), expect: { none: adminOnly(200) } },
  'POST /api/admin/surveys': {
    call: async (w) => ({
      path: '/api/admin/surveys',
      body: {
        title: 'แบบสำรวจ',
        fiscalYear: 2569,
        opensAt: w.t.clock.now().toISOString(),
        closesAt: '2026-12-31T00:00:00Z',
        invitation: { levels: [1] },
      },
    }),
    expect: { none: adminOnly(201) },
  },
  'GET /api/admin/surveys/{roundId}': { call: surveyPath(), expect: { own: adminOnly(200), nonexistent: adminOnly(404) } },
  'PATCH /api/admin/surveys/{roundId}': {
    call: async (w, role, object) => ({ ...(await surveyPath()(w, role, object)), body: { title: 'ชื่อใหม่' } }),
    expect: { own: adminOnly(200), nonexistent: adminOnly(404) },
  },
  'DELETE /api/admin/surveys/{roundId}': { call: surveyPath(), expect: { own: adminOnly(204), nonexistent: adminOnly(404) } },
  'GET /api/admin/surveys/{roundId}/results': {
    call: surveyPath('/results'),
    expect: { own: adminOnly(200), nonexistent: adminOnly(404) },
  },
  'GET /api/admin/surveys/{roundId}/summary': {
    call: surveyPath('/summary'),
    expect: { own: adminOnly(200), nonexistent: adminOnly(404) },
  },
  'GET /api/admin/surveys/{roundId}/export': {
    call: surveyPath('/export?what=answers&format=csv'),
    expect: { own: adminOnly(200), nonexistent: adminOnly(404) },
  },
  'GET /api/admin/surveys/compare': {
    call: async (w) => ({ path: `/api/admin/surveys/compare?rounds=${await surveyRound(w)},${await surveyRound(w)}` }),
    expect: { none: adminOnly(200) },
  },
  'POST /api/admin/imports/preview': {
    call: async () => ({ path: '/api/admin/imports/preview', form: sheetForm(oldSheet(), 'old.csv') }),
    expect: { none: adminOnly(200) },
  },
  'POST /api/admin/imports': {
    call: async () => ({ path: '/api/admin/imports', form: sheetForm(oldSheet(), 'old.csv') }),
    expect: { none: adminOnly(201) },
  },
  'POST /api/admin/budget-lines/import/preview': {
    call: async () => ({ path: '/api/admin/budget-lines/import/preview', form: sheetForm(budgetLineSheet(), 'lines.csv') }),
    expect: { none: adminOnly(200) },
  },
  'POST /api/admin/budget-lines/import': {
    call: async () => ({ path: '/api/admin/budget-lines/import', form: sheetForm(budgetLineSheet(), 'lines.csv') }),
    expect: { none: adminOnly(201) },
  },
  'GET /api/admin/history/verify': { call: fixed('/api/admin/history/verify'), expect: { none: adminOnly(200) } },
  'GET /api/admin/ledger/verify': { call: fixed('/api/admin/ledger/verify'), expect: { none: adminOnly(200) } },
  'GET /api/admin/scheduler': { call: fixed('/api/admin/scheduler'), expect: { none: adminOnly(200) } },
  'GET /api/admin/webhooks': { call: fixed('/api/admin/webhooks'), expect: { none: adminOnly(200) } },
  'POST /api/admin/webhooks': {
    call: fixed('/api/admin/webhooks', { url: 'https://example.org/hook', eventTypes: ['SUBMIT', 'APPROVE'] }),
    expect: { none: adminOnly(201) },
  },
  'PATCH /api/admin/webhooks/{id}': {
    call: async (w, _r, object) => ({ ...(await webhookPath(w, object)), body: { active: false } }),
    expect: { own: adminOnly(200), nonexistent: adminOnly(404) },
  },
  'POST /api/admin/webhooks/{id}/secret': {
    call: async (w, _r, object) => webhookPath(w, object, '/secret'),
    expect: { own: adminOnly(200), nonexistent: adminOnly(404) },
  },
  'GET /api/admin/outbox': { call: fixed('/api/admin/outbox'), expect: { none: adminOnly(200) } },
  'POST /api/admin/outbox/{id}/retry': {
    call: async (w, _r, object) => failedDeliveryPath(w, object),
    expect: { own: adminOnly(200), nonexistent: adminOnly(404) },
  },
};

function makeWorld(t: TestApp, office: Office): World {
  const users: Record<Exclude<Role, 'anonymous'>, OfficeUser> = {
    unit: office.unitK01,
    otherUnit: office.unitD05,
    analyst: office.analystA,
    otherAnalyst: office.analystB,
    head: office.headSection1,
    director: office.directorDivision1,
    executive: office.level6,
    admin: office.admin,
  };
  const outsideK01: readonly Role[] = ['otherUnit', 'otherAnalyst'];
  return {
    t,
    office,
    user: (role) => (role === 'anonymous' ? null : users[role]),
    unitOf: (role, object) => {
      const ownIsK01 = !outsideK01.includes(role);
      return ownIsK01 === (object === 'own') ? office.unitK01 : office.unitD05;
    },
  };
}

let documented: string[] = [];
beforeAll(async () => {
  const t = await makeTestApp();
  const doc = (await call(t, 'GET', '/api/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
  documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
  await t.close();
});

describe('the authorization matrix', () => {
  it('covers every route of the API, and nothing else', () => {
    expect(documented.length).toBeGreaterThan(25);
    expect(Object.keys(MATRIX).sort()).toEqual([...documented].sort());
  });

  it('gives each route an expectation per object kind that fits its path', () => {
    for (const [route, entry] of Object.entries(MATRIX)) {
      const kinds = Object.keys(entry.expect).sort();
      expect(kinds, route).toEqual(route.includes('{') ? expect.arrayContaining(['nonexistent', 'own']) : ['none']);
      for (const row of Object.values(entry.expect)) expect(row, route).toHaveLength(ROLES.length);
    }
  });

  for (const [route, entry] of Object.entries(MATRIX)) {
    it(`enforces ${route}`, async () => {
      const t = await makeTestApp();
      try {
        const office = await buildOffice(t.handle.db);
        const world = makeWorld(t, office);
        const method = route.split(' ')[0] ?? 'GET';
        const failures: string[] = [];
        for (const [object, row] of Object.entries(entry.expect) as [ObjectKind, Row][]) {
          for (const [index, role] of ROLES.entries()) {
            const expected = row[index];
            if (expected === '-') continue;
            const spec = await entry.call(world, role, object);
            const user = world.user(role);
            const cookie = user ? await signIn(t, user) : undefined;
            const res = await call(t, method, spec.path, { cookie, body: spec.body, form: spec.form });
            if (res.status !== expected)
              failures.push(`${role} × ${object}: expected ${expected}, got ${res.status} ${JSON.stringify(res.body?.error ?? '')}`);
          }
        }
        expect(failures).toEqual([]);
      } finally {
        await t.close();
      }
    });
  }
});
