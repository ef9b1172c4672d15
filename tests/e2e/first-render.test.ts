// The server draws each page before any script runs (issue 15: the inbox took over 3 s to show a row on Lighthouse's slow
// 4G phone, behind the app's scripts and then its API calls): what a person needs is in the HTML itself, drawn as that
// person and in their language, and the app then takes that markup over without drawing it again.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, launchBrowser, signedInPage } from './support/browser';
import { startServer, type RunningServer } from './support/app-server';
import { screenshot } from './support/page-checks';
import { allotment } from '../support/requests';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function sessionCookie(username: string): Promise<string> {
  const res = await fetch(`${server.baseUrl}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  expect(res.status).toBe(200);
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

async function api<T>(cookie: string, path: string): Promise<T> {
  const res = await fetch(`${server.baseUrl}${path}`, { headers: { cookie } });
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}

interface InboxPage {
  items: { id: string; title: string }[];
}
interface SessionAnswer {
  user: { displayName: string } | null;
}

/** The page's HTML as a browser first gets it, before any script. */
async function html(path: string, cookie?: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.baseUrl}${path}`, { headers: { ...(cookie ? { cookie } : {}), ...headers } });
  return { res, text: await res.text() };
}

/** The markup inside #root, text only. */
function rootText(page: string): string {
  return textOf(page.slice(page.indexOf('<div id="root">'), page.indexOf('<script type="application/json"')));
}

/** Markup as text, entities decoded enough to compare names and titles. */
function textOf(markup: string): string {
  return markup
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

describe('the first HTML of a page', () => {
  it("holds the analyst's inbox itself, drawn for them, kept out of shared caches and compressed", async () => {
    const cookie = await sessionCookie('analyst1');
    const inbox = await api<InboxPage>(cookie, '/api/inbox?limit=50');
    const me = await api<SessionAnswer>(cookie, '/api/session/current');
    expect(inbox.items.length).toBeGreaterThan(0);
    const { res, text } = await html('/', cookie);
    expect(res.status).toBe(200);
    expect(text).toContain('id="bmrts-first-render"');
    const drawn = rootText(text);
    expect(drawn).toContain(inbox.items[0]?.title);
    expect(drawn).toContain(me.user?.displayName);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.headers.get('vary')?.toLowerCase()).toContain('cookie');
    // The app's scripts are asked for after the page is painted, not preloaded ahead of it.
    expect(text).not.toContain('rel="modulepreload"');
    const packed = await fetch(`${server.baseUrl}/requests`, { headers: { cookie, 'accept-encoding': 'gzip' } });
    expect(packed.headers.get('content-encoding')).toBe('gzip');
  });

  it("never shows one person's page to another, however the requests interleave", async () => {
    const people = ['analyst1', 'unit1', 'director1', 'analyst2'];
    // One at a time: the server checks one password per address at once (the rest wait their turn or hear 503).
    const cookies: string[] = [];
    for (const person of people) cookies.push(await sessionCookie(person));
    const names = await Promise.all(
      cookies.map(async (c) => (await api<SessionAnswer>(c, '/api/session/current')).user?.displayName ?? ''),
    );
    const pages = await Promise.all(Array.from({ length: 16 }, (_, i) => html('/', cookies[i % people.length])));
    pages.forEach(({ text }, i) => {
      const own = i % people.length;
      expect(text).toContain('id="bmrts-first-render"');
      // Whose page it is, as its header says, and as the answers it was drawn from say.
      expect(textOf(text.match(/data-testid="current-user"[^>]*>[\s\S]*?<\/(?:span|div|p)>/)?.[0] ?? '')).toContain(names[own]);
      const state = JSON.parse(text.match(/id="bmrts-first-render">([\s\S]*?)<\/script>/)?.[1] ?? '{}') as {
        queries: { queryKey: unknown[]; state: { data: unknown } }[];
      };
      const session = state.queries.find((q) => q.queryKey[0] === 'session')?.state.data as { displayName: string } | undefined;
      expect(session?.displayName).toBe(names[own]);
    });
  });

  it("carries a person's text as typed, '$' patterns included, and the page still starts", async () => {
    const cookie = await sessionCookie('unit1');
    const title = "ขออนุมัติเงินประจำงวด $' $& $$ $` ทดสอบ";
    const created = await fetch(`${server.baseUrl}/api/requests`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify(allotment({ title, fiscalYear: 2570 })),
    });
    expect(created.status, await created.clone().text()).toBe(201);
    const { text } = await html('/requests', cookie);
    const island = text.match(/id="bmrts-first-render">([\s\S]*?)<\/script>/)?.[1] ?? '';
    expect(island).toContain(JSON.stringify(title).slice(1, -1).replace(/</g, '\\u003c'));
    expect(() => JSON.parse(island) as unknown).not.toThrow();
    expect(rootText(text)).toContain(title);
  });

  it('comes in the language the person chose, and the sign-in page is drawn for someone signed out', async () => {
    const cookie = await sessionCookie('analyst1');
    const english = await html('/', `${cookie}; bmrts_lang=en`);
    expect(english.text).toContain('<html lang="en">');
    expect(rootText(english.text)).toMatch(/Sign out|Inbox|Waiting/);
    const thai = await html('/', cookie);
    expect(thai.text).toContain('<html lang="th">');

    const login = await html('/login');
    expect(rootText(login.text)).toContain('เข้าสู่ระบบ');
    expect(login.text).toContain('method="post"');
    // Signed out, a page behind the sign-in is not drawn: the app sends the person to sign in.
    const home = await html('/');
    expect(home.text).not.toContain('id="bmrts-first-render"');
  });
});

