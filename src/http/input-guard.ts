import type { FastifyInstance, FastifyRequest } from 'fastify';
import { RegiokrachtError } from '../domain/errors.js';

/** How deeply a JSON request body may nest objects and arrays. */
export const MAX_JSON_DEPTH = 32;

/**
 * The nesting depth of a JSON text, counted over brackets outside strings; stops counting once it
 * passes `limit`, so a hostile body costs one pass over its bytes and no parse.
 */
export function jsonTextDepth(text: string, limit = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}

/** The first value in `value` that no request may carry: a NUL character or a non-finite number. */
export function firstForbiddenValue(
  value: unknown,
  path: string,
): { path: string; problem: string } | null {
  if (typeof value === 'string')
    return value.includes('\u0000') ? { path, problem: 'contains a NUL character' } : null;
  if (typeof value === 'number')
    return Number.isFinite(value) ? null : { path, problem: 'is not a finite number' };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = firstForbiddenValue(value[i], `${path}/${i}`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found =
        firstForbiddenValue(key, `${path}/${key}`) ?? firstForbiddenValue(item, `${path}/${key}`);
      if (found) return found;
    }
  }
  return null;
}

function forbiddenInput(request: FastifyRequest): RegiokrachtError | undefined {
  const parts = { params: request.params, querystring: request.query, body: request.body };
  for (const [where, value] of Object.entries(parts)) {
    const found = firstForbiddenValue(value, where);
    if (found) return new RegiokrachtError('INVALID_INPUT', `${found.path} ${found.problem}`);
  }
  return undefined;
}

/**
 * Refuses, with a 400 that names the field, what no route can use and some databases cannot
 * store: NUL characters anywhere in the parameters, query or body (PostgreSQL text cannot hold
 * them), numbers that are not finite (a query `limit=Infinity` passes JSON-schema bounds), and JSON
 * bodies nested deeper than MAX_JSON_DEPTH (refused before they are parsed).
 */
export function inputGuard(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string;
    if (jsonTextDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
      done(
        new RegiokrachtError(
          'INVALID_INPUT',
          `body nests deeper than ${MAX_JSON_DEPTH} levels of objects and arrays`,
        ),
        undefined,
      );
      return;
    }
    // The default JSON parser's type also admits an async form; fastify's own parser is the
    // synchronous one and reports through `done`, so there is no promise to wait for.
    void parseJson(request, text, done);
  });
  // Before validation, so that a NUL byte is refused before any schema pattern sees it.
  app.addHook('preValidation', (request, _reply, done) => done(forbiddenInput(request)));
  // After validation too: coercion can turn a query string into Infinity.
  app.addHook('preHandler', (request, _reply, done) => done(forbiddenInput(request)));
}
