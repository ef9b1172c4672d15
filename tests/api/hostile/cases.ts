// One hostile request per case: the route's own path, query and body taken apart and put back wrong.
import fc from 'fast-check';
import { brokenJsonBody, notAnObject } from './json-body';
import type { Operation, Parameter } from './openapi-routes';
import { HOSTILE_PATH_VALUES, ODD_METHODS, hostileString, oddUnicode, redosString } from './values';

export const ROLES = ['anonymous', 'unit', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface HostileCase {
  role: Role;
  /** What was attacked: json, content-type, multipart, path, query, method. */
  kind: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | FormData;
  /** The input is wrong by construction and reaches the route's own handler: a 2xx would mean it was accepted. */
  mustRefuse: boolean;
}

/** Ids, codes and dates of rows that exist, by path parameter name; used only where the body is broken. */
export type RealValues = Record<string, readonly string[]>;

const SAFE_TO_READ = new Set(['GET', 'HEAD']);

function encode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80'; // a lone surrogate: its UTF-8 bytes would be these, which are not UTF-8
  }
}

const hostilePathValue: fc.Arbitrary<{ text: string; routing: boolean }> = fc.oneof(
  fc.constantFrom(...HOSTILE_PATH_VALUES).map((text) => ({ text, routing: /\.|%2f|%5c|[?#/]|%3f|%23/i.test(text) })),
  hostileString.map((s) => ({ text: encode(s), routing: false })),
);

function pathValueArb(
  param: Parameter,
  real: RealValues,
  allowReal: boolean,
): fc.Arbitrary<{ text: string; routing: boolean; real: boolean }> {
  const hostile = hostilePathValue.map((v) => ({ ...v, real: false }));
  const known = real[param.name] ?? real['*'] ?? [];
  if (!allowReal || !known.length) return hostile;
  return fc.oneof(
    hostile,
    fc.constantFrom(...known).map((text) => ({ text: encode(text), routing: false, real: true })),
  );
}

function fillPath(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_m, name: string) => values[name] ?? '');
}

const BROKEN_ENCODINGS = ['%', '%zz', '%E0%A4%A', '%C0%AF', '%ED%A0%80', '%00', '%FF%FE', '+%2B+', '%25%32%35'];

/** A hostile query string: known parameters with wrong values, repeats, unknown names, oversize, broken escapes. */
function queryArb(op: Operation): fc.Arbitrary<string> {
  const known = op.queryParams.map((p) => p.name);
  const names = fc.oneof(...(known.length ? [{ weight: 4, arbitrary: fc.constantFrom(...known) }] : []), {
    weight: 1,
    arbitrary: fc.constantFrom('__proto__', 'constructor', '__proto__[isAdmin]', 'a[b]', 'limit[]', 'unknown', '', '%00', 'ก'),
  });
  const valueArb = fc.oneof(
    hostileString.map(encode),
    fc.constantFrom(...BROKEN_ENCODINGS),
    fc.constantFrom(
      '-1',
      '0',
      '1e308',
      '-0',
      '0.5',
      'NaN',
      'Infinity',
      '999999999999999999999',
      '0x10',
      '1,2',
      'true',
      '',
      '2026-02-30',
      '9999-99-99',
      '2569.5',
    ),
    redosString.map(encode),
    // Cursors that decode (base64url JSON) to the wrong shapes, and to the right shape with hostile contents.
    fc
      .constantFrom(
        '[1,2]',
        '["a"]',
        '[null,null]',
        '{}',
        '"x"',
        `["2026-01-01T00:00:00.000Z","' OR 1=1 --"]`,
        '[["a"],{"b":1}]',
        '['.repeat(3_000),
        '{"__proto__":{"a":1}}',
      )
      .map((json) => Buffer.from(json).toString('base64url')),
  );
  const pair = fc.tuple(names, valueArb, fc.boolean()).map(([n, v, withEquals]) => (withEquals ? `${encode(n)}=${v}` : encode(n)));
  return fc.oneof(
    fc.array(pair, { minLength: 1, maxLength: 8 }).map((pairs) => pairs.join('&')),
    // The same known parameter many times over.
    fc.tuple(names, valueArb, fc.integer({ min: 2, max: 50 })).map(([n, v, times]) =>
      Array(times)
        .fill(`${encode(n)}=${v}`)
        .join('&'),
    ),
    // Thousands of parameters, or one enormous one.
    fc.constantFrom(2_000, 5_000).map((n) => Array.from({ length: n }, (_, i) => `p${i}=${i}`).join('&')),
    fc.constantFrom(...(known.length ? known : ['q'])).map((n) => `${n}=${'x'.repeat(100_000)}`),
    fc.constantFrom('&&&', '=', '==&=', '?', '??a=1', '#x', '&a', 'a=1=2', '%26%3D'),
  );
}

const JSON_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'APPLICATION/JSON',
  'application/json;charset=utf-16',
  'application/problem+json',
];
const WRONG_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'multipart/form-data; boundary=zzz',
  'application/xml',
  'application/jsonx',
  '*/*',
  'text/json',
  'application/octet-stream',
];

