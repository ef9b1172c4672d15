// The budget tests' requests through the API of a signed-in page (issue 16): a JSON post that must succeed, and an
// allotment on a line of the current fiscal year, created and submitted by the page's unit.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { fiscalYearOf, type RequestView } from '@bmrts/shared';
import type { NewBudgetLine } from '@bmrts/db';
import { allotmentOn, budgetLine } from '../../support/budget-lines';

/** The form opens on the fiscal year of today, so the tests' lines are of that year. */
export const THIS_FISCAL_YEAR = fiscalYearOf(new Date());

/** A K01 operating line of this fiscal year. */
export function k01Line(code: string, item: string, appropriationSatang: number): NewBudgetLine {
  return budgetLine({ fiscalYear: THIS_FISCAL_YEAR, code, item, appropriationSatang });
}

export async function postJson<T>(page: Page, path: string, data: unknown): Promise<T> {
  const res = await page.request.post(path, { data });
  expect(res.ok(), await res.text()).toBe(true);
  return (await res.json()) as T;
}

/** An operating allotment on `lineId`, created and submitted by the signed-in unit. */
export async function submitAllotment(page: Page, lineId: string, amountSatang: number, title: string): Promise<RequestView> {
  const draft = await postJson<RequestView>(page, '/api/requests', allotmentOn(lineId, amountSatang, title, THIS_FISCAL_YEAR));
  return postJson<RequestView>(page, `/api/requests/${draft.id}/events`, { type: 'SUBMIT', version: draft.version });
}
