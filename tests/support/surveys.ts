// Survey test helpers: a round made through the API, full answers to the default questionnaire, many respondents.
import { hashPassword } from '@bmrts/db';
import { expect } from 'vitest';
import type { TestApp } from './test-app';
import { CHEAP_SCRYPT } from './test-app';
import { PASSWORD, type OfficeUser } from './office';
import { call } from './http-client';

const DAY_MS = 86_400_000;

/**
 * A round open from now for a week, inviting everyone, from the default questionnaire, named (most tests here read who
 * answered), unless told otherwise. The API's own default is anonymous: api/surveys-honest.test.ts asks it without this.
 */
export async function createRound(
  t: TestApp,
  adminCookie: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; [key: string]: unknown }> {
  const now = t.clock.now().getTime();
  const res = await call(t, 'POST', '/api/admin/surveys', {
    cookie: adminCookie,
    body: {
      title: 'แบบสำรวจความพึงพอใจ ปีงบประมาณ พ.ศ. 2569',
      fiscalYear: 2569,
      opensAt: new Date(now).toISOString(),
      closesAt: new Date(now + 7 * DAY_MS).toISOString(),
      invitation: { allUsers: true },
      anonymous: false,
      ...overrides,
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

/** Answers to every scale question of the default questionnaire: `overall` for the KPI question, `others` elsewhere. */
export function defaultAnswers(overall: number, others = 4, suggestion?: string) {
  return {
    answers: [
      { questionId: 'overall', value: overall },
      { questionId: 'ease_of_use', value: others },
      { questionId: 'tracking_speed', value: others },
      { questionId: 'status_accuracy', value: others },
      { questionId: 'notification_usefulness', value: others },
      ...(suggestion === undefined ? [] : [{ questionId: 'suggestions', value: suggestion }]),
    ],
  };
}

/** `count` budget-unit staff of `unitCode`, named `<prefix>-<n>`, signed in with PASSWORD. */
export async function addUnitStaff(t: TestApp, prefix: string, count: number, unitCode = 'K02'): Promise<OfficeUser[]> {
  const passwordHash = await hashPassword(PASSWORD, CHEAP_SCRYPT);
  const at = '2026-01-01T00:00:00.000Z';
  const people = Array.from({ length: count }, (_, i) => ({ id: `u-${prefix}-${i + 1}`, username: `${prefix}-${i + 1}` }));
  await t.handle.db
    .insertInto('users')
    .values(
      people.map((p) => ({
        id: p.id,
        username: p.username,
        password_hash: passwordHash,
        display_name: `นาย ${p.username} ทดสอบ`,
        level: 1,
        unit_code: unitCode,
        section_id: null,
        division_id: null,
        is_admin: 0,
        active: 1,
        created_at: at,
        updated_at: at,
      })),
    )
    .execute();
  return people;
}

/** A file download: its status, headers and bytes (call() would read the body as text). */
export async function download(
  t: TestApp,
  path: string,
  cookie: string,
): Promise<{ status: number; headers: Headers; bytes: Uint8Array; text: string }> {
  const res = await t.app.request(path, { headers: { cookie } });
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}