/** A multipart body that carries no acceptable file: wrong field, no file, or bytes no accepted type starts with. */
function brokenMultipart(): fc.Arbitrary<{ body: FormData | string; contentType?: string }> {
  // The leading NUL makes these bytes neither a known signature nor UTF-8 text, whatever the name says.
  const badBytes = fc.uint8Array({ maxLength: 2_000 }).map((bytes) => new Uint8Array([0, ...bytes]));
  const name = fc.oneof(
    hostileString,
    oddUnicode.map((u) => `${u}.pdf`),
    fc.constantFrom('a.csv', 'report.xlsx', '../../etc/passwd', '', '.', 'a'.repeat(5_000)),
  );
  const form = (entries: [string, string | File][]) => {
    const f = new FormData();
    for (const [k, v] of entries) f.append(k, v);
    return { body: f };
  };
  return fc.oneof(
    fc.constant(form([])),
    hostileString.map((s) => form([['file', s]])),
    fc.tuple(badBytes, name).map(([bytes, n]) => form([['file', new File([bytes], n, { type: 'application/pdf' })]])),
    fc.tuple(badBytes, name).map(([bytes, n]) =>
      form([
        ['attachment', new File([bytes], n)],
        ['file', 'not a file'],
      ]),
    ),
    fc.tuple(badBytes, badBytes, name).map(([a, b, n]) =>
      form([
        ['file', new File([a], n)],
        ['file', new File([b], n)],
      ]),
    ),
    fc.constant(form([['file', new File([], 'empty.pdf', { type: 'application/pdf' })]])),
    fc
      .constantFrom(
        '--zzz\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n\u0000garbage',
        '--zzz\r\nContent-Disposition: form-data; name="file"\r\n\r\n\u0000',
        'no boundary at all',
        '--zzz--',
        '',
        '--zzz\r\nContent-Disposition: form-data; name="file"; filename="\u202Egpj.exe"\r\nContent-Type: image/png\r\n\r\n\u0000x\r\n--zzz--\r\n',
      )
      .chain((text) =>
        fc
          .constantFrom(
            'multipart/form-data; boundary=zzz',
            'multipart/form-data',
            'multipart/form-data; boundary=',
            'multipart/mixed; boundary=zzz',
          )
          .map((contentType) => ({ body: text, contentType })),
      ),
  );
}

/** Headers that should make no difference to the outcome's shape: odd languages, stray cookies, cross-site origins. */
const extraHeaders: fc.Arbitrary<Record<string, string>> = fc.record(
  {
    'accept-language': fc.constantFrom('en', 'th', '*', 'xx-YY;q=abc', 'en;q=0,th;q=0', ',,,;;;', 'a'.repeat(5_000)),
    accept: fc.constantFrom('text/html', '*/*', 'application/xml', ''),
    'sec-fetch-site': fc.constantFrom('same-origin', 'none'),
    'x-requested-with': fc.constantFrom('XMLHttpRequest', 'fetch'),
  },
  { requiredKeys: [] },
);

/** Headers a browser sends on a cross-site call (refused before anything else), and broken variants of them; kept rare. */
const crossSiteHeaders: fc.Arbitrary<Record<string, string>> = fc.record(
  {
    origin: fc.constantFrom('null', 'https://evil.example', 'http://localhost', 'not a url', 'http://[::1', 'http://localhost:99999'),
    'sec-fetch-site': fc.constantFrom('cross-site', 'same-site', 'same-origin', 'none', 'garbage'),
    'x-forwarded-host': fc.constantFrom('localhost', 'evil.example', ''),
  },
  { requiredKeys: [] },
);

