import type { Kysely } from 'kysely';
import { isRole, ROLES, type Role } from '../../domain/role.js';
import type { Database } from '../../storage/schema.js';
import { invalid, requiredText } from '../visits/field-check.js';
import { regionField } from '../visits/region-field.js';

/** The shortest password accepted. */
export const MIN_PASSWORD_LENGTH = 12;

/** A login: 2-100 characters of letters, digits and . _ @ -; lower-cased. */
export function loginField(value: unknown): string {
  const login = requiredText(value, 'login', 100).toLowerCase();
  if (!/^[a-z0-9._@-]{2,100}$/.test(login))
    throw invalid('login', 'use 2-100 letters, digits or . _ @ - (an e-mail address will do)');
  return login;
}

/** A password of at least {@link MIN_PASSWORD_LENGTH} characters and at most 1000. */
export function passwordField(value: unknown): string {
  if (typeof value !== 'string' || value.length < MIN_PASSWORD_LENGTH)
    throw invalid('password', `must be at least ${MIN_PASSWORD_LENGTH} characters long`);
  if (value.length > 1000) throw invalid('password', 'is longer than 1000 characters');
  return value;
}

/** One of the roles. */
export function roleField(value: unknown): Role {
  if (!isRole(value))
    throw invalid('role', `${JSON.stringify(value)} is not a role; use one of ${ROLES.join(', ')}`);
  return value;
}

/**
 * The regions of an account: existing region codes, required for a regional editor (at least one)
 * and refused for the other roles, which are not limited to regions.
 */
export async function regionsField(
  db: Kysely<Database>,
  role: Role,
  value: readonly unknown[] | undefined,
): Promise<string[]> {
  const given = value ?? [];
  if (role !== 'regional_editor') {
    if (given.length > 0)
      throw invalid('regions', `only a regional editor has regions; a ${role} works on all`);
    return [];
  }
  if (given.length === 0)
    throw invalid('regions', 'a regional editor needs at least one region, e.g. NL213 or NL21');
  const codes = new Set<string>();
  for (const v of given) codes.add(await regionField(db, v, 'regions'));
  return [...codes].sort();
}
