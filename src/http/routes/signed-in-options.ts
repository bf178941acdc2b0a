import type { FastifyRequest } from 'fastify';
import { RegiokrachtError } from '../../domain/errors.js';

/**
 * Refuses an anonymous caller options of a computation other than their defaults (a network's
 * seed, the helix bootstrap's seed and resamples): each other value is a computation of its own,
 * seconds of work and memory kept, so only signed-in users may choose them. The defaults are
 * computed once per region and data and served to everyone.
 *
 * @example
 * signedInOptions(request, { seed: 7 }, { seed: 1 }) // anonymous: UNAUTHENTICATED
 */
export function signedInOptions(
  request: FastifyRequest,
  chosen: Readonly<Record<string, number | undefined>>,
  defaults: Readonly<Record<string, number>>,
): void {
  if (request.principal) return;
  const other = Object.entries(chosen).filter(
    ([name, value]) => value !== undefined && value !== defaults[name],
  );
  if (other.length === 0) return;
  throw new RegiokrachtError(
    'UNAUTHENTICATED',
    `${other.map(([name, value]) => `${name}=${value}`).join(', ')}: values other than the default (${Object.entries(
      defaults,
    )
      .map(([name, value]) => `${name}=${value}`)
      .join(
        ', ',
      )}) are computed for signed-in users only; leave them out to get the published figures`,
  );
}
