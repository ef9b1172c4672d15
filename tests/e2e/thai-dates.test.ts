// Dates, files and amounts as a Thai office reads and types them (issue 15 item 6): no browser date control
// ("mm/dd/yyyy", "12/07/2026, 06:16 PM") on any page, Buddhist Era years in every date field, a filter's date going
// into the URL as ISO, the file picker saying "เลือกไฟล์", and an amount grouped as it is typed but saved in satang.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BE_OFFSET, bangkokDate, fiscalYearOf } from '@bmrts/shared';
import type { RequestView } from '@bmrts/shared';
import { chooseFiles, launchBrowser, signedInPage } from './support/browser';
import { startServer, type RunningServer } from './support/app-server';
import { expectSoundPage, screenshot, settled } from './support/page-checks';

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
const TODAY_BE = String(Number(bangkokDate(new Date()).slice(0, 4)) + BE_OFFSET);

/** Browser date and time controls a person can see: each shows the browser's own format, not Thai. */
function visibleNativeDateInputs(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(
      document.querySelectorAll<HTMLInputElement>(
        'input[type=date], input[type=datetime-local], input[type=month], input[type=week], input[type=time]',
      ),
    )
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
      .map((el) => `${el.type}#${el.id}`),
  );
}

/** Browser file controls a person can see ("Choose File / No file chosen"): the Thai picker keeps them out of sight. */
function visibleNativeFileInputs(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLInputElement>('input[type=file]'))
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 2 && box.height > 2;
      })
      .map((el) => el.id),
  );
}

/** The filters of the list, opened first when a phone folds them behind a button. */
async function filterField(page: Page, testId: string) {
  const field = page.getByTestId(testId);
  const toggle = page.getByTestId('filters-toggle');
  // Wait for the list's filters to be drawn: either the field itself, or (on a phone) the button they fold behind.
  await expect.poll(async () => (await field.isVisible()) || (await toggle.isVisible()), { timeout: 15_000 }).toBe(true);
  if (!(await field.isVisible()) && (await toggle.isVisible())) await toggle.click();
  await field.waitFor();
  return field;
}

/** Each role's pages with date, date-time or file fields (forms that open behind a button are opened). */
const WALK: { user: string; path: string; name: string; open?: string; dateFields: string[] }[] = [
  { user: 'unit1', path: '/requests', name: 'list-unit1', dateFields: ['filter-created-from', 'filter-created-to'] },
  { user: 'analyst1', path: '/requests', name: 'list-analyst1', dateFields: ['filter-created-from'] },
  { user: 'unit1', path: '/requests/new', name: 'new-request', dateFields: [] },
  { user: 'admin', path: '/admin/holidays', name: 'holidays', open: 'add-holiday', dateFields: ['holiday-date'] },
  {
    user: 'admin',
    path: '/admin/appointments',
    name: 'appointments',
    open: 'create-appointment',
    dateFields: ['appointment-order-date', 'appointment-starts-date', 'appointment-ends-date'],
  },
  { user: 'admin', path: '/admin/surveys/new', name: 'survey-round', dateFields: ['round-opens-date', 'round-closes-date'] },
  { user: 'admin', path: '/admin/imports', name: 'imports', dateFields: [] },
];

