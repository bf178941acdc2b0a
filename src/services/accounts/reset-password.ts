import { recordAudit } from '../../storage/record-audit.js';
import type { WriteDeps } from '../write-deps.js';
import { passwordField } from './account-fields.js';
import { passwordHash } from './password-hash.js';
import { readUser, requireUser, type UserSummary } from './user-records.js';

/**
 * Gives an account a new password (with a new salt) and ends its sessions, so that whoever knew
 * the old one is logged out. The audit trail records that it happened, never the password.
 */
export async function resetPassword(
  deps: WriteDeps,
  id: string,
  password: string,
): Promise<UserSummary> {
  const account = await requireUser(deps.store.db, id);
  const { hash, salt } = await passwordHash(await passwordField(password, account.login));
  return deps.store.transaction(async (tx) => {
    const before = await requireUser(tx.db, id);
    await tx.db
      .updateTable('users')
      .set((eb) => ({
        password_hash: hash,
        password_salt: salt,
        updated_at: deps.now().toISOString(),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', id)
      .execute();
    await tx.db.deleteFrom('sessions').where('user_id', '=', id).execute();
    const after = (await readUser(tx.db, id))!;
    await recordAudit(
      tx.db,
      deps.actor,
      { action: 'reset-password', entity: 'user', entityId: id, before, after },
      deps.now(),
    );
    return after;
  });
}
