import { SYNC_HEALTH_ROUTES } from '../../src/server/handler/routes';
import { openApiDocument, resolveRef, responseSchema, schemaProblems, type Schema } from '../adapters/http/openapi-document';
import { SYNC_WITH_ITEMS } from '../adapters/contract/contract-dataset';
import { contractHandler, postJson, request } from './handler-fixtures';

/** A documented parameter, its `$ref` followed. */
interface Parameter {
  name: string;
  in: string;
  schema: Schema;
  example?: unknown;
}

/** Every operation of the document: path template, method, operation ID, tag and parameters. */
const documented = Object.entries(openApiDocument.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, operation]) => {
    const { tags, parameters = [] } = operation as typeof operation & { tags: string[] };
    return {
      path,
      method: method.toUpperCase(),
      operationId: operation.operationId,
      tag: tags[0],
      parameters: parameters.map((parameter) => ('$ref' in parameter ? resolveRef<Parameter>(parameter.$ref) : (parameter as Parameter))),
    };
  }),
);

/** Support staff for the Support operations, a customer of Company-B for the Customer ones. */
const handler = contractHandler({
  authorize: (request) => (new URL(request.url).pathname.startsWith('/api/customer/') ? { role: 'customer', companyId: 'Company-B' } : { role: 'support' }),
});

/** A request for an operation, with these query parameters (and a retry body for the POST). */
function requestFor(operation: (typeof documented)[number], query: Record<string, string> = {}): Request {
  const path = `/api${operation.path.replace('{syncId}', SYNC_WITH_ITEMS)}?${new URLSearchParams(query)}`;
  return operation.method === 'POST' ? postJson(path, { itemIds: 'allFailed' }) : request(path, { method: operation.method });
}

/** A value the document says a parameter takes. */
function sampleOf(parameter: Parameter): string {
  const schema = parameter.schema.$ref ? resolveRef<Schema>(parameter.schema.$ref) : parameter.schema;
  if (parameter.example !== undefined) return Array.isArray(parameter.example) ? parameter.example.join(',') : String(parameter.example);
  if ((schema as Schema & { example?: unknown }).example !== undefined) return String((schema as Schema & { example?: unknown }).example);
  if (schema.enum) return String(schema.enum[0]);
  if (schema.format === 'date-time') return '2026-11-20T00:00:00Z';
  if (schema.type === 'integer') return String(Math.max(schema.minimum ?? 0, 1));
  if (schema.type === 'array') {
    const items = schema.items?.$ref ? resolveRef<Schema>(schema.items.$ref) : schema.items;
    return items?.enum ? String(items.enum[0]) : '5130';
  }
  return 'sync';
}

describe('createSyncHealthHandler keeps to api/sync-health.openapi.yaml', () => {
  it('serves every documented operation with a documented answer', async () => {
    expect(documented.length).toBeGreaterThan(0);
    for (const operation of documented) {
      const response = await handler(requestFor(operation));
      const name = `${operation.method} ${operation.path}`;
      expect(response.status, name).toBe(200);
      const mediaType = response.headers.get('Content-Type')!.split(';')[0]!;
      const schema = responseSchema(operation.path, operation.method.toLowerCase(), '200', mediaType);
      const body = mediaType === 'application/json' ? await response.json() : await response.text();
      expect(schemaProblems(body, schema), name).toEqual([]);
    }
  });

  it('serves nothing the document does not have, under the names it gives', () => {
    const served = SYNC_HEALTH_ROUTES.map((route) => `${route.method} ${route.path} ${route.operation}`).sort();
    expect(served).toEqual(documented.map((operation) => `${operation.method} ${operation.path} ${operation.operationId}`).sort());
  });

  it('refuses every method the document does not give a path, saying which it gives', async () => {
    for (const path of Object.keys(openApiDocument.paths)) {
      const methods = Object.keys(openApiDocument.paths[path]!).map((method) => method.toUpperCase());
      for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].filter((candidate) => !methods.includes(candidate))) {
        const response = await handler(request(`/api${path.replace('{syncId}', SYNC_WITH_ITEMS)}`, { method }));
        expect(response.status, `${method} ${path}`).toBe(405);
        expect(response.headers.get('Allow')).toBe(methods.join(', '));
      }
    }
  });

  it('understands every documented parameter with a value the document gives it', async () => {
    for (const operation of documented) {
      for (const parameter of operation.parameters.filter((candidate) => candidate.in === 'query')) {
        const response = await handler(requestFor(operation, { [parameter.name]: sampleOf(parameter) }));
        expect(response.status, `${parameter.name}=${sampleOf(parameter)} on ${operation.method} ${operation.path}`).toBe(200);
        await response.body?.cancel();
      }
    }
    const retry = documented.find((operation) => operation.operationId === 'retryPushItems')!;
    expect(retry.parameters.find((parameter) => parameter.in === 'header')?.name).toBe('Idempotency-Key');
  });
});
