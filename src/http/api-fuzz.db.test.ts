import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionHeaders } from '../../test/support/auth.js';
import { buildTestApp, type TestApp } from '../../test/support/test-app.js';
import { testBackend } from '../../test/support/test-store.js';

/** A JSON schema as the OpenAPI document gives it, as far as the generators read it. */
interface Schema {
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, Schema>;
  items?: Schema;
}

interface Operation {
  parameters?: { name: string; in: string; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

interface FuzzRequest {
  readonly url: string;
  readonly payload?: string;
  readonly contentType?: string;
}

/** Requests per operation; the dossier is laid out in full for each, so it gets fewer. */
const RUNS = 25;
const RUNS_EXPENSIVE = 3;
/** Operations left out: log-out would end the session the rest of the run uses. */
const LEFT_OUT = new Set(['DELETE /api/session']);

const hostileText = fc.oneof(
  fc.constantFrom(
    '',
    '\u0000',
    'a\u0000b',
    '1e308',
    '-1e308',
    'Infinity',
    'NaN',
    '-1',
    '9007199254740993',
    '0x10',
    '\uD800',
    '💥'.repeat(40),
    "' or 1=1 --",
    '../../etc/passwd',
    '<script>alert(1)</script>',
    'NL213',
    'NL',
    'topsectoren-2011/htsm',
    'x'.repeat(5000),
  ),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
);
const hostileNumber = fc.oneof(
  fc.constantFrom(1e308, -1e308, 2 ** 53 + 1, -0, 0.5, -1, 0, 1, 2_147_483_648),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
/** Nested arrays and objects, some deeper than the server's limit. */
const deep = fc
  .integer({ min: 1, max: 80 })
  .map((depth) => JSON.parse('['.repeat(depth) + ']'.repeat(depth)) as unknown);
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileText,
  hostileNumber,
  fc.boolean(),
  fc.constant(null),
  deep,
  fc.array(hostileText, { maxLength: 3 }),
  fc.dictionary(hostileText, hostileText, { maxKeys: 3 }),
);

/** A value of the schema's type (or an enum member) as often as a value of any other kind. */
function valueFor(schema: Schema | undefined): fc.Arbitrary<unknown> {
  const fitting = (): fc.Arbitrary<unknown> => {
    if (schema?.enum?.length) return fc.constantFrom(...schema.enum);
    const type = Array.isArray(schema?.type) ? schema?.type[0] : schema?.type;
    if (type === 'integer' || type === 'number') return hostileNumber;
    if (type === 'boolean') return fc.boolean();
    if (type === 'array') return fc.array(valueFor(schema?.items), { maxLength: 4 });
    if (type === 'object') return bodyFor(schema);
    return hostileText;
  };
  return fc.oneof(fitting(), anyValue);
}

/** An object with some of the schema's properties (fitting or not) and unknown ones. */
function bodyFor(schema: Schema | undefined): fc.Arbitrary<Record<string, unknown>> {
  const known = Object.fromEntries(
    Object.entries(schema?.properties ?? {}).map(([name, s]) => [name, valueFor(s)]),
  );
  return fc
    .tuple(
      fc.record(known, { requiredKeys: [] }),
      fc.dictionary(
        fc.constantFrom('id', 'role', 'version', 'created_by', '__proto__', 'x'),
        anyValue,
        {
          maxKeys: 2,
        },
      ),
    )
    .map(([declared, unknown]) => ({ ...declared, ...unknown }));
}

const asText = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** Requests for one operation: its path parameters, query and body, generated from its schemas. */
function requestsFor(
  path: string,
  operation: Operation,
  withBody: boolean,
): fc.Arbitrary<FuzzRequest> {
  const parameters = operation.parameters ?? [];
  const pathNames = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
  const query = parameters.filter((p) => p.in === 'query');
  const schema = operation.requestBody?.content?.['application/json']?.schema;
  return fc
    .record({
      params: fc.tuple(...pathNames.map(() => hostileText)),
      query: fc.tuple(...query.map((p) => fc.option(valueFor(p.schema), { nil: undefined }))),
      extra: fc.option(fc.tuple(hostileText, hostileText), { nil: undefined }),
      body: withBody
        ? fc.oneof(
            { weight: 4, arbitrary: bodyFor(schema).map((b) => JSON.stringify(b)) },
            { weight: 1, arbitrary: anyValue.map((v) => JSON.stringify(v) ?? 'null') },
            { weight: 1, arbitrary: fc.constantFrom('{', '{"a":1,}', '[', 'nul', '\u0000') },
          )
        : fc.constant(undefined),
      contentType: fc.constantFrom('application/json', 'application/json', 'text/plain'),
    })
    .map(({ params, query: values, extra, body, contentType }) => {
      let url = path;
      pathNames.forEach((name, i) => {
        url = url.replace(`{${name}}`, encodeURIComponent(params[i] as string) || 'x');
      });
      const search = new URLSearchParams();
      query.forEach((p, i) => {
        if (values[i] !== undefined) search.append(p.name, asText(values[i]));
      });
      if (extra) search.append(extra[0] || 'unknown', extra[1]);
      const text = search.toString();
      return {
        url: text ? `${url}?${text}` : url,
        ...(body !== undefined ? { payload: body, contentType } : {}),
      };
    });
}

describe(`every API operation under generated parameters and bodies, on ${testBackend}`, () => {
  let t: TestApp;
  let app: FastifyInstance;
  let admin: SessionHeaders;
  let operations: { method: string; path: string; operation: Operation }[] = [];

  beforeAll(async () => {
    t = await buildTestApp({ role: 'administrator' });
    app = t.app;
    admin = t.session!;
    const document = (await app.inject({ url: '/api/docs/json' })).json<{
      paths: Record<string, Record<string, Operation>>;
    }>();
    operations = Object.entries(document.paths)
      .filter(([path]) => path.startsWith('/api/') && !path.startsWith('/api/docs'))
      .flatMap(([path, methods]) =>
        Object.entries(methods).map(([method, operation]) => ({
          method: method.toUpperCase(),
          path,
          operation,
        })),
      )
      .filter(({ method, path }) => !LEFT_OUT.has(`${method} ${path}`));
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers no 500, and every 4xx is a problem document with its status', async () => {
    expect(operations.length).toBeGreaterThan(40);
    let tried = 0;
    const answers = new Map<number, number>();
    for (const { method, path, operation } of operations) {
      const withBody = ['POST', 'PUT', 'PATCH'].includes(method);
      await fc.assert(
        fc.asyncProperty(
          requestsFor(path, operation, withBody),
          fc.boolean(),
          async (request, signedIn) => {
            const response = await app.inject({
              method: method as 'GET',
              url: request.url,
              headers: {
                ...(signedIn ? admin : {}),
                ...(request.contentType ? { 'content-type': request.contentType } : {}),
              },
              ...(request.payload !== undefined ? { payload: request.payload } : {}),
            });
            tried++;
            answers.set(response.statusCode, (answers.get(response.statusCode) ?? 0) + 1);
            const what = `${method} ${request.url} ${request.payload?.slice(0, 200) ?? ''} -> ${response.statusCode} ${response.body.slice(0, 300)}`;
            expect(response.statusCode, what).toBeLessThan(500);
            if (response.statusCode >= 400) {
              expect(response.headers['content-type'], what).toMatch(/^application\/problem\+json/);
              const problem = response.json<Record<string, unknown>>();
              expect(problem, what).toMatchObject({
                type: expect.any(String),
                title: expect.any(String),
                status: response.statusCode,
                detail: expect.any(String),
                code: expect.any(String),
              });
            }
          },
        ),
        { numRuns: /dossier/.test(path) ? RUNS_EXPENSIVE : RUNS, seed: 16 },
      );
    }
    expect(tried).toBeGreaterThan(operations.length * 2);
    // Some requests get through to the handlers, not only the refusals.
    const made = [...answers].filter(([status]) => status < 300).reduce((n, [, k]) => n + k, 0);
    expect(made).toBeGreaterThan(0);
    console.info(
      `API fuzzing on ${testBackend}: ${operations.length} operations, ${tried} requests, answers ${JSON.stringify(Object.fromEntries([...answers].sort(([a], [b]) => a - b)))}`,
    );
  }, 120_000);
});