describe('in the browser', () => {
  it('shows the inbox with no script at all, as a phone does before the scripts arrive', async () => {
    const context = await browser.newContext({ baseURL: server.baseUrl, javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const cookie = await sessionCookie('analyst1');
    const [name, value] = cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: server.baseUrl }]);
    const page = await context.newPage();
    await page.goto('/');
    const inbox = await api<InboxPage>(cookie, '/api/inbox?limit=50');
    // (The row's title is written twice: in the table cell a desk shows, and in the line a phone shows.)
    expect(
      await page
        .getByText(inbox.items[0]?.title ?? '')
        .filter({ visible: true })
        .count(),
    ).toBeGreaterThan(0);
    await screenshot(page, 'first-render-inbox-no-script-360');
    await context.close();
  });

  const PAGES: [string, string, string][] = [
    ['analyst1', '/', 'inbox'],
    ['analyst1', '/requests', 'request-list'],
    ['director1', '/overview', 'overview'],
    ['admin', '/admin/users', 'admin-users'],
    ['unit1', '/', 'unit-home'],
  ];
  for (const width of [360, 1280]) {
    it(`takes each drawn page over without drawing it again, and it then works (${width} px)`, async () => {
      for (const [user, path, name] of PAGES) {
        const page = await signedInPage(browser, server.baseUrl, user, { width, height: 800 });
        const warnings: string[] = [];
        page.on('console', (message) => {
          if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
        });
        await page.goto(path);
        expect(await page.evaluate(() => document.getElementById('bmrts-first-render') !== null)).toBe(true);
        // A mark on the drawn markup survives only if React took that markup over instead of replacing it.
        await page.evaluate(() => document.querySelector('main')?.setAttribute('data-drawn-by-server', 'yes'));
        await page.waitForLoadState('networkidle');
        expect(await page.locator('main[data-drawn-by-server="yes"]').count(), `${user} ${path}`).toBe(1);
        expect(
          warnings.filter((w) => /redrawn|hydrat|Minified React error/i.test(w)),
          `${user} ${path}`,
        ).toEqual([]);
        await screenshot(page, `first-render-${name}-${width}`);
        await page.context().close();
      }
    });
  }

  it('goes from the drawn inbox to a request without loading the page again', async () => {
    const page = await signedInPage(browser, server.baseUrl, 'analyst1', { width: 360, height: 740 });
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    await page.locator('main a[href^="/requests/"]').filter({ visible: true }).first().click();
    await page.getByTestId('request-title').waitFor();
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    await page.context().close();
  });
});

it('keeps the sign-in fields waiting until the app has taken the drawn page over, then signs in; no password ever sits in an address', async () => {
  const context = await browser.newContext({ baseURL: server.baseUrl, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const addresses: string[] = [];
  page.on('request', (request) => addresses.push(request.url()));
  // The app's scripts arrive late, as on a slow network: the form is on screen well before them.
  await page.route('**/assets/start-*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.continue();
  });
  await page.goto('/login');
  // Typed now, the text would be emptied when React takes the form over: the fields wait, disabled, instead.
  expect(await page.getByTestId('login-username').isDisabled()).toBe(true);
  expect(await page.getByTestId('login-submit').isDisabled()).toBe(true);
  await page.getByTestId('login-username').fill('analyst1');
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('current-user').waitFor({ timeout: 15_000 });
  expect(addresses.filter((a) => a.includes(DEMO_PASSWORD))).toEqual([]);
  await context.close();
});
