import type { FastifyRequest } from 'fastify';
import type { WriteDeps } from '../services/write-deps.js';

/**
 * What a write service needs for one request: the application's store and clock, and the
 * request's caller as the actor the audit trail names.
 *
 * @example
 * const writeDeps = requestWriteDeps(deps);
 * app.post(url, options, (request) => addUser(writeDeps(request), request.body))
 */
export function requestWriteDeps(
  deps: Pick<WriteDeps, 'store' | 'now'>,
): (request: FastifyRequest) => WriteDeps {
  return (request) => ({ store: deps.store, now: deps.now, actor: request.auditActor });
}
