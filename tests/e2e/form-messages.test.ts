// The request form's messages are read by people (issue 15 item 1): an empty form of each request kind, submitted at
// a desk and on a phone, in Thai and in English, shows at once for each field (the amount's too) a message of the
// catalogue (the same words the API uses), never zod's text, a type name or a code value, and nothing widens the page.
// A title over its limit is kept as typed, counted and flagged, not cut; so is a decision's comment, which the server
// then refuses in its words.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  CENTRAL_FUND_ITEMS,
  REQUEST_TYPES,
  describeIssues,
  fiscalYearOf,
  requestContentSchema,
  type InboxResponse,
  type Lang,
  type RequestType,
  type RequestView,
} from '@bmrts/shared';
import { launchBrowser, signedInPage } from './support/browser';
import { startServer, type RunningServer } from './support/app-server';
import { horizontalOverflow, screenshot, settled } from './support/page-checks';

let server: RunningServer;
let browser: Browser;
/** unit1, signed in once: each test sets the width and the language and opens a fresh form. */
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await signedInPage(browser, server.baseUrl, 'unit1');
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const WIDTHS = { desktop: { width: 1280, height: 900 }, phone: { width: 360, height: 740 } } as const;
const CODE_VALUES = [...CENTRAL_FUND_ITEMS, ...CATEGORIES, ...REQUEST_TYPES, 'amountSatang', 'fiscalYear', 'details'];
const LIBRARY_TEXT = /Too (small|big)|Invalid|expected|received|ควรเป็น|ควรมี|น้อยกว่ากำหนด|มากกว่ากำหนด|>=|<=/i;
const TYPE_NAMES = /\b(string|boolean|enum|array|object|undefined|null|NaN|int)\b/i;

/** What the shared schema says about the empty form of a kind: the catalogue the page's messages must come from. */
function catalogueFor(type: RequestType, lang: Lang): Set<string> {
  const common = { fiscalYear: fiscalYearOf(new Date()), title: '', justification: '', amountSatang: 0 };
  const content =
    type === 'central_fund'
      ? { type, ...common, category: 'central', details: { item: '' } }
      : type === 'transfer'
        ? { type, ...common, category: 'operating', details: { lines: [{ fromItem: '', toItem: '', amountSatang: 0 }] } }
        : { type, ...common, category: 'operating' };
  const issues = requestContentSchema.safeParse(content).error?.issues ?? [];
  return new Set(describeIssues(issues, lang).map((i) => i.message));
}

async function formIn(lang: Lang, viewport: { width: number; height: number }): Promise<Page> {
  await page.setViewportSize(viewport);
  await page.evaluate((chosen) => (document.cookie = `bmrts_lang=${chosen}; path=/`), lang);
  await page.goto('/requests/new');
  await page.getByTestId('request-form').waitFor();
  return page;
}

async function fieldMessages(page: Page): Promise<string[]> {
  return page.locator('.field-error[id$="-error"]').evaluateAll((nodes) => nodes.map((n) => n.textContent?.trim() ?? ''));
}

describe('the messages of an empty request form', () => {
  for (const [widthName, viewport] of Object.entries(WIDTHS)) {
    for (const lang of ['th', 'en'] as const) {
      it(`names each field in words from the catalogue, with nothing sideways (${lang}, ${widthName})`, async () => {
        await formIn(lang, viewport);
        for (const type of REQUEST_TYPES) {
          await page.getByTestId(`type-${type}`).check();
          await page.getByTestId('save-draft').click();
          await page.locator('.field-error').first().waitFor();
          const messages = await fieldMessages(page);
          const catalogue = catalogueFor(type, lang);
          expect(messages.length, `${type}: messages shown`).toBeGreaterThanOrEqual(2);
          // Every field at once: the amount's message too, not only once the other fields pass.
          expect(await page.getByTestId('error-form-title').isVisible(), `${type}: the title's message`).toBe(true);
          expect(await page.getByTestId('error-form-amount').isVisible(), `${type}: the amount's message`).toBe(true);
          for (const message of messages) {
            expect(catalogue, `${type}: "${message}" is the catalogue's`).toContain(message);
            expect(message).not.toMatch(LIBRARY_TEXT);
            expect(message).not.toMatch(TYPE_NAMES);
            // A code value with an underscore or inner capital never reads as English ("transfer" may, in English).
            for (const code of CODE_VALUES.filter((c) => /_|[a-z][A-Z]/.test(c) || lang === 'th')) expect(message).not.toContain(code);
            if (lang === 'th') expect(message).not.toMatch(/[A-Za-z]/);
          }
          await settled(page);
          await screenshot(page, `form-messages-${type}-${lang}-${widthName}`);
          const width = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
          expect(width.scroll, `${type}: page width`).toBeLessThanOrEqual(width.inner);
        }
      });
    }
  }
});

