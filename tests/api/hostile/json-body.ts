// JSON bodies that are wrong by construction: a plausible object built from the route's own schema with at least one
// field broken (wrong type, out of range, unknown key), or text that is not a JSON object at all.
import fc from 'fast-check';
import type { JsonSchema } from './openapi-routes';
import { NUMBER_TOKENS, edgeNumber, hostileString, longString, oddUnicode } from './values';

/** A JSON document as a tree we serialise ourselves, so it may hold duplicate keys, `__proto__` and raw number tokens. */
export type JsonNode =
  | { kind: 'value'; value: string | number | boolean | null }
  | { kind: 'token'; text: string }
  | { kind: 'array'; items: JsonNode[] }
  | { kind: 'object'; entries: [string, JsonNode][] };

const value = (v: string | number | boolean | null): JsonNode => ({ kind: 'value', value: v });

export function serialise(node: JsonNode): string {
  switch (node.kind) {
    case 'value':
      return JSON.stringify(node.value);
    case 'token':
      return node.text;
    case 'array':
      return `[${node.items.map(serialise).join(',')}]`;
    case 'object':
      return `{${node.entries.map(([k, v]) => `${JSON.stringify(k)}:${serialise(v)}`).join(',')}}`;
  }
}

type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'object' | 'array';
const ALL_TYPES: readonly JsonType[] = ['string', 'number', 'integer', 'boolean', 'null', 'object', 'array'];

/** The JSON types a schema accepts; every type when it says nothing. */
export function acceptedTypes(schema: JsonSchema): Set<JsonType> {
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants) return new Set(variants.flatMap((v) => [...acceptedTypes(v)]));
  if (schema.allOf?.length) return acceptedTypes(schema.allOf[0] ?? {});
  const declared = schema.type === undefined ? undefined : Array.isArray(schema.type) ? schema.type : [schema.type];
  if (!declared) {
    if (schema.enum || schema.const !== undefined) {
      const values = schema.enum ?? [schema.const];
      return new Set(values.map((v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : (typeof v as JsonType))));
    }
    if (schema.properties) return new Set(['object']);
    return new Set(ALL_TYPES);
  }
  const types = new Set(declared as JsonType[]);
  if (types.has('number')) types.add('integer');
  if (types.has('integer')) types.add('number');
  return types;
}

const PATTERN_SAMPLES = ['K01', '2031-05-05', 'someone.new', 'abc', 'A1', '2031-05-05T00:00:00.000Z'];

/** A value the schema would accept, as far as a simple reading of it goes; the broken field makes the whole body wrong anyway. */
export function sample(schema: JsonSchema, depth = 0): JsonNode {
  const variant = schema.oneOf?.[0] ?? schema.anyOf?.[0] ?? schema.allOf?.[0];
  if (variant) return sample(variant, depth + 1);
  if (schema.const !== undefined) return value(schema.const as string);
  if (schema.enum?.length) return value(schema.enum[0] as string);
  if (schema.default !== undefined && (typeof schema.default !== 'object' || schema.default === null))
    return value(schema.default as string);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const entries = Object.entries(schema.properties ?? {})
        .filter(([name]) => depth < 6 && (schema.required?.includes(name) || name.length % 2 === 0))
        .map(([name, s]): [string, JsonNode] => [name, sample(s, depth + 1)]);
      return { kind: 'object', entries };
    }
    case 'array':
      return {
        kind: 'array',
        items: Array.from({ length: Math.max(1, schema.minItems ?? 0) }, () => sample(schema.items ?? {}, depth + 1)),
      };
    case 'integer':
    case 'number':
      return value(schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 1));
    case 'boolean':
      return value(false);
    case 'null':
      return value(null);
    case 'string': {
      if (schema.format === 'date-time') return value('2031-05-05T00:00:00.000Z');
      if (schema.format === 'date') return value('2031-05-05');
      if (schema.format === 'uuid') return value('00000000-0000-4000-8000-000000000000');
      if (schema.pattern) {
        const re = new RegExp(schema.pattern, 'u');
        const fit = PATTERN_SAMPLES.find((s) => re.test(s));
        if (fit) return value(fit);
      }
      return value('ท'.repeat(Math.max(3, schema.minLength ?? 0)));
    }
    default:
      return value('x');
  }
}

