// Moves a request through the workflow over HTTP, as the people who hold each step would.
import { expect } from 'vitest';
import type { RequestContentInput, RequestEventType, RequestView } from '@bmrts/shared';
import type { TestApp } from './test-app';
import { call, signIn } from './http-client';
import { k01ReviewerAt, type Office, type OfficeUser } from './office';

export class Actors {
  private cookies = new Map<string, string>();
  constructor(private t: TestApp) {}
  async cookie(user: OfficeUser): Promise<string> {
    let cookie = this.cookies.get(user.username);
    if (!cookie) {
      cookie = await signIn(this.t, user);
      this.cookies.set(user.username, cookie);
    }
    return cookie;
  }
}

export async function createDraft(t: TestApp, actors: Actors, unitUser: OfficeUser, content: RequestContentInput): Promise<RequestView> {
  const res = await call<RequestView>(t, 'POST', '/api/requests', { cookie: await actors.cookie(unitUser), body: content });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

export async function send(
  t: TestApp,
  actors: Actors,
  user: OfficeUser,
  request: RequestView,
  type: RequestEventType,
  comment?: string,
): Promise<RequestView> {
  const res = await call<RequestView>(t, 'POST', `/api/requests/${request.id}/events`, {
    cookie: await actors.cookie(user),
    body: { type, version: request.version, ...(comment ? { comment } : {}) },
  });
  expect(res.status, `${type} by ${user.username}: ${JSON.stringify(res.body)}`).toBe(200);
  return res.body;
}

/** Approves at every level from the current one up to the final level, each by the K01 reviewer holding it. */
export async function approveToTop(t: TestApp, actors: Actors, office: Office, request: RequestView): Promise<RequestView> {
  let current = request;
  while (current.status === 'in_review') {
    current = await send(t, actors, k01ReviewerAt(office, current.level), current, 'APPROVE', `เห็นควรอนุมัติ (ระดับ ${current.level})`);
  }
  return current;
}