describe('limits shown before they bite', () => {
  it('counts a title as it is typed, keeps all 301 characters and says the limit instead of cutting', async () => {
    await formIn('th', WIDTHS.phone);
    await page.getByTestId('type-central_fund').check();
    const title = page.locator('#form-title');
    await title.fill('ก'.repeat(120));
    expect(await page.getByTestId('count-form-title').innerText()).toBe('120/300');
    await title.fill('ก'.repeat(301));
    expect((await title.inputValue()).length).toBe(301);
    expect(await page.getByTestId('count-form-title').innerText()).toBe('301/300 · เกิน 1 ตัวอักษร');
    expect(await page.getByTestId('error-form-title').innerText()).toBe('ชื่อเรื่องยาวได้ไม่เกิน 300 ตัวอักษร กรุณาตัดให้สั้นลง');
    expect(await horizontalOverflow(page)).toBe(0);
    await settled(page);
    await screenshot(page, 'form-messages-title-over-phone');
  });

  it('says how much an amount may be when it is too large, not that it is not digits', async () => {
    await formIn('th', WIDTHS.desktop);
    const amount = page.locator('#form-amount');
    await amount.fill('99999999999999');
    await amount.blur();
    expect(await page.getByTestId('error-form-amount').innerText()).toBe('จำนวนเงินต้องไม่เกิน 100,000,000,000.00 บาท');
  });

  for (const [widthName, viewport] of Object.entries(WIDTHS)) {
    it(`counts a decision's comment past its limit, keeps all of it and says why it is refused (${widthName})`, async () => {
      const analyst = await signedInPage(browser, server.baseUrl, 'analyst1', viewport);
      const inbox = (await (await analyst.request.get('/api/inbox?limit=1')).json()) as InboxResponse;
      const request = inbox.items[0];
      expect(request, 'analyst1 has a request to decide').toBeDefined();
      await analyst.goto(`/requests/${request?.id ?? ''}#actions`);
      await analyst.getByTestId('action-APPROVE').click();
      const comment = analyst.getByTestId('action-comment');
      await comment.fill('ก'.repeat(120));
      expect(await analyst.getByTestId('count-action-comment').innerText()).toBe('120/2000');
      await comment.fill('ก'.repeat(2001));
      expect((await comment.inputValue()).length, 'nothing is cut').toBe(2001);
      expect(await analyst.getByTestId('count-action-comment').innerText()).toBe('2001/2000 · เกิน 1 ตัวอักษร');
      await analyst.getByTestId('action-confirm').click();
      // The server refuses it in its words, naming the comment; the comment stays as typed to be shortened.
      const problem = analyst.getByTestId('action-error');
      await problem.waitFor();
      expect(await problem.innerText()).toMatch(/ความเห็น.*2,?000 ตัวอักษร/);
      expect((await comment.inputValue()).length).toBe(2001);
      const after = (await (await analyst.request.get(`/api/requests/${request?.id ?? ''}`)).json()) as RequestView;
      expect(after.version, 'nothing was decided').toBe(request?.version);
      expect(await horizontalOverflow(analyst)).toBe(0);
      await settled(analyst);
      await screenshot(analyst, `form-messages-comment-over-${widthName}`);
      await analyst.context().close();
    });
  }
});