/** A value of some JSON type the schema does not accept at all. */
function wrongType(schema: JsonSchema): fc.Arbitrary<JsonNode> | null {
  const accepted = acceptedTypes(schema);
  const options: fc.Arbitrary<JsonNode>[] = [];
  if (!accepted.has('string'))
    options.push(hostileString.map(value), fc.constantFrom('1', '1e308', '-0', 'NaN', 'true', 'null', '').map(value));
  if (!accepted.has('number'))
    options.push(
      edgeNumber.map(value),
      fc.constantFrom(...NUMBER_TOKENS).map((text): JsonNode => ({ kind: 'token', text })),
    );
  if (!accepted.has('boolean')) options.push(fc.boolean().map(value));
  if (!accepted.has('null')) options.push(fc.constant(value(null)));
  if (!accepted.has('array')) {
    options.push(
      fc.constantFrom<JsonNode>({ kind: 'array', items: [] }, { kind: 'array', items: [value('x'), value(1)] }),
      // Deeply nested, or very long, where a scalar belongs.
      fc.constantFrom(100, 5_000).map((depth): JsonNode => ({ kind: 'token', text: '['.repeat(depth) + ']'.repeat(depth) })),
      fc.constant<JsonNode>({ kind: 'token', text: `[${Array(50_000).fill('"x"').join(',')}]` }),
    );
  }
  if (!accepted.has('object')) {
    options.push(
      fc.constantFrom<JsonNode>(
        { kind: 'object', entries: [] },
        { kind: 'object', entries: [['__proto__', { kind: 'object', entries: [['isAdmin', value(true)]] }]] },
      ),
    );
  }
  return options.length ? fc.oneof(...options) : null;
}

/** A value of an accepted type that the schema's bounds, enum or pattern still refuse (for sure, not maybe). */
function outOfBounds(schema: JsonSchema): fc.Arbitrary<JsonNode> | null {
  const options: fc.Arbitrary<JsonNode>[] = [];
  const type = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (type.includes('integer')) options.push(fc.constantFrom(0.5, -0.5, 2569.5, 1e-7, Number.MIN_VALUE).map(value));
  if (type.includes('integer') || type.includes('number')) {
    if (schema.maximum !== undefined)
      options.push(fc.constantFrom(1e308, 2 ** 63, schema.maximum + 1).map(value), fc.constant<JsonNode>({ kind: 'token', text: '1e309' }));
    if (schema.minimum !== undefined) options.push(fc.constantFrom(-1e308, schema.minimum - 1).map(value));
  }
  if (type.includes('string')) {
    // Too long in code points (what zod counts), not only in UTF-16 units.
    if (schema.maxLength !== undefined)
      options.push(
        fc.constantFrom('x', 'ก', '🙏').map((ch) => value(ch.repeat((schema.maxLength ?? 0) + 1))),
        longString.filter((s) => [...s.trim()].length > (schema.maxLength ?? 0)).map(value),
      );
    // Shorter than the minimum whether or not the schema trims first: spaces alone would pass an untrimmed min(1).
    const min = schema.minLength ?? 0;
    if (min > 0) options.push(fc.constantFrom('', 'x'.repeat(min - 1), 'ก'.repeat(min - 1)).map(value));
    if (schema.enum?.length)
      options.push(
        fc
          .oneof(hostileString, oddUnicode)
          .filter((s) => !schema.enum?.includes(s) && !schema.enum?.includes(s.trim()))
          .map(value),
      );
    if (schema.format === 'uuid')
      options.push(fc.constantFrom('not-a-uuid', "' OR 1=1 --", '00000000-0000-0000-0000-00000000000G').map(value));
  }
  if (type.includes('array')) {
    if (schema.maxItems !== undefined) {
      const item = serialise(sample(schema.items ?? {}));
      options.push(
        fc
          .constantFrom((schema.maxItems ?? 0) + 1, 20_000)
          .map((n): JsonNode => ({ kind: 'token', text: `[${Array(n).fill(item).join(',')}]` })),
      );
    }
    if ((schema.minItems ?? 0) > 0) options.push(fc.constant<JsonNode>({ kind: 'array', items: [] }));
  }
  return options.length ? fc.oneof(...options) : null;
}

