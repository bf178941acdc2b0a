import { RegiokrachtError } from '../../domain/errors.js';
import { recordAudit } from '../../storage/record-audit.js';
import type { WriteDeps } from '../write-deps.js';
import { readUser, requireUser, type UserSummary } from './user-records.js';

/**
 * Disables an account (it can no longer log in, and every session of it ends at once) or enables
 * it again. Doing what is already done changes nothing. The last active administrator cannot be
 * disabled (CONFLICT): nobody could manage accounts any more.
 */
export async function setUserDisabled(
  deps: WriteDeps,
  id: string,
  disabled: boolean,
): Promise<UserSummary> {
  return deps.store.transaction(async (tx) => {
    const before = await requireUser(tx.db, id);
    if (disabled && !before.disabled && before.role === 'administrator') {
      const others = await tx.db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('role', '=', 'administrator')
        .where('disabled', '=', 0)
        .where('id', '!=', id)
        .executeTakeFirstOrThrow();
      if (Number(others.n) === 0)
        throw new RegiokrachtError(
          'CONFLICT',
          `${before.login} is the last active administrator and cannot be disabled; add or enable another administrator first`,
        );
    }
    if (disabled) await tx.db.deleteFrom('sessions').where('user_id', '=', id).execute();
    if (before.disabled === disabled) return before;
    await tx.db
      .updateTable('users')
      .set((eb) => ({
        disabled: disabled ? 1 : 0,
        updated_at: deps.now().toISOString(),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', id)
      .execute();
    const after = (await readUser(tx.db, id))!;
    await recordAudit(
      tx.db,
      deps.actor,
      { action: disabled ? 'disable' : 'enable', entity: 'user', entityId: id, before, after },
      deps.now(),
    );
    return after;
  });
}
