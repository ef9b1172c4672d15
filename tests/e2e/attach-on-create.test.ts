// Documents chosen in the create form (issue 15 item 7): a unit picks a PDF and a PNG, takes one off, sees a program
// refused beside its name (and the save stopped) before anything is sent, then saves and submits the draft with its
// files in one go; the request's page lists them — at a desk and on a phone, with nothing sideways.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestView } from '@bmrts/shared';
import { chooseFiles, launchBrowser, signedInPage } from './support/browser';
import { startServer, type RunningServer } from './support/app-server';
import { expectSoundPage, horizontalOverflow, screenshot, settled } from './support/page-checks';

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

/** Real magic bytes: a one-page PDF's header and trailer, and a 1×1 PNG. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
/** A Windows program's first bytes. */
const EXE = Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);

const PDF_NAME = 'บันทึกข้อความขออนุมัติ.pdf';
const PNG_NAME = 'ภาพถ่ายสถานที่.png';

async function choose(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]) {
  await chooseFiles(page.getByTestId('create-attachment-files'), files);
}

const chosenNames = (page: Page) => page.getByTestId('chosen-file-name').allInnerTexts();

function chosenRow(page: Page, name: string) {
  return page.getByTestId('chosen-file').filter({ has: page.getByTestId('chosen-file-name').getByText(name, { exact: true }) });
}

describe('documents chosen in the create form', () => {
  for (const [widthName, viewport] of Object.entries(WIDTHS)) {
    it(`are checked as chosen, taken off, and saved and submitted with the draft (${widthName})`, async () => {
      const page = await signedInPage(browser, server.baseUrl, 'unit1', viewport);
      await page.goto('/requests/new');
      await page.getByTestId('type-allotment').check();
      const title = `ขออนุมัติเงินประจำงวด พร้อมเอกสารแนบ (${widthName})`;
      await page.locator('#form-title').fill(title);
      await page.locator('#form-amount').fill('250000');

      // Two files at once, listed with their size; one taken off again.
      await choose(page, [
        { name: PDF_NAME, mimeType: 'application/pdf', buffer: PDF },
        { name: PNG_NAME, mimeType: 'image/png', buffer: PNG },
      ]);
      await expect.poll(() => chosenNames(page)).toEqual([PDF_NAME, PNG_NAME]);
      await expect.poll(() => chosenRow(page, PDF_NAME).innerText()).toContain('พร้อมแนบ');
      expect(await chosenRow(page, PNG_NAME).innerText()).toContain('ไบต์');
      const remove = chosenRow(page, PNG_NAME).getByTestId('chosen-file-remove');
      expect(await remove.getAttribute('aria-label')).toBe(`นำไฟล์ ${PNG_NAME} ออก`);
      const box = await remove.boundingBox();
      expect(box?.width ?? 0, '× button width').toBeGreaterThanOrEqual(44);
      expect(box?.height ?? 0, '× button height').toBeGreaterThanOrEqual(44);
      await remove.click();
      await expect.poll(() => chosenNames(page)).toEqual([PDF_NAME]);

      // A program is refused beside its name before anything is sent, and stops the save.
      await choose(page, [{ name: 'ตารางงบประมาณ.exe', mimeType: 'application/octet-stream', buffer: EXE }]);
      const refusal = chosenRow(page, 'ตารางงบประมาณ.exe').getByTestId('chosen-file-refusal');
      await refusal.waitFor();
      expect(await refusal.innerText()).toContain('ไม่รับไฟล์ที่ตั้งชื่อเป็นโปรแกรมหรือสคริปต์');
      await page.getByTestId('save-draft').click();
      await page.getByTestId('attach-on-create-blocked').waitFor();
      expect(page.url()).toMatch(/\/requests\/new$/);
      await expectSoundPage(page, `attach-on-create-refused-${widthName}`);

      await chosenRow(page, 'ตารางงบประมาณ.exe').getByTestId('chosen-file-remove').click();
      await expect.poll(() => page.getByTestId('attach-on-create-blocked').count()).toBe(0);
      await choose(page, [{ name: PNG_NAME, mimeType: 'image/png', buffer: PNG }]);
      await expect.poll(() => chosenNames(page)).toEqual([PDF_NAME, PNG_NAME]);
      await expect.poll(() => chosenRow(page, PNG_NAME).innerText()).toContain('พร้อมแนบ');
      await settled(page);
      await screenshot(page, `attach-on-create-form-${widthName}`);
      expect(await horizontalOverflow(page), 'form: sideways scrolling').toBe(0);

      // Saved with its files and submitted, from the one button.
      await page.getByTestId('save-and-submit').click();
      await page.waitForURL(/\/requests\/[0-9a-f-]{36}$/);
      const id = new URL(page.url()).pathname.split('/').pop() ?? '';
      const saved = (await (await page.request.get(`/api/requests/${id}`)).json()) as RequestView;
      expect(saved.title).toBe(title);
      expect(saved.status).not.toBe('draft');
      expect(saved.attachments.map((a) => a.fileName).sort()).toEqual([PDF_NAME, PNG_NAME].sort());

      const card = page.getByTestId('attachments-card');
      await expect
        .poll(() =>
          card
            .getByTestId('attachment-download')
            .allInnerTexts()
            .then((names) => names.sort()),
        )
        .toEqual([PDF_NAME, PNG_NAME].sort());
      await settled(page);
      await screenshot(page, `attach-on-create-request-${widthName}`);
      expect(await horizontalOverflow(page), 'request: sideways scrolling').toBe(0);
      await page.context().close();
    });
  }
});
