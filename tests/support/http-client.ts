// Talks to the app over app.request like a browser would: JSON bodies, the session cookie, a language.
import type { TestApp } from './test-app';
import { PASSWORD, type OfficeUser } from './office';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test reads the body it expects and its assertions check the shape
export interface ApiResult<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export interface CallOptions {
  cookie?: string | undefined;
  body?: unknown;
  rawBody?: string;
  /** A multipart/form-data body (file uploads); fetch sets the content type with its boundary. */
  form?: FormData;
  lang?: 'th' | 'en';
  /** The client's network address, as a Node server would see it on the connection (unset: no connection, as app.request). */
  from?: string;
}

/** What @hono/node-server hands the app for a request arriving on a connection from `address`. */
export function connectionFrom(address: string) {
  return { incoming: { socket: { remoteAddress: address, remotePort: 50_000, remoteFamily: address.includes(':') ? 'IPv6' : 'IPv4' } } };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as ApiResult: the caller's assertions check the body's shape
export async function call<T = any>(t: TestApp, method: string, path: string, options: CallOptions = {}): Promise<ApiResult<T>> {
  const headers: Record<string, string> = {};
  if (options.cookie) headers.cookie = options.cookie;
  if (options.lang) headers['accept-language'] = options.lang;
  let body: string | FormData | undefined;
  if (options.form !== undefined) {
    body = options.form;
  } else if (options.rawBody !== undefined) {
    body = options.rawBody;
    headers['content-type'] = 'application/json';
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] = 'application/json';
  }
  const res = await t.app.request(path, { method, headers, body }, options.from ? connectionFrom(options.from) : undefined);
  const text = await res.text();
  // Downloads are not JSON; their bytes are read through t.app.request directly.
  const isJson = res.headers.get('content-type')?.startsWith('application/json') ?? false;
  return { status: res.status, body: (text && isJson ? JSON.parse(text) : text || null) as T, headers: res.headers };
}

/** Signs in and returns the Cookie header value to send on later calls. */
export async function signIn(t: TestApp, user: OfficeUser | string, password = PASSWORD): Promise<string> {
  const username = typeof user === 'string' ? user : user.username;
  const res = await t.app.request('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${username} failed: ${res.status} ${await res.text()}`);
  const setCookie = res.headers.get('set-cookie') ?? '';
  const pair = setCookie.split(';')[0];
  if (!pair) throw new Error('no session cookie');
  return pair;
}
