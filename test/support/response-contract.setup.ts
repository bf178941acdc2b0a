/**
 * Every API test checks its real answers against the response schemas: an answer with a field
 * its schema lacks (which the serializer would drop without a word) fails the test that made it,
 * naming the route and the field. Set up for the database tests, where the API tests live.
 */
import { afterEach, expect, vi } from 'vitest';
import type * as CreateApp from '../../src/http/create-app.js';
import type { AppDeps } from '../../src/http/create-app.js';
import type { ResponseExtraFields } from '../../src/http/response-serializer.js';

const found = vi.hoisted(() => [] as ResponseExtraFields[]);

vi.mock('../../src/http/create-app.js', async (importOriginal) => {
  const original = await importOriginal<typeof CreateApp>();
  return {
    ...original,
    createApp: (deps: AppDeps) =>
      original.createApp({
        onResponseExtraFields: (report: ResponseExtraFields) => found.push(report),
        ...deps,
      }),
  };
});

afterEach(() => {
  const reports = found.splice(0);
  expect(
    reports.map((r) => `${r.route} ${r.status ?? ''}: ${r.fields.join(', ')}`),
    'fields the response schema lacks',
  ).toEqual([]);
});
