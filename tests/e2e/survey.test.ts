// The satisfaction survey in a real browser: the administrator opens a round through the admin pages, users answer it on
// the survey page, and the results page shows the KPI against the 90 % target (DOMAIN.md §6) as it changes.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signedInPage } from './support/browser';
import { startServer, type RunningServer } from './support/app-server';
import { SCREENSHOT_DIR, expectSoundPage } from './support/page-checks';

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
const SCALE_LABELS_TH = [
  'พึงพอใจในระดับน้อยมาก (ควรปรับปรุงอย่างเร่งด่วน)',
  'พึงพอใจในระดับน้อย',
  'พึงพอใจในระดับปานกลาง',
  'พึงพอใจในระดับมาก',
  'พึงพอใจในระดับดีมาก',
];

/** Answers the open round from the home page's prompt: the overall question (the first) at `overall`, the rest at 4. */
async function answerFromHome(
  username: string,
  overall: number,
  suggestion: string,
  viewport: { width: number; height: number } = WIDTHS.desktop,
): Promise<Page> {
  const page = await signedInPage(browser, server.baseUrl, username, viewport);
  await page.getByTestId('survey-prompt').waitFor();
  await page.getByTestId('survey-prompt-answer').click();
  await page.getByTestId('survey-form').waitFor();
  const questions = page.locator('fieldset.survey-question');
  const count = await questions.count();
  expect(count).toBeGreaterThanOrEqual(5);
  for (let i = 0; i < count; i += 1) {
    await questions
      .nth(i)
      .locator(`input[type="radio"][value="${i === 0 ? overall : 4}"]`)
      .check();
  }
  await page.locator('textarea').first().fill(suggestion);
  await page.getByTestId('survey-submit').click();
  await page.getByTestId('survey-saved').waitFor();
  return page;
}

async function openResults(page: Page, roundId: string): Promise<void> {
  await page.goto(`/admin/surveys/${roundId}/results`);
  await page.getByTestId('kpi-tile').waitFor();
}