/** Some value for a field, right or wrong: the noise around the broken field. */
function anyValue(schema: JsonSchema): fc.Arbitrary<JsonNode> {
  const options: fc.Arbitrary<JsonNode>[] = [fc.constant(sample(schema)), hostileString.map(value), edgeNumber.map(value)];
  const bounds = outOfBounds(schema);
  if (bounds) options.push(bounds);
  return fc.oneof(...options);
}

interface BrokenEntries {
  entries: [string, JsonNode][];
  /** The keys the breaker removed, replaced, duplicated or added: noise must leave them alone. */
  touched: string[];
}

/** Ways to break an object schema for sure: a field of the wrong kind, an unknown key, a required key missing. */
function breakObject(schema: JsonSchema, depth: number): fc.Arbitrary<[string, JsonNode][]> {
  const props = Object.entries(schema.properties ?? {});
  const base = (sample(schema) as Extract<JsonNode, { kind: 'object' }>).entries;
  const breakers: fc.Arbitrary<BrokenEntries>[] = [];
  for (const [name, propSchema] of props) {
    const broken = brokenValue(propSchema, depth + 1);
    if (!broken) continue;
    breakers.push(
      fc.tuple(broken, fc.boolean()).map(([v, duplicate]) => {
        const others = base.filter(([k]) => k !== name);
        const plausible = base.find(([k]) => k === name);
        // A duplicate key puts the plausible value first and the broken one last, where JSON.parse lets it win.
        const entries: [string, JsonNode][] = duplicate && plausible ? [...others, plausible, [name, v]] : [...others, [name, v]];
        return { entries, touched: [name] };
      }),
    );
  }
  if (schema.additionalProperties === false) {
    breakers.push(
      fc
        .tuple(fc.constantFrom('__proto__', 'constructor', 'prototype', 'isAdmin', 'id', 'status', 'createdBy', ''), hostileString)
        .map(([key, v]) => ({
          entries: [...base, [key, key === '__proto__' ? { kind: 'object', entries: [['isAdmin', value(true)]] } : value(v)]] as [
            string,
            JsonNode,
          ][],
          touched: [key],
        })),
    );
  }
  const required = schema.required ?? [];
  if (required.length)
    breakers.push(fc.constantFrom(...required).map((name) => ({ entries: base.filter(([k]) => k !== name), touched: [name] })));
  if (!breakers.length) return fc.constant(base);
  const noiseFields = props.length ? props : ([['x', {}]] as [string, JsonSchema][]);
  return fc
    .tuple(fc.oneof(...breakers), fc.subarray(noiseFields, { maxLength: Math.min(3, noiseFields.length) }))
    .chain(([broken, noisy]) => {
      // Noise: fields the breaker did not touch also get odd values, acceptable or not; the break always survives.
      const free = noisy.filter(([name]) => !broken.touched.includes(name) && broken.entries.some(([k]) => k === name));
      return fc
        .tuple(...free.map(([name, s]) => anyValue(s).map((v): [string, JsonNode] => [name, v])))
        .map((noise) => broken.entries.map(([k, v]): [string, JsonNode] => noise.find(([k2]) => k2 === k) ?? [k, v]));
    });
}

