import { SqliteAdapter, type Kysely } from 'kysely';
import {
  REGION_CODE,
  keyedTable,
  linkTable,
  optionalText,
  requiredText,
  withEditTimes,
  withVersion,
} from './column-groups.js';
import { cascade } from './column-types.js';
import { createIndexes } from './table-indexes.js';

/**
 * Accounts, sessions and the audit trail.
 *
 * - `users`: one account each; `login` is unique (stored lower-cased); the password is kept as a
 *   scrypt hash with a per-user salt; `disabled` 1 ends every session and refuses log-ins.
 * - `user_regions`: the regions a regional editor may edit (each with every region below it).
 * - `sessions`: the SHA-256 of a random token (the token itself is only in the user's cookie),
 *   the session's CSRF token, and when it expires (idle time; renewed while in use).
 * - `audit_log`: who did what to which record, with the record before and after (JSON), the
 *   request it came with; written in the same transaction as the change.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await keyedTable(db, 'users')
    .addColumn('login', 'text', (c) => c.notNull().unique())
    .$call(requiredText('name', 'role', 'password_hash', 'password_salt'))
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .$call(withEditTimes)
    .$call(withVersion)
    .execute();
  await linkTable(db, 'user_regions', ['user_id', 'users.id'], REGION_CODE).execute();
  await keyedTable(db, 'sessions', 'token_hash')
    .addColumn('user_id', 'text', cascade('users.id'))
    .$call(requiredText('csrf_token', 'created_at', 'last_seen_at', 'expires_at'))
    .execute();
  await createIndexes(db, { sessions_user: ['sessions', 'user_id'] });
  // The id counts up: the order in which changes were recorded, also within one millisecond.
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  await db.schema
    .createTable('audit_log')
    .addColumn('id', sqlite ? 'integer' : 'bigserial', (c) =>
      sqlite ? c.primaryKey().autoIncrement() : c.primaryKey(),
    )
    .$call(requiredText('at', 'actor', 'action', 'entity', 'entity_id'))
    .$call(optionalText('before_json', 'after_json', 'request_id'))
    .execute();
  await createIndexes(db, {
    audit_log_at: ['audit_log', 'at'],
    audit_log_entity: ['audit_log', 'entity', 'entity_id'],
    audit_log_actor: ['audit_log', 'actor'],
  });
}
