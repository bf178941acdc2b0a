import { RegiokrachtError } from '../../domain/errors.js';

/**
 * The canonical code of `code` among `regions`; throws NOT_FOUND when the database at `location`
 * holds no regions, or none with that code.
 *
 * @example knownRegionCode('regiokracht.db', regions, ' nl213 ') // 'NL213'
 */
export function knownRegionCode(
  location: string,
  regions: ReadonlyMap<string, unknown>,
  code: string,
): string {
  const canonical = code.trim().toUpperCase();
  if (regions.size === 0) {
    throw new RegiokrachtError(
      'NOT_FOUND',
      `the database ${location} holds no regions yet: run \`regiokracht init\` first, or check --db (REGIOKRACHT_DB)`,
    );
  }
  if (!regions.has(canonical)) {
    throw new RegiokrachtError(
      'NOT_FOUND',
      `no region with code ${code}; use a NUTS code such as NL213 or a country code such as NL`,
    );
  }
  return canonical;
}
