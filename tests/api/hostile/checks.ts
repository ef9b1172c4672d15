// What every answer to hostile input must look like: no 5xx, a JSON error when refused, nothing leaked, quick.
import type { HostileCase } from './cases';

export const SLOW_MS = 3_000;

/** Signs of an internal error escaping: stack frames, engine error codes, SQL the server wrote. */
const LEAKS: readonly RegExp[] = [
  /\n\s+at [^\n]+:\d+:\d+/,
  /\bat (?:async )?[\w.<>]+ \((?:file:|node:|\/)[^)]*\)/,
  /SQLITE_[A-Z_]+/,
  /no such (?:table|column)/i,
  /\b(?:select|insert into|update|delete from)\b[^"]{0,120}\b(?:from|values|set|where)\b\s+["`\w]/i,
  /node_modules/,
  /\b(?:TypeError|ReferenceError|RangeError|SyntaxError): /,
];

export interface Answer {
  status: number;
  contentType: string;
  text: string;
  ms: number;
}

function inputText(c: HostileCase): string {
  let decoded = c.url;
  try {
    decoded = decodeURIComponent(c.url);
  } catch {
    // Broken escapes stay as they are.
  }
  return `${c.url}\n${decoded}\n${typeof c.body === 'string' ? c.body : ''}\n${Object.values(c.headers).join('\n')}`;
}

/** The ways this answer breaks the rules; empty when it keeps them. */
export function violations(c: HostileCase, a: Answer): string[] {
  const found: string[] = [];
  if (a.status >= 500) found.push(`answered ${a.status}`);
  if (a.ms > SLOW_MS) found.push(`took ${Math.round(a.ms)} ms`);
  const head = c.method.toUpperCase() === 'HEAD';
  // A path that climbed out of /api (../..) reaches the web app's pages, which are not the API's to answer.
  const api = new URL(c.url, 'http://localhost').pathname.startsWith('/api/');
  if ((a.status < 200 || a.status >= 300) && !head && api) {
    if (!a.contentType.startsWith('application/json'))
      found.push(`non-JSON error (${a.contentType || 'no content type'}): ${a.text.slice(0, 120)}`);
    else {
      try {
        const body = JSON.parse(a.text) as { error?: { code?: unknown; message?: unknown } };
        if (typeof body.error?.code !== 'string' || !body.error.code) found.push(`error without a code: ${a.text.slice(0, 200)}`);
        if (typeof body.error?.message !== 'string' || !body.error.message) found.push(`error without a message: ${a.text.slice(0, 200)}`);
      } catch {
        found.push(`error body is not JSON: ${a.text.slice(0, 120)}`);
      }
    }
  }
  if (head && api && a.status >= 300 && a.contentType && !a.contentType.startsWith('application/json'))
    found.push(`HEAD error with ${a.contentType}`);
  if (c.mustRefuse && a.status >= 200 && a.status < 300) found.push(`accepted a body that is wrong by construction (${a.status})`);
  const input = inputText(c);
  for (const leak of LEAKS) {
    const match = leak.exec(a.text);
    if (match && !input.includes(match[0])) found.push(`leaks ${JSON.stringify(match[0])}`);
  }
  return found;
}
