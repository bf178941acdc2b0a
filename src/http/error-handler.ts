import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ERROR_HTTP_STATUS, RegiokrachtError } from '../domain/errors.js';
import { databaseFailure } from '../domain/known-failure.js';

/** An RFC 9457 problem document. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: readonly string[];
}

/** The one place that turns errors into HTTP responses (application/problem+json). */
export function sendProblem(
  error: unknown,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  let problem: Problem;
  // File-system failures stay 500s here: their paths are the server's business.
  const known = error instanceof RegiokrachtError ? error : databaseFailure(error);
  if (known) {
    const status = ERROR_HTTP_STATUS[known.code];
    problem = {
      type: 'about:blank',
      title: known.code,
      status,
      detail: known.message,
      code: known.code,
      ...(known.details.length ? { errors: known.details } : {}),
    };
    if (known.code === 'DATABASE_BUSY') void reply.header('retry-after', '5');
  } else if ((error as FastifyError).validation) {
    problem = {
      type: 'about:blank',
      title: 'INVALID_INPUT',
      status: 400,
      detail: (error as FastifyError).message,
      code: 'INVALID_INPUT',
    };
  } else if (
    typeof (error as FastifyError).statusCode === 'number' &&
    (error as FastifyError).statusCode! < 500
  ) {
    const e = error as FastifyError;
    problem = {
      type: 'about:blank',
      title: e.code ?? 'BAD_REQUEST',
      status: e.statusCode!,
      detail: e.message,
      code: e.code ?? 'BAD_REQUEST',
    };
  } else {
    request.log.error({ err: error }, 'request failed');
    problem = {
      type: 'about:blank',
      title: 'INTERNAL',
      status: 500,
      detail: 'An internal error occurred; it has been logged.',
      code: 'INTERNAL',
    };
  }
  return reply.status(problem.status).type('application/problem+json').send(problem);
}
