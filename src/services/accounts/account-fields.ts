import type { Kysely } from 'kysely';
import { isRole, ROLES, type Role } from '../../domain/role.js';
import type { Database } from '../../storage/schema.js';
import { invalid, requiredText } from '../visits/field-check.js';
import { regionField } from '../visits/region-field.js';
import { commonPasswords } from './common-passwords.js';
import { passwordWeakness } from './password-weakness.js';

/** A login: 2-100 characters of letters, digits and . _ @ -; lower-cased. */
export function loginField(value: unknown): string {
  const login = requiredText(value, 'login', 100).toLowerCase();
  if (!/^[a-z0-9._@-]{2,100}$/.test(login))
    throw invalid('login', 'use 2-100 letters, digits or . _ @ - (an e-mail address will do)');
  return login;
}

/**
 * A password of the account `login`: at most 1000 characters and not weak
 * ({@link passwordWeakness}: too short, trivial, the login, or a common password).
 */
export async function passwordField(value: unknown, login: string): Promise<string> {
  if (typeof value !== 'string') throw invalid('password', 'must be text');
  if (value.length > 1000) throw invalid('password', 'is longer than 1000 characters');
  const weakness = passwordWeakness(value, login, await commonPasswords());
  if (weakness) throw invalid('password', weakness);
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
