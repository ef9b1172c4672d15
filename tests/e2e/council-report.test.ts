// The year-end report to the Council in a real browser: an executive opens it from the navigation, sees the heading for the
// year that ended, both parts with their totals (the same as the API's), prints and downloads it; a unit cannot.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fiscalYearOf, formatSatangNumber, toThaiDigits, type CouncilReport } from '@bmrts/shared';
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

describe('the report to the Council', () => {
  it('opens from the navigation for the Budget Office director, with the heading, both parts and their totals', async () => {
    const lastYear = fiscalYearOf(new Date()) - 1;
    const page = await signedInPage(browser, server.baseUrl, 'bodirector');
    await page.getByTestId('nav-council-report').click();
    await page.getByTestId('council-central-fund').waitFor();
    const heading = await page.getByTestId('council-heading').innerText();
    expect(heading).toContain('รายงานการอนุมัติจัดสรรงบประมาณรายจ่าย งบกลาง');
    expect(heading).toContain(`ประจำปีงบประมาณ พ.ศ. ${lastYear}`);

    const api = await page.request.get(`/api/council-report?fiscalYear=${lastYear}`);
    const report = (await api.json()) as CouncilReport;
    expect(report.centralFund.rows.length).toBeGreaterThan(0);
    expect(report.council.rows.length).toBeGreaterThan(0);
    expect(await page.getByTestId('council-central-fund-total').innerText()).toBe(
      formatSatangNumber(report.centralFund.total.amountSatang),
    );
    expect(await page.getByTestId('council-requests-total').innerText()).toBe(formatSatangNumber(report.council.total.amountSatang));
    expect(await page.getByTestId('council-central-fund-summary').innerText()).toContain(
      `${formatSatangNumber(report.centralFund.total.amountSatang)} บาท`,
    );
    expect(await page.getByTestId('council-central-fund').locator('tbody tr').count()).toBe(report.centralFund.rows.length);
    await expectSoundPage(page, 'council-report-desktop');

    const xlsx = await page.request.get((await page.getByTestId('council-xlsx').getAttribute('href')) ?? '');
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(await page.getByTestId('council-print').isVisible()).toBe(true);

    // For the printed document, Thai digits on request.
    // (click, not check(): the choice goes through the address, which react-router updates a moment later)
    await page.getByTestId('council-thai-digits').click();
    await expect.poll(() => page.getByTestId('council-thai-digits').isChecked()).toBe(true);
    await expect
      .poll(() => page.getByTestId('council-heading').innerText())
      .toContain(`ประจำปีงบประมาณ พ.ศ. ${toThaiDigits(String(lastYear))}`);
    expect(await page.getByTestId('council-central-fund-total').innerText()).toBe(
      toThaiDigits(formatSatangNumber(report.centralFund.total.amountSatang)),
    );
    expect(page.url()).toContain('digits=thai');
  });

  it('reads on a phone and in English', async () => {
    const page = await signedInPage(browser, server.baseUrl, 'deputygov', { width: 360, height: 740 });
    await page.goto('/reports/council');
    await page.getByTestId('council-central-fund').waitFor();
    await expectSoundPage(page, 'council-report-phone');
    await page.evaluate(() => (document.cookie = 'bmrts_lang=en; path=/'));
    await page.reload();
    await page.getByTestId('council-central-fund').waitFor();
    expect(await page.getByTestId('council-heading').innerText()).toContain('Bangkok Metropolitan Council');
  });

  it('is not offered to a budget unit, and refuses it by the address', async () => {
    const page = await signedInPage(browser, server.baseUrl, 'unit1');
    expect(await page.getByTestId('nav-council-report').count()).toBe(0);
    await page.goto('/reports/council');
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('ระดับ 5–8');
  });
});
