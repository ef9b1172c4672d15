// The app and the API reference run under their Content-Security-Policy: every page renders and the browser reports
// no violation (a blocked script or style would show here before it broke a user's page).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signedInPage } from './support/browser';
import { startServer, type RunningServer } from './support/app-server';
import { settled } from './support/page-checks';

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

/** Records every CSP violation the page reports, in the console or as a securitypolicyviolation event. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) fromConsole.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`),
    );
  });
  return async () => [
    ...fromConsole,
    ...(await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])),
  ];
}

describe('Content-Security-Policy in the browser', () => {
  it('lets every page of the app run with no violation', async () => {
    const page = await signedInPage(browser, server.baseUrl, 'director1');
    const violations = await watchViolations(page);
    const id = await page.evaluate(
      async () => ((await (await fetch('/api/requests?limit=1')).json()) as { items: { id: string }[] }).items[0]?.id ?? '',
    );
    for (const path of ['/', '/requests', `/requests/${id}`, `/requests/${id}/print`, '/overview', '/settings']) {
      await page.goto(path);
      await settled(page);
      expect(await violations(), path).toEqual([]);
    }
    const policy = (await page.request.get('/')).headers()['content-security-policy'] ?? '';
    expect(policy).toContain("script-src 'self'");
    await page.context().close();
  });

  it('lets the administration and the Council report run with no violation', async () => {
    for (const [username, paths] of [
      ['admin', ['/admin/users', '/admin/appointments', '/admin/surveys', '/admin/verify']],
      ['deputy', ['/reports/council']],
    ] as const) {
      const page = await signedInPage(browser, server.baseUrl, username);
      const violations = await watchViolations(page);
      for (const path of paths) {
        await page.goto(path);
        await settled(page);
        expect(await violations(), path).toEqual([]);
      }
      await page.context().close();
    }
  });

  it('shows the sign-in page and the API reference with no violation', async () => {
    const context = await browser.newContext({ baseURL: server.baseUrl });
    const page = await context.newPage();
    const violations = await watchViolations(page);
    await page.goto('/login');
    await page.getByTestId('login-username').waitFor();
    expect(await violations(), '/login').toEqual([]);
    await page.goto('/api/docs');
    await page.locator('.swagger-ui .info .title').waitFor();
    await page.getByText('/api/health').first().waitFor();
    expect(await violations(), '/api/docs').toEqual([]);
    await context.close();
  });
});
