// The phone's tap-target check (WCAG 2.2 2.5.5, 44×44 px), shared by the browser tests that measure a page at 360 px.
import type { Page } from 'playwright-core';

/** WCAG 2.2 target size, enhanced (2.5.5): 44 by 44 CSS pixels. */
export const MIN_TARGET = 44;

/**
 * Every visible interactive element smaller than 44×44 px, described. Exempt, as WCAG allows: a link inside running text
 * (display inline, with other words in the same block: its size is set by the line height of the sentence). A checkbox
 * or radio counts with its label, which the browser makes part of the same target. Not rendered (display none, inside a
 * closed menu or disclosure) and visually hidden elements are not targets; the skip link counts only when focused.
 */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"]';
    const found: string[] = [];
    const inSentence = (el: Element): boolean => {
      if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
      let block = el.parentElement;
      while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
      const own = (el.textContent ?? '').trim();
      const all = (block?.textContent ?? '').trim();
      return all.replace(own, '').trim().length > 0;
    };
    for (const el of Array.from(document.querySelectorAll(selector))) {
      if (getComputedStyle(el).visibility === 'hidden' || el.closest('.visually-hidden')) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0 || rect.right <= 0 || rect.bottom <= -window.scrollY) continue;
      if (inSentence(el)) continue;
      let width = rect.width;
      let height = rect.height;
      if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
        for (const label of Array.from(el.labels ?? [])) {
          const box = label.getBoundingClientRect();
          if (box.width * box.height > width * height) [width, height] = [box.width, box.height];
        }
      }
      if (width + 0.01 < min || height + 0.01 < min) {
        const id = el.getAttribute('data-testid') ?? el.id ?? '';
        const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30);
        found.push(
          `${el.tagName.toLowerCase()}${id ? `#${id}` : ''}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''} “${text}” ${Math.round(width)}×${Math.round(height)}`,
        );
      }
    }
    return found;
  }, MIN_TARGET);
}