describe('Thai dates everywhere a person types or reads one', () => {
  for (const [widthName, viewport] of Object.entries(WIDTHS)) {
    it(`shows no browser date or file control and Buddhist Era years on every page with a date (${widthName})`, async () => {
      const pages = new Map<string, Page>();
      for (const stop of WALK) {
        const page = pages.get(stop.user) ?? (await signedInPage(browser, server.baseUrl, stop.user, viewport));
        pages.set(stop.user, page);
        await page.goto(stop.path);
        await page.locator('main').waitFor();
        if (stop.open) await page.getByTestId(stop.open).click();
        await settled(page);
        expect(await visibleNativeDateInputs(page), `${stop.name}: browser date controls`).toEqual([]);
        expect(await visibleNativeFileInputs(page), `${stop.name}: browser file controls`).toEqual([]);
        for (const testId of stop.dateFields) {
          const field = stop.path === '/requests' ? await filterField(page, testId) : page.getByTestId(testId);
          // A field already holding a day shows it with its BE year; an empty one asks for the BE year.
          const shown = (await field.inputValue()) || ((await field.getAttribute('placeholder')) ?? '');
          expect(shown, `${stop.name}: ${testId}`).toMatch(/^\d{1,2} \S+ 25\d\d$|พ\.ศ\./);
        }
        await screenshot(page, `thai-dates-${stop.name}-${widthName}`);
      }
      // The survey round opens now: its day shows this BE year and a Thai month, its time in 24 hours.
      const admin = pages.get('admin');
      expect(admin).toBeDefined();
      if (admin) {
        await admin.goto('/admin/surveys/new');
        const opens = admin.getByTestId('round-opens-date');
        await opens.waitFor();
        expect(await opens.inputValue()).toContain(TODAY_BE);
        expect(await opens.inputValue()).toMatch(
          /^\d{1,2} (ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\.) 25\d\d$/,
        );
        expect(await admin.getByTestId('round-opens-time').inputValue()).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
        await admin.getByTestId('round-opens-date-calendar').click();
        await admin.getByTestId('date-calendar').waitFor();
        expect(await admin.getByTestId('date-calendar-year').inputValue()).toBe(TODAY_BE);
        await expectSoundPage(admin, `thai-dates-calendar-${widthName}`);
        await admin.keyboard.press('Escape');
        expect(await admin.getByTestId('date-calendar').count()).toBe(0);
      }
      for (const page of pages.values()) await page.context().close();
    });

    it(`puts a typed and a picked filter date into the list's filter and URL as ISO (${widthName})`, async () => {
      const page = await signedInPage(browser, server.baseUrl, 'unit1', viewport);
      await page.goto('/requests');
      const from = await filterField(page, 'filter-created-from');
      expect(await page.locator('#filter-fy').getAttribute('placeholder')).toBe(String(fiscalYearOf(new Date())));
      // Typed, with a BE year: read back as the CE day, shown with a Thai month once left.
      await from.fill('1/10/2569');
      await from.press('Tab');
      expect(await from.inputValue()).toBe('1 ต.ค. 2569');
      // Picked from the calendar with the keyboard: it opens on today; Enter takes the focused day.
      await page.getByTestId('filter-created-to-calendar').click();
      await page.getByTestId('date-calendar').waitFor();
      await page.keyboard.press('Enter');
      const today = bangkokDate(new Date());
      expect(await page.getByTestId('filter-created-to').getAttribute('data-value')).toBe(today);
      expect(await page.getByTestId('filter-created-to').inputValue()).toContain(TODAY_BE);
      await page.getByTestId('filters-apply').click();
      await page.waitForURL(/createdFrom=2026-10-01/);
      const url = new URL(page.url());
      expect(url.searchParams.get('createdFrom')).toBe('2026-10-01');
      expect(url.searchParams.get('createdTo')).toBe(today);
      // The URL is the filter: a reload shows the same days in Thai.
      await page.reload();
      const fromAgain = await filterField(page, 'filter-created-from');
      await expect.poll(() => fromAgain.inputValue()).toBe('1 ต.ค. 2569');
      // A day that does not exist is refused, not rolled over: 2570 BE (2027) has no 29 February.
      const to = page.getByTestId('filter-created-to');
      await to.fill('29/2/2570');
      await to.press('Tab');
      expect(await to.getAttribute('aria-invalid')).toBe('true');
      expect(await to.getAttribute('data-value')).toBe('');
      await screenshot(page, `thai-dates-filter-refused-${widthName}`);
      await page.context().close();
    });
  }

  it('says เลือกไฟล์ on the file picker and names the chosen file', async () => {
    const page = await signedInPage(browser, server.baseUrl, 'admin', WIDTHS.phone);
    await page.goto('/admin/imports');
    const button = page.getByTestId('import-file-button');
    await button.waitFor();
    expect(await button.innerText()).toBe('เลือกไฟล์');
    expect(await page.getByTestId('import-file-name').innerText()).toBe('ยังไม่ได้เลือกไฟล์');
    await chooseFiles(page.getByTestId('import-file'), { name: 'คำขอเดิม.csv', mimeType: 'text/csv', buffer: Buffer.from('a,b\n1,2\n') });
    expect(await page.getByTestId('import-file-name').innerText()).toBe('คำขอเดิม.csv');
    await expectSoundPage(page, 'thai-dates-file-picker-phone');
    await page.context().close();
  });

  for (const [widthName, viewport] of Object.entries(WIDTHS)) {
    it(`groups an amount as it is typed and saves it in satang (${widthName})`, async () => {
      const page = await signedInPage(browser, server.baseUrl, 'unit1', viewport);
      await page.goto('/requests/new');
      await page.getByTestId('type-allotment').check();
      await page.locator('#form-title').fill(`ขออนุมัติเงินประจำงวด ทดสอบจำนวนเงิน ${widthName}`);
      await page.locator('#form-justification').fill('ทดสอบการพิมพ์จำนวนเงิน');
      const amount = page.locator('#form-amount');
      await amount.pressSequentially('2787000');
      expect(await amount.inputValue()).toBe('2,787,000');
      await amount.press('Tab');
      expect(await amount.inputValue()).toBe('2,787,000.00');
      // A digit typed in the middle keeps the caret after it, not at the end.
      await amount.click();
      await amount.press('Home');
      for (let i = 0; i < 3; i++) await amount.press('ArrowRight');
      await amount.press('1');
      expect(await amount.inputValue()).toBe('27,187,000.00');
      expect(await amount.evaluate((el: HTMLInputElement) => el.selectionStart)).toBe(4);
      await amount.press('Backspace');
      expect(await amount.inputValue()).toBe('2,787,000.00');
      await screenshot(page, `thai-dates-amount-${widthName}`);
      await page.getByTestId('save-draft').click();
      await page.waitForURL(/\/requests\/[0-9a-f-]{36}$/);
      const id = new URL(page.url()).pathname.split('/').pop() ?? '';
      const saved = (await (await page.request.get(`/api/requests/${id}`)).json()) as RequestView;
      expect(saved.amountSatang).toBe(278_700_000);
      // The draft's own page: its attachment field is the Thai picker too.
      await page.getByTestId('attachment-file-button').waitFor();
      expect(await page.getByTestId('attachment-file-button').innerText()).toBe('เลือกไฟล์');
      expect(await page.getByTestId('attachment-file-name').innerText()).toBe('ยังไม่ได้เลือกไฟล์');
      expect(await visibleNativeFileInputs(page)).toEqual([]);
      await screenshot(page, `thai-dates-draft-${widthName}`);
      await page.context().close();
    });
  }
});