/** A value this schema refuses for sure, or null when the schema accepts anything. */
export function brokenValue(schema: JsonSchema, depth = 0): fc.Arbitrary<JsonNode> | null {
  const options: fc.Arbitrary<JsonNode>[] = [];
  const wrong = wrongType(schema);
  if (wrong) options.push(wrong);
  const bounds = outOfBounds(schema);
  if (bounds) options.push(bounds);
  const type = Array.isArray(schema.type) ? schema.type : [schema.type];
  // Inside a plain object or array, break a nested field instead (unions are left alone: another variant might accept it).
  if (depth < 4 && type.includes('object') && schema.properties && !schema.oneOf && !schema.anyOf) {
    options.push(breakObject(schema, depth).map((entries): JsonNode => ({ kind: 'object', entries })));
  }
  if (depth < 4 && type.includes('array') && schema.items && !schema.items.oneOf && !schema.items.anyOf) {
    const inner = brokenValue(schema.items, depth + 1);
    if (inner) options.push(inner.map((item): JsonNode => ({ kind: 'array', items: [sample(schema.items ?? {}), item] })));
  }
  const variants = schema.oneOf ?? schema.anyOf;
  if (depth < 4 && variants && discriminator(variants)) {
    // A tagged union: keep a variant's tag and break one of its fields, and no other variant can accept it either.
    options.push(
      fc
        .constantFrom(...variants)
        .chain((v) => breakObject(v, depth))
        .map((entries): JsonNode => ({ kind: 'object', entries })),
    );
  }
  return options.length ? fc.oneof(...options) : null;
}

/** The property that tells a union's object variants apart: required in each, with one distinct value in each. */
function discriminator(variants: JsonSchema[]): string | null {
  const first = variants[0];
  if (!first?.properties) return null;
  const seen = new Set<unknown>();
  const name = Object.keys(first.properties).find((key) =>
    variants.every((v) => {
      const p = v.properties?.[key];
      const tag = p?.const ?? (p?.enum?.length === 1 ? p.enum[0] : undefined);
      return v.required?.includes(key) && tag !== undefined;
    }),
  );
  if (!name) return null;
  for (const v of variants) {
    const p = v.properties?.[name];
    const tag = p?.const ?? p?.enum?.[0];
    if (seen.has(tag)) return null;
    seen.add(tag);
  }
  return name;
}

/** Text that is not a JSON object: syntax errors, other top-level types, deep nesting, big arrays. */
export const notAnObject: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'null',
    'true',
    '0',
    '-0',
    '1e309',
    '"text"',
    '[]',
    '[{}]',
    '{',
    '}',
    '{"',
    '{"a":',
    '{"a":1,',
    '{"a":1}}',
    '{a:1}',
    "{'a':1}",
    '{"a":NaN}',
    '{"a":Infinity}',
    '{"a":undefined}',
    '{"a":01}',
    '{"a":1,}',
    '{"a":"\\u00zz"}',
    '{"a":"\\x41"}',
    '{"a":"\u0001"}',
    '{"a":1}/*c*/',
    '// c\n{}',
    '\uFEFF{}',
    '{"a":"\\ud800"',
    'NaN',
    '\u0000',
    '{\u0000}',
    '[1,2',
    '{"__proto__":',
    '<xml/>',
    'a=1&b=2',
  ),
  fc.integer({ min: 1, max: 5_000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
  fc
    .integer({ min: 1, max: 5_000 })
    .map((depth) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth))
    .map((text) => `[${text}]`),
  fc.constantFrom(10_000, 100_000).map((n) => `[${Array(n).fill('0').join(',')}]`),
  fc.constantFrom(1_000, 100_000).map((n) => JSON.stringify('x'.repeat(n))),
  hostileString.map((s) => JSON.stringify(s)),
  edgeNumber.map((n) => JSON.stringify(n)),
);

/** A JSON body for this schema that is wrong by construction, as text. */
export function brokenJsonBody(schema: JsonSchema): fc.Arbitrary<string> {
  const structured = brokenValue(schema);
  const truncated = structured
    ? structured.chain((node) => {
        const text = serialise(node);
        return fc.integer({ min: 0, max: Math.max(0, text.length - 1) }).map((cut) => text.slice(0, cut));
      })
    : null;
  return fc.oneof(
    ...(structured ? [{ weight: 6, arbitrary: structured.map(serialise) }] : []),
    ...(truncated ? [{ weight: 1, arbitrary: truncated }] : []),
    { weight: 2, arbitrary: notAnObject },
  );
}
