// The hostile vocabulary: odd Unicode, edge-case numbers, SQL-ish and traversal strings, as fast-check arbitraries.
import fc from 'fast-check';

/** Strings that have broken other systems: direction overrides, joiners, lone surrogates, NUL, Thai combining marks. */
export const ODD_UNICODE: readonly string[] = [
  '\u202Eevil\u202Ctxt.exe',
  '\u202Bשלום\u202C',
  '\u200D\u200D\u200D',
  '\u200B',
  '\uFEFF',
  '\uD800',
  '\uDFFF',
  'a\uDC00b',
  '\u0000',
  'a\u0000b',
  '👨‍👩‍👧‍👦',
  '🏳️‍🌈',
  '🙏🏽',
  'ก\u0E48\u0E49\u0E4A\u0E4B\u0E4C\u0E4D\u0E47\u0E31\u0E34\u0E35\u0E36\u0E37',
  '\u0E31\u0E34\u0E48',
  'น้ำ้้้้้้้้้้้้้้้',
  'งบประมาณกรุงเทพมหานคร',
  'Z̷̢͈͓̥̝̫̤͎̈́̈́͐̾͠a̴̡̛̤l̶g̵o̴',
  '\r\n\t\v\f\b',
  '\u2028\u2029',
  '\u00A0\u1680\u3000',
  'ＡＢＣ１２３',
  'ﷺ',
  '\uFFFD\uFFFE\uFFFF',
  'e\u0301',
  '𝕳𝖔𝖘𝖙𝖎𝖑𝖊',
];

/** Strings aimed at a query builder or a file system rather than at people. */
export const INJECTION: readonly string[] = [
  "' OR '1'='1",
  "'; DROP TABLE requests; --",
  '" OR ""="',
  '1; SELECT * FROM users',
  "') UNION SELECT password_hash FROM users --",
  '%',
  '_',
  '\\',
  '%00',
  '${7*7}',
  '{{7*7}}',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  'null',
  'undefined',
  'NaN',
  '__proto__',
  'constructor',
  'prototype',
  'true',
  '-1',
  '0x10',
  '1e308',
];

export const oddUnicode = fc.constantFrom(...ODD_UNICODE);

/** Long strings, kept well under a few MB so the suite stays fast and light. */
export const longString = fc.oneof(
  fc.constantFrom(200, 201, 1_000, 5_001, 70_000).chain((n) => fc.constantFrom('x', 'ก', '🙏', '\u200D', ' ').map((ch) => ch.repeat(n))),
  fc.constant('a'.repeat(1_000_000)),
);

/** A ReDoS-shaped string: long runs that make a backtracking pattern explode if one exists. */
export const redosString = fc.constantFrom('a'.repeat(50_000) + '!', `${'a-'.repeat(20_000)}!`, `${'1'.repeat(30_000)}x`, `${' '.repeat(40_000)}x`, 'A' + '0'.repeat(60_000));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: oddUnicode },
  { weight: 3, arbitrary: fc.constantFrom(...INJECTION) },
  { weight: 2, arbitrary: fc.constant('') },
  { weight: 2, arbitrary: fc.constantFrom(' ', '   ', '\t\n') },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: longString },
  { weight: 1, arbitrary: redosString },
  { weight: 2, arbitrary: fc.tuple(oddUnicode, fc.constantFrom(...INJECTION), oddUnicode).map((parts) => parts.join('')) },
);

/** Numbers at the edges of what JSON and JavaScript agree on. */
export const EDGE_NUMBERS: readonly number[] = [
  0, -0, -1, 1, 0.5, -0.5, 1e-7, 1e308, -1e308, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, -Number.MAX_SAFE_INTEGER, 2 ** 31, -(2 ** 31), 2 ** 63,
  Number.MIN_VALUE, 2569.5, 10_000_000_000_001, 1e21,
];
export const edgeNumber = fc.oneof(fc.constantFrom(...EDGE_NUMBERS), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer());

/** Number tokens as JSON text: some parse to Infinity or lose precision, some are not JSON at all. */
export const NUMBER_TOKENS: readonly string[] = ['-0', '1e308', '1e309', '-1e309', '1e-400', '123456789012345678901234567890', '1.0000000000000001', '0.1e1', '1E2', '-0.0'];

/** Path parameter values that are not ids of anything; none of them may match a real row. */
export const HOSTILE_PATH_VALUES: readonly string[] = [
  '..', '../', '../..', '..%2f..%2fsession', '%2e%2e', '%2e%2e%2f', '%00', 'a%00b', '%', '%zz', '%E0%A4%A', '%C0%AF', '%ff',
  "1'%20OR%20'1'='1", "';DROP TABLE users;--", '1;SELECT 1', '0', '-1', '1e308', 'NaN', 'null', 'undefined', 'true', '[]', '{}',
  '__proto__', 'constructor', 'prototype', '*', '?', '#', '%3F', '%23', '%2F', '%5C', '~', '.', '%20', '+', 'Z99', 'k01', 'K1', '2026-13-45',
  '0000-00-00', '9999-99-99', '00000000-0000-0000-0000-00000000000G', '00000000-0000-4000-8000-0000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'งบประมาณ', 'ก่อสร้าง', '%E0%B8%87%E0%B8%9A', '😀', '%F0%9F%98%80', '%ED%A0%80', 'x'.repeat(300), 'x'.repeat(9_000), '%41'.repeat(2_000),
];

/** Odd methods: WebDAV verbs, made-up ones, lower-case spellings (fetch upper-cases only the six standard ones). */
export const ODD_METHODS: readonly string[] = ['PATCH', 'PUT', 'DELETE', 'POST', 'GET', 'HEAD', 'OPTIONS', 'PROPFIND', 'MKCOL', 'LOCK', 'FOO', 'patch', 'get', 'delete', 'M-SEARCH', 'QUERY', 'PURGE'];
