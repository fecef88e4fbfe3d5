/// <reference types="node" />
/**
 * Reads `api/sync-health.openapi.yaml` and checks JSON values against its schemas: just the JSON
 * Schema keywords the document uses, strictly (an object may carry only documented properties), so
 * tests can prove that what the reference server sends is what the document promises.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// js-yaml comes with ESLint (`@eslint/eslintrc`); it ships no types, so it is loaded untyped.
const { load } = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown };

/** The subset of JSON Schema the document uses. */
export interface Schema {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  const?: unknown;
  required?: string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
}

/** The parts of an operation the tests read. */
export interface Operation {
  operationId: string;
  parameters?: ({ $ref: string } | { name: string; in: string; schema: Schema })[];
  responses: Record<string, { $ref?: string; content?: Record<string, { schema: Schema }> }>;
}

/** The parsed document. */
export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, Schema>;
    parameters: Record<string, { name: string; in: string; schema: Schema }>;
    responses: Record<string, { content: Record<string, { schema: Schema }> }>;
  };
}

export const openApiDocument = load(readFileSync(new URL('../../../api/sync-health.openapi.yaml', import.meta.url), 'utf8')) as OpenApiDocument;

/** Follows a `#/components/...` reference. */
export function resolveRef<T>(ref: string): T {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], openApiDocument) as T;
}

function resolved(schema: Schema): Schema {
  return schema.$ref ? { ...resolveRef<Schema>(schema.$ref), ...schema, $ref: undefined } : schema;
}

/** Every property name an object schema documents, through `allOf`. */
function documentedProperties(schema: Schema): Set<string> | undefined {
  const parts = schema.allOf ? schema.allOf.map(resolved) : [schema];
  if (parts.every((part) => part.properties === undefined)) return undefined;
  return new Set(parts.flatMap((part) => Object.keys(part.properties ?? {})));
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/**
 * The problems of `value` against `schema` (empty when it conforms), each with its path. `strict`
 * reports undocumented properties; the parts of an `allOf` are checked without it (each documents
 * only some of the properties), and the whole with it.
 */
export function schemaProblems(value: unknown, schema: Schema, path = '$', strict = true): string[] {
  const node = resolved(schema);
  const problems: string[] = [];
  if (node.allOf) node.allOf.forEach((part) => problems.push(...schemaProblems(value, part, path, false)));
  if (node.oneOf && node.oneOf.filter((part) => schemaProblems(value, part, path).length === 0).length !== 1) {
    problems.push(`${path}: should match exactly one of ${node.oneOf.length} schemas`);
  }
  const type = typeOf(value);
  if (node.type && !(node.type === type || (node.type === 'number' && type === 'integer'))) return [...problems, `${path}: should be ${node.type}, is ${type}`];
  if (node.enum && !node.enum.includes(value)) problems.push(`${path}: ${JSON.stringify(value)} is not one of ${node.enum.join(', ')}`);
  if (node.const !== undefined && value !== node.const) problems.push(`${path}: should be ${JSON.stringify(node.const)}`);
  if (typeof value === 'number') {
    if (node.minimum !== undefined && value < node.minimum) problems.push(`${path}: below ${node.minimum}`);
    if (node.maximum !== undefined && value > node.maximum) problems.push(`${path}: above ${node.maximum}`);
  }
  if (typeof value === 'string') {
    if (node.minLength !== undefined && value.length < node.minLength) problems.push(`${path}: shorter than ${node.minLength}`);
    if (node.pattern && !new RegExp(node.pattern).test(value)) problems.push(`${path}: does not match ${node.pattern}`);
    if (node.format === 'date-time' && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value)) problems.push(`${path}: not a date-time`);
  }
  if (Array.isArray(value)) {
    if (node.maxItems !== undefined && value.length > node.maxItems) problems.push(`${path}: more than ${node.maxItems} items`);
    if (node.items) value.forEach((item, index) => problems.push(...schemaProblems(item, node.items as Schema, `${path}[${index}]`)));
  }
  if (type === 'object') {
    const record = value as Record<string, unknown>;
    for (const name of node.required ?? []) if (!(name in record)) problems.push(`${path}.${name}: required`);
    for (const [name, property] of Object.entries(node.properties ?? {})) {
      if (name in record) problems.push(...schemaProblems(record[name], property, `${path}.${name}`));
    }
    const documented = strict ? documentedProperties(node) : undefined;
    for (const name of Object.keys(record)) if (documented && !documented.has(name)) problems.push(`${path}.${name}: not documented`);
  }
  return problems;
}

/** The schema of an operation's response body for a status and media type. */
export function responseSchema(path: string, method: string, status: string, mediaType: string): Schema {
  const responses = openApiDocument.paths[path]?.[method]?.responses;
  const response = responses?.[status] ?? responses?.default;
  const content = response?.$ref ? resolveRef<{ content: Record<string, { schema: Schema }> }>(response.$ref).content : response?.content;
  const schema = content?.[mediaType]?.schema;
  if (!schema) throw new Error(`The document has no ${mediaType} response ${status} for ${method.toUpperCase()} ${path}.`);
  return schema;
}
