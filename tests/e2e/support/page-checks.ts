// Checks a person would notice on any page: accessibility (axe-core), Thai in Sarabun, no sideways scrolling; and screenshots.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const SCREENSHOT_DIR = new URL('../screenshots/', import.meta.url).pathname;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // Evaluated through the browser's debugging protocol, which the page's Content-Security-Policy does not govern
  // (a <script> tag with axe inline would be refused, as it should be).
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}

/** True when Sarabun has loaded and is the body font, so Thai does not fall back to boxes or another face. */
export async function rendersThaiInSarabun(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    await document.fonts.ready;
    const family = getComputedStyle(document.body).fontFamily;
    return family.includes('Sarabun') && document.fonts.check('16px Sarabun', 'ภาษาไทย');
  });
}

/** How many pixels the page is wider than the window (0 when nothing scrolls sideways). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth));
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}${name}.png`, fullPage: true });
}

/** Waits until the app has settled: no spinner, fonts loaded. */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready);
}

/** Once the page has settled: a screenshot to look at, Thai in Sarabun, no serious axe violation, no sideways scrolling. */
export async function expectSoundPage(page: Page, name: string): Promise<void> {
  await settled(page);
  await screenshot(page, name);
  expect(await rendersThaiInSarabun(page), `${name}: Sarabun`).toBe(true);
  expect(await seriousAxeViolations(page), `${name}: axe`).toEqual([]);
  expect(await horizontalOverflow(page), `${name}: sideways scrolling`).toBe(0);
}
