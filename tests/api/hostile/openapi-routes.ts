// Reads every documented operation from /api/openapi.json, so a route added tomorrow is attacked tomorrow.
import type { TestApp } from '../../support/test-app';

/** The slice of JSON Schema (OpenAPI 3.1) that the request schemas use. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  enum?: unknown[];
  const?: unknown;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  default?: unknown;
  $ref?: string;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: JsonSchema;
}

export interface Operation {
  /** "POST /api/requests/{id}/events", as the authorization matrix names routes. */
  key: string;
  method: string;
  /** The path template with {name} placeholders. */
  template: string;
  pathParams: Parameter[];
  queryParams: Parameter[];
  /** The request body's media type and schema, when the operation takes one. */
  body: { mediaType: string; schema: JsonSchema } | null;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

/** Replaces local $refs by the schemas they name, so the generators never meet one. */
function inline(schema: JsonSchema, doc: OpenApiDocument, depth = 0): JsonSchema {
  if (depth > 20) return {};
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop() ?? '';
    return inline(doc.components?.schemas?.[name] ?? {}, doc, depth + 1);
  }
  const out: JsonSchema = { ...schema };
  if (schema.properties)
    out.properties = Object.fromEntries(Object.entries(schema.properties).map(([k, s]) => [k, inline(s, doc, depth + 1)]));
  if (schema.items) out.items = inline(schema.items, doc, depth + 1);
  for (const key of ['oneOf', 'anyOf', 'allOf'] as const) {
    const list = schema[key];
    if (list) out[key] = list.map((s) => inline(s, doc, depth + 1));
  }
  return out;
}

export async function documentedOperations(t: TestApp): Promise<Operation[]> {
  const res = await t.app.request('/api/openapi.json');
  if (res.status !== 200) throw new Error(`GET /api/openapi.json answered ${res.status}`);
  const doc = (await res.json()) as OpenApiDocument;
  const operations: Operation[] = [];
  for (const [template, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const params = (op.parameters ?? []).map((p) => ({ ...p, required: p.required ?? false, schema: inline(p.schema ?? {}, doc) }));
      const content = op.requestBody?.content ?? {};
      const [mediaType, media] = Object.entries(content)[0] ?? [];
      operations.push({
        key: `${method.toUpperCase()} ${template}`,
        method: method.toUpperCase(),
        template,
        pathParams: params.filter((p) => p.in === 'path'),
        queryParams: params.filter((p) => p.in === 'query'),
        body: mediaType ? { mediaType, schema: inline(media?.schema ?? {}, doc) } : null,
      });
    }
  }
  return operations;
}
