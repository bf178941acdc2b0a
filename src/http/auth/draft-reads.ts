import type { FastifyRequest } from 'fastify';
import { EDITORS } from '../../domain/role.js';
import type { AccessRule } from './access-rule.js';

/**
 * The access rule of a public read whose drafts (and retired records) only editors may see: open
 * to anyone, unless `asks` holds for the request.
 *
 * @example
 * config: { access: readWithDrafts((request) => asksUnpublished(request, 'status')) }
 */
export function readWithDrafts(asks: (request: FastifyRequest) => boolean): AccessRule {
  return { allow: 'anyone', restricted: { asks, allow: EDITORS } };
}

/**
 * Whether a read of SME content asks for more than the published records: a `status` other than
 * published, or `include_drafts=true`.
 */
export function asksUnpublished(
  request: FastifyRequest,
  parameter: 'status' | 'include_drafts',
): boolean {
  const value = (request.query as Record<string, unknown> | undefined)?.[parameter];
  return parameter === 'status'
    ? value !== undefined && value !== 'published'
    : String(value) === 'true';
}
