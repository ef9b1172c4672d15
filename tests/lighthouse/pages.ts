// The pages Lighthouse measures: the sign-in page, an analyst's inbox and a request page, and the dashboard. Request ids
// and who may open the dashboard are asked of the API, so the demo data may change under the script.
import type { SessionCookie } from './chromium';

export const DEMO_PASSWORD = 'bmrts-demo';
const ANALYST = 'analyst1';
/** The dashboard is for division directors and above: the first of these who may open it is used. */
const DASHBOARD_READERS = ['director1', 'deputy', 'deputygov', 'admin'];

export interface MeasuredPage {
  name: string;
  path: string;
  session: SessionCookie | null;
}

async function signIn(baseUrl: string, username: string): Promise<SessionCookie> {
  const res = await fetch(`${baseUrl}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!res.ok) throw new Error(`sign-in as ${username}: HTTP ${res.status} ${await res.text()}`);
  const first = res.headers.getSetCookie()[0] ?? '';
  const [pair = ''] = first.split(';');
  const eq = pair.indexOf('=');
  if (eq < 1) throw new Error(`sign-in as ${username}: no session cookie`);
  return { name: pair.slice(0, eq), value: pair.slice(eq + 1) };
}

async function api<T>(baseUrl: string, session: SessionCookie, path: string): Promise<T> {
  const res = await fetch(`${baseUrl}${path}`, { headers: { cookie: `${session.name}=${session.value}` } });
  if (!res.ok) throw new Error(`GET ${path}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

type RequestList = { items: { id: string }[] };

/** A request the analyst is reviewing now (the page an analyst opens most), else any request they can see. */
async function someRequestId(baseUrl: string, session: SessionCookie): Promise<string> {
  for (const query of ['&status=in_review', '']) {
    const list = await api<RequestList>(baseUrl, session, `/api/requests?limit=1${query}`);
    if (list.items[0]) return list.items[0].id;
  }
  throw new Error(`${ANALYST} sees no request in the demo data`);
}

async function dashboardReader(baseUrl: string): Promise<SessionCookie> {
  for (const username of DASHBOARD_READERS) {
    const session = await signIn(baseUrl, username);
    const me = await api<{ user: { pages: { overview?: boolean } } }>(baseUrl, session, '/api/session');
    if (me.user.pages.overview) return session;
  }
  throw new Error('no demo user may open the dashboard');
}

export async function measuredPages(baseUrl: string): Promise<MeasuredPage[]> {
  const analyst = await signIn(baseUrl, ANALYST);
  return [
    { name: 'sign-in', path: '/login', session: null },
    { name: 'inbox (analyst)', path: '/', session: analyst },
    { name: 'request (analyst)', path: `/requests/${await someRequestId(baseUrl, analyst)}`, session: analyst },
    { name: 'dashboard', path: '/overview', session: await dashboardReader(baseUrl) },
  ];
}
