import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { TSchema } from 'typebox';
import { VersionConflictError } from '../domain/version-conflict-error.js';
import { sendProblem } from './error-handler.js';
import { Conflict } from './schemas/common.js';

/**
 * The error handler of the routes that write versioned records: a version conflict becomes a 409
 * problem document that carries the current record; every other error goes to the common handler.
 */
export function versionedErrorHandler(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  // A route's error handler returns nothing: the reply is sent here. `send` returns the reply,
  // which is thenable (it settles once written); nothing waits for that.
  if (error instanceof VersionConflictError) {
    void reply.status(409).type('application/problem+json').send({
      type: 'about:blank',
      title: 'CONFLICT',
      status: 409,
      detail: error.message,
      code: 'CONFLICT',
      current: error.current,
    });
    return;
  }
  void sendProblem(error, request, reply);
}

/**
 * The options of a route that writes a versioned record: the route's own options with the 409
 * response (the problem document with the record as it is now) and the handler that writes it.
 *
 * @example
 * app.patch('/api/visits/:id', versionedRoute(VisitDetail, { config, schema }), handler)
 */
export function versionedRoute<
  R extends TSchema,
  O extends { schema: { response: Record<number, TSchema> } },
>(record: R, options: O) {
  return {
    ...options,
    errorHandler: versionedErrorHandler,
    schema: {
      ...options.schema,
      response: { ...options.schema.response, 409: Conflict(record) },
    },
  };
}

/**
 * The options of a route that publishes or retires a versioned record: those of `versionedRoute`,
 * with a body that may be left out (no body is an empty one: no version to check).
 *
 * @example
 * app.post('/api/practices/:id/publish', statusChangeRoute(Practice, route(access, summary,
 *   { params: IdParam, body: StatusChangeBody }, { 200: Practice })), handler)
 */
export function statusChangeRoute<
  R extends TSchema,
  O extends { schema: { response: Record<number, TSchema> } },
>(record: R, options: O) {
  return {
    ...versionedRoute(record, options),
    preValidation: async (request: FastifyRequest) => {
      request.body ??= {};
    },
  };
}
