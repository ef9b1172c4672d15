// Wrong inputs for a zod schema, read from the schema itself: for each field, left out, of the wrong type, empty, one
// character short, one over its length, below and above its range, a value not on its list, an unstorable character.
// The message test parses each and reads every issue that comes back.
import { z } from 'zod';

type Def = { type: string } & Record<string, unknown>;
const defOf = (schema: z.ZodType): Def => schema._zod.def as unknown as Def;
const bagOf = (schema: z.ZodType): Record<string, unknown> => schema._zod.bag;
const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const asSchema = (value: unknown): z.ZodType | undefined => (value instanceof z.ZodType ? value : undefined);

/** Wrong values for the schema; `undefined` stands for "left out". Depth-limited, so recursive shapes end. */
export function wrongValues(schema: z.ZodType, depth = 0): unknown[] {
  if (depth > 6) return [];
  const def = defOf(schema);
  const bag = bagOf(schema);
  const inner = (key: string) => asSchema(def[key]);
  switch (def.type) {
    case 'string': {
      const min = num(bag.minimum) ?? 0;
      const max = num(bag.maximum);
      return [
        undefined,
        42,
        '',
        ...(min > 1 ? ['a'.repeat(min - 1)] : []),
        ...(max !== undefined ? ['ก'.repeat(max + 1)] : []),
        'bad\u0001text',
        'not-a-valid @ value',
      ];
    }
    case 'number': {
      const min = num(bag.minimum) ?? num(bag.exclusiveMinimum);
      const max = num(bag.maximum) ?? num(bag.exclusiveMaximum);
      return [
        undefined,
        'abc',
        true,
        1.5,
        1e20,
        ...(min !== undefined ? [min - 1] : []),
        ...(max !== undefined && max < 1e15 ? [max + 1] : []),
      ];
    }
    case 'boolean':
      return [undefined, 'yes'];
    case 'enum':
    case 'literal':
      return [undefined, 'not_a_value', 7];
    case 'file':
      return [undefined, 'x'];
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch': {
      const of = inner('innerType');
      return of ? wrongValues(of, depth + 1).filter((v) => v !== undefined) : [];
    }
    case 'pipe': {
      const of = inner('in');
      const values = of ? wrongValues(of, depth + 1) : [];
      // A coerced number reads strings: give it one that is no number.
      return defOf(of ?? schema).type === 'number' ? [...values, 'abc'] : values;
    }
    case 'array': {
      const element = inner('element');
      const min = num(bag.minimum) ?? 0;
      const max = num(bag.maximum);
      const elements = element ? wrongValues(element, depth + 1).filter((v) => v !== undefined) : [];
      return [
        undefined,
        'x',
        ...(min > 0 ? [[]] : []),
        ...(max !== undefined && max < 500 ? [Array.from({ length: max + 1 }, () => elements[0] ?? 'x')] : []),
        ...elements.slice(0, 12).map((e) => [e]),
      ];
    }
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      const variants: unknown[] = [undefined, 'x', {}, { notAField: 1 }];
      for (const [key, child] of Object.entries(shape)) {
        for (const value of wrongValues(child, depth + 1)) if (value !== undefined) variants.push({ [key]: value });
      }
      return variants;
    }
    case 'union': {
      const options = (def.options as z.ZodType[]) ?? [];
      const discriminator = typeof def.discriminator === 'string' ? def.discriminator : undefined;
      const values: unknown[] = [undefined, 'x'];
      for (const option of options) {
        const tag = discriminator ? discriminatorValue(option, discriminator) : undefined;
        for (const value of wrongValues(option, depth + 1)) {
          if (tag !== undefined && typeof value === 'object' && value !== null && !Array.isArray(value))
            values.push({ ...value, [discriminator as string]: tag });
          else values.push(value);
        }
      }
      return values;
    }
    case 'record': {
      const valueType = inner('valueType');
      const keyType = inner('keyType');
      const keys = keyType && defOf(keyType).type === 'enum' ? Object.values(defOf(keyType).entries as Record<string, string>) : ['k'];
      const values = valueType ? wrongValues(valueType, depth + 1).filter((v) => v !== undefined) : [];
      return [undefined, 'x', { not_a_key: values[0] ?? 1 }, ...values.slice(0, 8).map((v) => ({ [keys[0] ?? 'k']: v }))];
    }
    default:
      return [undefined];
  }
}

function discriminatorValue(option: z.ZodType, key: string): unknown {
  const def = defOf(option);
  if (def.type !== 'object') return undefined;
  const tag = (def.shape as Record<string, z.ZodType>)[key];
  const tagDef = tag ? defOf(tag) : undefined;
  return tagDef?.type === 'literal' ? (tagDef.values as unknown[])[0] : undefined;
}

/** Every string a schema lists as a choice (enum members, literals): the code values no message may show. */
export function codeValues(schema: z.ZodType, into = new Set<string>(), depth = 0): Set<string> {
  if (depth > 8) return into;
  const def = defOf(schema);
  if (def.type === 'enum') for (const v of Object.values(def.entries as Record<string, unknown>)) if (typeof v === 'string') into.add(v);
  if (def.type === 'literal') for (const v of def.values as unknown[]) if (typeof v === 'string') into.add(v);
  if (def.type === 'object') {
    for (const [key, child] of Object.entries(def.shape as Record<string, z.ZodType>)) {
      into.add(key);
      codeValues(child, into, depth + 1);
    }
  }
  for (const key of ['innerType', 'in', 'out', 'element', 'valueType', 'keyType']) {
    const child = asSchema(def[key]);
    if (child) codeValues(child, into, depth + 1);
  }
  if (Array.isArray(def.options)) for (const o of def.options as z.ZodType[]) codeValues(o, into, depth + 1);
  return into;
}
