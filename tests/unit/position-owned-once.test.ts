// The position's rules are written once: no source file outside shared/src/position (and the status list itself)
// spells a group of statuses, decides a holding level from a status, or — in the web — uses a level number as a
// permission. Everything else asks positionOf, the status groups, the server's position-sql, or the fields the server sends.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist' || name === 'i18n') return [];
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const STATUS = `'(?:draft|in_review|returned|awaiting_council|approved|rejected|withdrawn)'`;
/** An array literal of two or more statuses: a status group written by hand. */
const STATUS_GROUP = new RegExp(`\\[\\s*${STATUS}\\s*,\\s*${STATUS}`);
/** Statuses grouped by hand in a condition or a switch: `status === 'approved' || status === 'rejected'`, `case 'draft': case 'returned':`. */
const STATUS_CHAIN = new RegExp(
  `status\\s*===\\s*${STATUS}\\s*\\|\\|\\s*[\\w.]*status\\s*===\\s*${STATUS}|case\\s+${STATUS}:\\s*case\\s+${STATUS}:`,
);
/** A holding level chosen from a status: `status === 'awaiting_council' ? 8`, `'draft' || … 'returned' ? 1`. */
const HOLDER_RULE = new RegExp(`(?:status\\s*===\\s*${STATUS}[^;\\n]*\\?\\s*(?:TOP_LEVEL|\\d))`);
/** A level compared with a number in the web: a permission or a position worked out again. */
const LEVEL_NUMBER = /\blevel\s*(?:===|!==|>=|<=|>|<)\s*\d|\d\s*(?:===|!==|>=|<=|>|<)\s*\w*\.?level\b/;

/** Where a group of statuses may be written: the status list, the machine's own groups, and the Council report's columns. */
const ALLOWED_GROUPS = [
  'shared/src/status.ts',
  'shared/src/schemas/council-report.ts',
  'web/src/features/council-report/council-report-page.tsx',
];

const files = ['shared/src', 'db/src', 'server/src', 'web/src'].flatMap((dir) => sourceFiles(join(ROOT, dir)));
const offending = (pattern: RegExp, allowed: readonly string[] = []) =>
  files
    .map((path) => relative(ROOT, path))
    .filter((path) => !allowed.includes(path) && !path.startsWith('shared/src/position/'))
    .filter((path) => pattern.test(readFileSync(join(ROOT, path), 'utf8')));

describe('the position, owned once', () => {
  it('has its status groups in shared/src/position only', () => {
    expect(offending(STATUS_GROUP, ALLOWED_GROUPS)).toEqual([]);
  });

  it('groups statuses by hand nowhere else, in a condition or a switch', () => {
    // The demo seed switches over its planned outcomes (their kinds share the statuses' names), not over a request's status.
    expect(offending(STATUS_CHAIN, ['db/src/seed/demo-history.ts'])).toEqual([]);
  });

  it('has the holding level decided from the status in positionOf only', () => {
    expect(offending(HOLDER_RULE)).toEqual([]);
  });

  it('leaves the web no level number to compare: it reads what the server sends', () => {
    expect(offending(LEVEL_NUMBER).filter((path) => path.startsWith('web/'))).toEqual([]);
  });

  it('would notice a hand-written group, holder rule or level permission', () => {
    expect(STATUS_GROUP.test(`const DECIDED = ['approved', 'rejected', 'withdrawn'];`)).toBe(true);
    expect(STATUS_CHAIN.test(`const closed = status === 'approved' || status === 'rejected';`)).toBe(true);
    expect(STATUS_CHAIN.test(`case 'draft':\n    case 'returned':`)).toBe(true);
    expect(HOLDER_RULE.test(`const level = status === 'awaiting_council' ? TOP_LEVEL : row.level;`)).toBe(true);
    expect(LEVEL_NUMBER.test(`const seesOverview = user.level >= 4;`)).toBe(true);
  });
});