const junkCookie = fc.constantFrom(
  'bmrts_session=',
  "bmrts_session=' OR '1'='1",
  'bmrts_session=%00',
  `bmrts_session=${'a'.repeat(4_000)}`,
  'bmrts_session=null; bmrts_session=undefined',
  'bmrts_session="quoted"',
  'bmrts_session=%E0%A4%A',
  '=; ;; =x',
  'other=1',
);

/** The arbitrary's value in `times` cases out of `outOf`, null otherwise. */
function sometimes<T>(arb: fc.Arbitrary<T>, times: number, outOf: number): fc.Arbitrary<T | null> {
  return fc.oneof({ weight: times, arbitrary: arb }, { weight: outOf - times, arbitrary: fc.constant(null) });
}

/** The hostile cases for one documented operation. */
export function casesFor(op: Operation, real: RealValues): fc.Arbitrary<HostileCase> {
  const hasJsonBody = op.body?.mediaType === 'application/json';
  const hasMultipart = op.body?.mediaType.startsWith('multipart/') ?? false;
  const kinds: string[] = ['path', 'query', 'method'];
  if (hasJsonBody) kinds.push('json', 'json', 'json', 'content-type');
  if (hasMultipart) kinds.push('multipart', 'multipart', 'content-type');
  // Real ids only where nothing can happen to them: reads, and calls whose body is broken by construction.
  const realAllowed = (kind: string) =>
    kind !== 'method' && (SAFE_TO_READ.has(op.method) || ((hasJsonBody || hasMultipart) && kind !== 'path'));
  const jsonBody = hasJsonBody && op.body ? brokenJsonBody(op.body.schema) : notAnObject;

  return fc
    .record({
      role: fc.constantFrom(...ROLES),
      kind: fc.constantFrom(...kinds),
      extra: sometimes(extraHeaders, 1, 2),
      crossSite: sometimes(crossSiteHeaders, 1, 12),
      junk: sometimes(junkCookie, 1, 2),
    })
    .chain(({ role, kind, extra, junk, crossSite }) => {
      const params = fc.tuple(...op.pathParams.map((p) => pathValueArb(p, real, realAllowed(kind))));
      const query = kind === 'query' ? queryArb(op).map((q) => `?${q}`) : fc.constant('');
      const method = kind === 'method' ? fc.constantFrom(...ODD_METHODS) : fc.constant(op.method);
      const body: fc.Arbitrary<{ body?: string | FormData; contentType?: string }> =
        kind === 'multipart'
          ? brokenMultipart()
          : kind === 'content-type'
            ? fc
                .tuple(jsonBody, fc.option(fc.constantFrom(...WRONG_TYPES), { freq: 5 }))
                .map(([text, ct]) => ({ body: text, ...(ct ? { contentType: ct } : {}) }))
            : hasJsonBody || kind === 'method'
              ? fc.tuple(jsonBody, fc.constantFrom(...JSON_TYPES)).map(([text, ct]) => ({ body: text, contentType: ct }))
              : hasMultipart
                ? brokenMultipart()
                : fc.constant({});
      return fc.tuple(params, query, method, body).map(([values, q, m, b]): HostileCase => {
        const headers: Record<string, string> = { ...(extra ?? {}), ...(crossSite ?? {}) };
        if (b.contentType) headers['content-type'] = b.contentType;
        if (junk && role === 'anonymous') headers.cookie = junk;
        const upper = m.toUpperCase();
        const sendsBody = b.body !== undefined && upper !== 'GET' && upper !== 'HEAD';
        const byName = Object.fromEntries(op.pathParams.map((p, i) => [p.name, values[i]?.text ?? '']));
        const routing = values.some((v) => v.routing);
        return {
          role,
          kind,
          method: m,
          url: fillPath(op.template, byName) + q,
          headers,
          ...(sendsBody ? { body: b.body } : {}),
          // Cross-site headers are refused before anything else, so they change nothing about this.
          mustRefuse: op.body !== null && m === op.method && !routing && sendsBody,
        };
      });
    });
}