describe('satisfaction survey', () => {
  let roundId = '';

  it('lets the administrator create a round that opens now and closes in a week, inviting everyone', async () => {
    const page = await signedInPage(browser, server.baseUrl, 'admin');
    await page.getByTestId('nav-admin').click();
    await page.getByTestId('admin-nav-surveys').click();
    await page.getByTestId('survey-create').click();
    await page.getByTestId('survey-round-form').waitFor();
    // The defaults are what the office runs: open now, close in a week, 90 %, everyone invited, the default questionnaire.
    expect(await page.getByTestId('round-target').inputValue()).toBe('90');
    // Anonymous unless the administrator says otherwise, and no verdict below 30 respondents unless set lower.
    expect(await page.getByTestId('round-anonymous').isChecked()).toBe(true);
    expect(await page.getByTestId('round-minimum').inputValue()).toBe('30');
    expect(await page.getByTestId('invite-all').isChecked()).toBe(true);
    const opens = Date.parse(`${await page.getByTestId('round-opens').getAttribute('data-value')}:00+07:00`);
    const closes = Date.parse(`${await page.getByTestId('round-closes').getAttribute('data-value')}:00+07:00`);
    expect(Math.abs(opens - Date.now())).toBeLessThan(2 * 60_000);
    expect(closes - opens).toBe(7 * 24 * 60 * 60 * 1000);
    await expect.poll(() => page.getByTestId('questionnaire-editor').locator('li.question-card').count()).toBe(6);
    await expectSoundPage(page, 'survey-round-form-desktop');
    await page.getByTestId('round-title').fill('ทดสอบความพึงพอใจ รอบทดลอง');
    // A trial round: two answers are enough to judge it, so the verdict below can be read.
    await page.getByTestId('round-minimum').fill('2');
    await page.getByTestId('round-save').click();
    await page.getByTestId('survey-rounds-table').waitFor();
    const row = page.locator('[data-testid^="survey-round-"]').filter({ hasText: 'ทดสอบความพึงพอใจ รอบทดลอง' });
    await row.waitFor();
    expect(await row.getByTestId('round-phase').getAttribute('data-phase')).toBe('open');
    roundId = ((await row.getAttribute('data-testid')) ?? '').replace('survey-round-', '');
    expect(roundId).not.toBe('');
    await expectSoundPage(page, 'survey-rounds-desktop');
    // Open now, so its questionnaire is frozen and shown read-only.
    await row.getByTestId('round-edit').click();
    await page.getByTestId('round-frozen').waitFor();
    await page.getByTestId('questionnaire-readonly').waitFor();
    await page.context().close();
  });

  it('takes answers from two users on the survey page, in the five labelled levels', async () => {
    const unit = await answerFromHome('unit1', 5, 'อยากให้แจ้งเตือนทางอีเมลด้วย');
    // The five levels exactly as DOMAIN.md §6 words them.
    const labels = await unit.locator('fieldset.survey-question').first().locator('.scale-label').allTextContents();
    expect([...labels].sort()).toEqual([...SCALE_LABELS_TH].sort());
    await expectSoundPage(unit, 'survey-page-desktop');
    // Opening it again shows the earlier answers and says a new answer replaces them.
    await unit.goto(`/surveys/${roundId}`);
    await unit.getByTestId('survey-answered-before').waitFor();
    expect(await unit.locator('fieldset.survey-question').first().locator('input[value="5"]').isChecked()).toBe(true);
    await unit.context().close();

    const analyst = await answerFromHome('analyst1', 4, 'ใช้งานง่าย');
    await analyst.context().close();
  });

  it('shows the administrator the KPI: 1 of 2 at level 5 is 50.0 % against 90 %, not met, with n and its interval', async () => {
    const page = await signedInPage(browser, server.baseUrl, 'admin');
    await openResults(page, roundId);
    expect(await page.getByTestId('kpi-percent').textContent()).toBe('50.0');
    expect(await page.getByTestId('kpi-verdict').textContent()).toBe('ไม่ผ่าน');
    expect(await page.getByTestId('kpi-line').textContent()).toContain('ร้อยละ 50.0 พึงพอใจระดับดีมาก — เป้าหมายร้อยละ 90 — ไม่ผ่าน');
    expect(await page.getByTestId('kpi-tile').getAttribute('data-passed')).toBe('false');
    expect(await page.getByTestId('rate-responded').textContent()).toBe('2');
    expect(await page.getByTestId('kpi-sample').textContent()).toContain('n = 2');
    expect(await page.getByTestId('kpi-interval').textContent()).toContain('ร้อยละ 9.5–90.5');
    // The overall question: n 2, mean 4.50 (band มาก).
    const overall = page.getByTestId('question-table').locator('tbody tr').first();
    expect(await overall.getByTestId('question-mean').textContent()).toBe('4.50');
    await page.getByTestId('distribution-chart').locator('svg').first().waitFor();
    expect(await page.getByTestId('suggestions').textContent()).toContain('อยากให้แจ้งเตือนทางอีเมลด้วย');
    expect(await page.getByTestId('export-results-xlsx').getAttribute('href')).toBe(
      `/api/admin/surveys/${roundId}/export?what=results&format=xlsx`,
    );
    await expectSoundPage(page, 'survey-results-desktop');
    await page.context().close();
  });

  it('moves the KPI to 66.7 % when a third user answers at level 5', async () => {
    const head = await answerFromHome('head1', 5, '', WIDTHS.phone);
    await expectSoundPage(head, 'survey-page-phone');
    await head.context().close();

    const page = await signedInPage(browser, server.baseUrl, 'admin', WIDTHS.phone);
    await openResults(page, roundId);
    expect(await page.getByTestId('kpi-percent').textContent()).toBe('66.7');
    expect(await page.getByTestId('kpi-verdict').textContent()).toBe('ไม่ผ่าน');
    // One stacked bar per question, at 360 px as at a desk: three answers to the overall question, all at level 5 or 4.
    const chart = page.getByTestId('distribution-chart');
    await chart.locator('rect.chart-bar').first().waitFor();
    const rows = await page.getByTestId('distribution-table').locator('tbody tr').count();
    const indexes = await chart.locator('rect.chart-bar').evaluateAll((rects) => rects.map((r) => r.getAttribute('data-index')));
    expect(new Set(indexes).size).toBe(rows);
    expect(
      await chart.locator('rect.chart-bar[data-index="0"]').evaluateAll((rects) => rects.map((r) => r.getAttribute('data-series'))),
    ).toEqual(['l4', 'l5']);
    await expectSoundPage(page, 'survey-results-phone');
    await chart.screenshot({ path: `${SCREENSHOT_DIR}survey-results-phone-chart.png` });
    await page.context().close();
  });

  it('prints a one-page Thai summary of the round', async () => {
    const page = await signedInPage(browser, server.baseUrl, 'admin');
    await page.goto(`/admin/surveys/${roundId}/summary`);
    await page.getByTestId('survey-summary').waitFor();
    expect(await page.getByTestId('summary-table').locator('tbody tr').count()).toBe(5);
    await expectSoundPage(page, 'survey-summary-desktop');
    await page.context().close();
  });
});
