import type { Kysely } from 'kysely';
import { RegiokrachtError } from '../../domain/errors.js';
import type { Principal } from '../../domain/principal.js';
import { isRole, type Role } from '../../domain/role.js';
import type { Database } from '../../storage/schema.js';
import type { UserSummary } from '../../http/schemas/users.js';

export type { UserSummary };

/** The account with `id`, or null. */
export async function readUser(db: Kysely<Database>, id: string): Promise<UserSummary | null> {
  const row = await db
    .selectFrom('users')
    .select(['id', 'login', 'name', 'role', 'disabled', 'created_at', 'updated_at', 'version'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const regions = await userRegions(db, id);
  return { ...row, role: roleOf(row.role), regions, disabled: row.disabled === 1 };
}

/** The account with `id`; NOT_FOUND when there is none. */
export async function requireUser(db: Kysely<Database>, id: string): Promise<UserSummary> {
  const user = await readUser(db, id);
  if (!user)
    throw new RegiokrachtError(
      'NOT_FOUND',
      `no account ${id}; \`regiokracht user list\` shows them`,
    );
  return user;
}

/** The account id of a login (case-insensitive), or null. */
export async function userIdOfLogin(db: Kysely<Database>, login: string): Promise<string | null> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('login', '=', login.trim().toLowerCase())
    .executeTakeFirst();
  return row?.id ?? null;
}

/** Every account, by login. */
export async function listUsers(db: Kysely<Database>): Promise<UserSummary[]> {
  const rows = await db.selectFrom('users').select('id').orderBy('login').execute();
  const users: UserSummary[] = [];
  for (const row of rows) users.push((await readUser(db, row.id))!);
  return users;
}

/** The regions of an account, sorted. */
export async function userRegions(db: Kysely<Database>, id: string): Promise<string[]> {
  const rows = await db
    .selectFrom('user_regions')
    .select('region_code')
    .where('user_id', '=', id)
    .orderBy('region_code')
    .execute();
  return rows.map((r) => r.region_code);
}

/** The principal a request of this account acts as. */
export function principalOf(user: UserSummary): Principal {
  return {
    userId: user.id,
    login: user.login,
    name: user.name,
    role: user.role,
    regions: user.regions,
  };
}

function roleOf(value: string): Role {
  if (!isRole(value)) throw new Error(`account with unknown role ${value}`);
  return value;
}
