// The one HTTP client: Hono's typed hc<AppType> against /api, sending the session cookie and the UI language,
// with every call's error body { error: { code, message, issues } } turned into an ApiError.
import i18next from 'i18next';
import { hc } from 'hono/client';
import type { ClientResponse } from 'hono/client';
import type { SuccessStatusCode } from 'hono/utils/http-status';
import type { AppType } from '@bmrts/server/app-type';
import type { ErrorResponse } from '@bmrts/shared';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: NonNullable<ErrorResponse['error']['issues']> = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function acceptLanguage(): string {
  return i18next.language === 'en' ? 'en' : 'th';
}

type Transport = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

let transport: Transport = (input, init) => fetch(input, init);

/**
 * Where the calls go: the network in the browser; on the server's first render of a page (app/entry-server.tsx), into
 * the server itself, as the person whose page it is.
 */
export function setApiTransport(next: Transport): void {
  transport = next;
}

export const client = hc<AppType>('/', {
  fetch: ((input: RequestInfo | URL, init?: RequestInit) => transport(input, init)) as typeof fetch,
  headers: () => ({ 'Accept-Language': acceptLanguage(), Accept: 'application/json' }),
  init: { credentials: 'same-origin' },
});

/** The body type of a response's success statuses, as the server's route declares it. */
export type SuccessBody<R> =
  R extends ClientResponse<infer Body, infer Status, infer _Format> ? (Status extends SuccessStatusCode ? Body : never) : never;

type AnyClientResponse = ClientResponse<unknown, number, string>;

function isErrorResponse(body: unknown): body is ErrorResponse {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const error: unknown = body.error;
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error;
}

/**
 * Awaits one hc call: its success body, typed by the route, or an ApiError worded by the server
 * (or by us when the network fails or the reply is not our error shape).
 */
export async function call<R extends AnyClientResponse>(request: Promise<R>): Promise<SuccessBody<R>> {
  let response: R;
  try {
    response = await request;
  } catch {
    // Offline, say so, and that nothing waits to be sent: the app queues no call (see app/providers.tsx).
    const offline = typeof navigator !== 'undefined' && !navigator.onLine;
    throw new ApiError(0, 'network_error', i18next.t(offline ? 'offline.notSent' : 'app.networkError'));
  }
  const text = response.status === 204 ? '' : await response.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  // The route's declared schema types the body (hc cannot check it at run time; the server validates its output).
  if (response.ok) return body as SuccessBody<R>;
  if (isErrorResponse(body)) throw new ApiError(response.status, body.error.code, body.error.message, body.error.issues);
  throw new ApiError(response.status, 'http_error', i18next.t('app.unknownError'));
}

export function errorMessageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return i18next.t('app.unknownError');
}

/** What the server said was wrong, field by field when it named fields (a comment over its limit), else its message. */
export function refusalDetailOf(error: unknown): string {
  if (error instanceof ApiError && error.issues.length > 0) return error.issues.map((issue) => issue.message).join(' ');
  return errorMessageOf(error);
}
