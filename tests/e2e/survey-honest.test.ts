// A survey result that cannot mislead, in a real browser at 1280 and 360 px: a person reaches the demo's open round
// from the menu and answers it; the administrator then reads that round's results as "ยังสรุปไม่ได้" (1 answer of every
// demo user invited) with n, the response rate and the 95 % interval, and the seeded 2565 round as 96.7 %, passing.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

/** The seeded rounds' ids, read from the rounds page the administrator reaches through the menu entry. */
/** The menu entry "แบบประเมินความพึงพอใจ": on a phone it is inside the header's menu, opened first. */
async function openSurveyFromMenu(page: Page): Promise<void> {
  const menu = page.getByTestId('menu-button');
  if (await menu.isVisible()) await menu.click();
  await page.getByTestId('nav-survey').click();
}

async function seededRounds(page: Page): Promise<{ open: string; closed: string }> {
  await openSurveyFromMenu(page);
  await page.getByTestId('survey-rounds-table').waitFor();
  const idOf = async (phase: string) => {
    const row = page.locator('[data-testid^="survey-round-"]').filter({ has: page.locator(`[data-phase="${phase}"]`) });
    return ((await row.first().getAttribute('data-testid')) ?? '').replace('survey-round-', '');
  };
  return { open: await idOf('open'), closed: await idOf('closed') };
}

describe('an honest survey result', () => {
  it('leads an invited person from the menu to the open round, which says truthfully that it is anonymous', async () => {
    const page = await signedInPage(browser, server.baseUrl, 'unit1', WIDTHS.desktop);
    await page.getByTestId('nav-survey').click();
    await page.getByTestId('survey-form').waitFor();
    expect(page.url()).toMatch(/\/surveys\/[0-9a-f-]{36}$/);
    expect(await page.getByTestId('survey-anonymity').textContent()).toContain('ผู้ดูแลระบบเห็นเพียงว่าท่านตอบแล้ว แต่ไม่เห็นว่าท่านตอบอย่างไร');
    const questions = page.locator('fieldset.survey-question');
    for (let i = 0; i < (await questions.count()); i += 1) await questions.nth(i).locator('input[type="radio"][value="5"]').check();
    await page.getByTestId('survey-submit').click();
    await page.getByTestId('survey-saved').waitFor();
    await expectSoundPage(page, 'survey-honest-answer-desktop');
    await page.context().close();

    const phone = await signedInPage(browser, server.baseUrl, 'analyst1', WIDTHS.phone);
    await openSurveyFromMenu(phone);
    await phone.getByTestId('survey-form').waitFor();
    await expectSoundPage(phone, 'survey-honest-answer-phone');
    await phone.context().close();
  });

  // One administrator session for both widths: signing in costs a deliberately slow password hash on a shared machine.
  let admin: Page | null = null;
  const adminAt = async (viewport: { width: number; height: number }): Promise<Page> => {
    admin ??= await signedInPage(browser, server.baseUrl, 'admin', viewport);
    await admin.setViewportSize(viewport);
    await admin.goto('/');
    await admin.getByTestId('current-user').waitFor();
    return admin;
  };
  afterAll(async () => {
    await admin?.context().close();
  });

  for (const [width, viewport] of Object.entries(WIDTHS)) {
    it(`says ยังสรุปไม่ได้ for 1 answer of every demo user, with n, rate and interval, at ${viewport.width} px`, async () => {
      const page = await adminAt(viewport);
      const { open } = await seededRounds(page);
      await page.goto(`/admin/surveys/${open}/results`);
      const tile = page.getByTestId('kpi-tile');
      await tile.waitFor();
      const invited = Number(await page.getByTestId('rate-invited').textContent());
      expect(invited).toBeGreaterThan(30);
      const rate = ((1 / invited) * 100).toFixed(1);
      expect(await tile.getAttribute('data-verdict')).toBe('too_few');
      expect(await page.getByTestId('kpi-verdict').textContent()).toBe('ยังสรุปไม่ได้');
      expect(await page.getByTestId('kpi-why').textContent()).toBe(`ตอบ 1 จาก ${invited} คน น้อยกว่าขั้นต่ำ 30 คน`);
      expect(await page.getByTestId('kpi-sample').textContent()).toBe(`ผู้ตอบ n = 1 คน จากผู้ได้รับเชิญ ${invited} คน (อัตราการตอบร้อยละ ${rate})`);
      expect(await page.getByTestId('kpi-interval').textContent()).toContain('ช่วงความเชื่อมั่น 95%: ร้อยละ 20.7–100.0');
      // Nothing on the tile claims a pass: no green, no "ผ่าน".
      expect(await tile.textContent()).not.toMatch(/ผ่าน/);
      expect(await page.getByTestId('kpi-percent').count()).toBe(0);
      await expectSoundPage(page, `survey-honest-too-few-${width}`);

      await page.goto(`/admin/surveys/${open}/summary`);
      await page.getByTestId('survey-summary').waitFor();
      expect(await page.getByTestId('summary-verdict').textContent()).toBe('ยังสรุปไม่ได้');
      expect(await page.getByTestId('summary-reason').textContent()).toContain(`ตอบ 1 จาก ${invited} คน น้อยกว่าขั้นต่ำ 30 คน`);
      await expectSoundPage(page, `survey-honest-summary-${width}`);
    });

    it(`shows the seeded 2565 round as 96.7 % with its interval, passing 90 %, at ${viewport.width} px`, async () => {
      const page = await adminAt(viewport);
      const { open, closed } = await seededRounds(page);
      await page.goto(`/admin/surveys/${closed}/results`);
      await page.getByTestId('kpi-tile').waitFor();
      expect(await page.getByTestId('kpi-tile').getAttribute('data-verdict')).toBe('passed');
      expect(await page.getByTestId('kpi-percent').textContent()).toBe('96.7');
      expect(await page.getByTestId('kpi-verdict').textContent()).toBe('ผ่าน');
      expect(await page.getByTestId('kpi-sample').textContent()).toContain('ผู้ตอบ n = 30 คน');
      expect(await page.getByTestId('kpi-interval').textContent()).toContain('ช่วงความเชื่อมั่น 95%: ร้อยละ 83.3–99.4');
      await expectSoundPage(page, `survey-honest-2565-${width}`);

      await page.goto(`/admin/surveys/compare?rounds=${closed},${open}`);
      const cells = page.getByTestId('compare-kpi');
      await cells.first().waitFor();
      expect(await cells.nth(0).getAttribute('data-verdict')).toBe('passed');
      expect(await cells.nth(1).getAttribute('data-verdict')).toBe('too_few');
      expect(await cells.nth(1).textContent()).toContain('ยังสรุปไม่ได้');
      // 96.7 % against 1 answer's 100 %: no "+3.3", but why not, with the open round's n and minimum.
      const change = page.getByTestId('compare-kpi-change');
      expect(await change.getAttribute('data-verdict')).toBe('cannot_conclude');
      expect(await change.textContent()).toContain('ยังสรุปไม่ได้');
      expect(await change.textContent()).toContain('ตอบ 1 คน น้อยกว่าขั้นต่ำ 30 คน');
      expect(await change.textContent()).not.toMatch(/\+\d/);
      await expectSoundPage(page, `survey-honest-compare-${width}`);
    });
  }
});
