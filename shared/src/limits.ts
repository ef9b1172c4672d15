// Length and count limits the screens show before a schema checks them (counters, "at most 50 items"). They live here,
// apart from the zod schemas that enforce them, so a page that only shows a limit does not load zod and every schema
// with it: importing a constant from a schema module brings the whole module (and xstate behind it) into the page.
// The schemas import these same values, so the limit shown and the limit enforced are one number.

/** A decision's comment, in characters. */
export const MAX_COMMENT_LENGTH = 2000;

/** Requests approved in one bulk action. */
export const MAX_BULK_ITEMS = 50;

/** An office phone extension as written, e.g. "1234 ต่อ 5". */
export const MAX_PHONE_EXTENSION_LENGTH = 20;

/** The largest amount a request may carry: 100,000,000,000.00 baht in satang. */
export const MAX_SATANG = 10_000_000_000_000;

/** Text the administration screens take, in characters: the forms count against these, the schemas enforce them. */
export const RULE_REASON_MAX = 500;
export const WEBHOOK_URL_MAX = 2000;
export const WEBHOOK_DESCRIPTION_MAX = 200;
export const APPOINTMENT_ORDER_NO_MAX = 200;
export const APPOINTMENT_REASON_MAX = 500;
export const SURVEY_QUESTION_TEXT_MAX = 500;
export const SURVEY_ROUND_TITLE_MAX = 200;
/** An email address (RFC 5321's longest path). */
export const EMAIL_MAX = 254;
/** The request list's search words. */
export const LIST_SEARCH_MAX = 100;

/** A request's transfer lines. */
export const MAX_TRANSFER_LINES = 50;
/** Length limits of the request's text, in characters: the form's counters show them. */
export const TITLE_MIN = 3;
export const TITLE_MAX = 300;
export const JUSTIFICATION_MAX = 5000;
export const LINE_ITEM_MAX = 300;
/** The unit's letter number as written on the letter, "กท 5101/1201"; longer ones are a paste gone wrong. */
export const LETTER_NO_MAX = 50;

/** The yes/no facts a transfer states about itself; the routing rules read them. */
export const TRANSFER_FLAGS = [
  'detailsOnly',
  'crossCategory',
  'crossPlan',
  'createsNewItem',
  'changesInvestmentNature',
  'betweenUnits',
  'newPlanOrProject',
] as const;
export type TransferFlag = (typeof TRANSFER_FLAGS)[number];
