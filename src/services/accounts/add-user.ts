import { randomUUID } from 'node:crypto';
import { RegiokrachtError } from '../../domain/errors.js';
import { recordAudit } from '../../storage/record-audit.js';
import { requiredText } from '../visits/field-check.js';
import type { WriteDeps } from '../write-deps.js';
import { loginField, passwordField, regionsField, roleField } from './account-fields.js';
import { passwordHash } from './password-hash.js';
import { readUser, userIdOfLogin, type UserSummary } from './user-records.js';

/** A new account. */
export interface NewUserInput {
  readonly login: string;
  readonly name: string;
  readonly role: string;
  /** For a regional editor: the regions (NUTS codes) it edits. */
  readonly regions?: readonly string[] | undefined;
  readonly password: string;
}

/** Creates an account; CONFLICT when the login is taken. */
export async function addUser(deps: WriteDeps, input: NewUserInput): Promise<UserSummary> {
  const login = loginField(input.login);
  const name = requiredText(input.name, 'name', 200);
  const role = roleField(input.role);
  const { hash, salt } = await passwordHash(await passwordField(input.password, login));
  const now = deps.now().toISOString();
  return deps.store.transaction(async (tx) => {
    const regions = await regionsField(tx.db, role, input.regions);
    if (await userIdOfLogin(tx.db, login))
      throw new RegiokrachtError('CONFLICT', `login ${login} is taken; choose another`);
    const id = `user-${randomUUID()}`;
    await tx.db
      .insertInto('users')
      .values({
        id,
        login,
        name,
        role,
        password_hash: hash,
        password_salt: salt,
        disabled: 0,
        created_at: now,
        updated_at: now,
      })
      .execute();
    if (regions.length > 0)
      await tx.db
        .insertInto('user_regions')
        .values(regions.map((region_code) => ({ user_id: id, region_code })))
        .execute();
    const user = (await readUser(tx.db, id))!;
    await recordAudit(
      tx.db,
      deps.actor,
      { action: 'create', entity: 'user', entityId: id, before: null, after: user },
      deps.now(),
    );
    return user;
  });
}
