// The web offers what the server allows, as the server tells it: the deputy governor gets the upload control on a
// request awaiting the Council (mayAttach), the navigation follows the session's pages, and the appointment form checks
// with the API's own schema and words its problems in Thai.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestView, SessionUser } from '@bmrts/shared';
import { launchBrowser, signedInPage } from './support/browser';
import { startServer, type RunningServer } from './support/app-server';
import { expectSoundPage } from './support/page-checks';

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

const WIDTHS = { desktop: { width: 1280, height: 900 }, phone: { width: 360, height: 740 } } as const;

/** Some request of the demo waiting for the Council's decision, as the signed-in user sees it. */
async function councilWaitingRequest(page: Page): Promise<RequestView> {
  const list = await page.request.get('/api/requests?status=awaiting_council&limit=1');
  const [first] = ((await list.json()) as { items: { id: string }[] }).items;
  expect(first, 'the demo has a request awaiting the Council').toBeDefined();
  const view = await page.request.get(`/api/requests/${first?.id ?? ''}`);
  return (await view.json()) as RequestView;
}

describe('permissions the web takes from the server', () => {
  for (const [widthName, viewport] of Object.entries(WIDTHS)) {
    it(`shows the deputy governor the upload control on a request awaiting the Council (${widthName})`, async () => {
      const page = await signedInPage(browser, server.baseUrl, 'deputygov', viewport);
      const view = await councilWaitingRequest(page);
      expect(view.mayAttach).toBe(true);
      expect(view.position).toMatchObject({ holder: 'council', deskLevel: 8 });
      await page.goto(`/requests/${view.id}`);
      await page.getByTestId('request-page').waitFor();
      await page.getByTestId('attachment-upload').waitFor();
      expect(await page.getByTestId('attachment-file').isVisible()).toBe(true);
      // Recording the Council's decision is theirs too; an approval is not, so no note on where it would go.
      expect(await page.getByTestId('action-COUNCIL_APPROVE').isVisible()).toBe(true);
      expect(await page.getByTestId('approval-next').count()).toBe(0);
      await expectSoundPage(page, `council-waiting-deputygov-${widthName}`);
      await page.context().close();
    });
  }

  it('shows in the navigation exactly the pages the session lists', async () => {
    for (const username of ['unit1', 'analyst1', 'director1', 'deputygov', 'admin']) {
      const page = await signedInPage(browser, server.baseUrl, username);
      const { user } = (await (await page.request.get('/api/session')).json()) as { user: SessionUser };
      const shown = async (testId: string) => (await page.getByTestId(testId).count()) > 0;
      expect(
        {
          overview: await shown('nav-overview'),
          councilReport: await shown('nav-council-report'),
          administration: await shown('nav-admin'),
        },
        username,
      ).toEqual({ overview: user.pages.overview, councilReport: user.pages.councilReport, administration: user.pages.administration });
      await page.context().close();
    }
  });

  it('checks a new appointment with the API’s schema and says what is missing in Thai', async () => {
    const page = await signedInPage(browser, server.baseUrl, 'admin');
    await page.goto('/admin/appointments');
    await page.getByTestId('create-appointment').click();
    await page.getByTestId('appointment-submit').click();
    expect(await page.getByTestId('admin-error').innerText()).toBe('กรุณาเลือกผู้รักษาราชการแทน');
    await page.context().close();
  });
});
