import { createHash, randomBytes } from 'node:crypto';
import { RegiokrachtError } from '../../domain/errors.js';
import type { Principal } from '../../domain/principal.js';
import type { Store } from '../../storage/store.js';
import { passwordMatches } from './password-hash.js';
import { principalOf, readUser, userIdOfLogin, type UserSummary } from './user-records.js';

/** Sessions end after this long without a request (12 hours). */
export const SESSION_IDLE_MS = 12 * 60 * 60_000;
/** A session's expiry is pushed forward at most once a minute, not on every request. */
const RENEW_AFTER_MS = 60_000;

/** A stand-in hash and salt to check the passwords of unknown logins against (never matches). */
const UNKNOWN_LOGIN = { hash: Buffer.alloc(32).toString('base64'), salt: 'dW5rbm93bi1sb2dpbg==' };

/** A session as the HTTP layer sees it. */
export interface SessionState {
  readonly principal: Principal;
  readonly csrfToken: string;
}

/** What a log-in gives: the session token (for the cookie only), its CSRF token, the account. */
export interface OpenedSession {
  readonly token: string;
  readonly csrfToken: string;
  readonly user: UserSummary;
}

/** The session token's SHA-256: what the database keeps, so that a copy of it opens nothing. */
export function sessionTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/**
 * Logs in: checks the password (the same UNAUTHENTICATED answer for an unknown login, a wrong
 * password and a disabled account, so that logins cannot be probed) and opens a session.
 */
export async function openSession(
  deps: { readonly store: Store; readonly now: () => Date; readonly idleMs?: number },
  login: string,
  password: string,
): Promise<OpenedSession> {
  const refused = new RegiokrachtError('UNAUTHENTICATED', 'wrong login or password');
  const id = await userIdOfLogin(deps.store.db, login);
  const secret = id
    ? await deps.store.db
        .selectFrom('users')
        .select(['password_hash', 'password_salt', 'disabled'])
        .where('id', '=', id)
        .executeTakeFirst()
    : undefined;
  // An unknown login costs a hash too, so that the answer's timing does not tell which logins exist.
  const matches = await passwordMatches(password, {
    hash: secret?.password_hash ?? UNKNOWN_LOGIN.hash,
    salt: secret?.password_salt ?? UNKNOWN_LOGIN.salt,
  });
  if (!id || !secret) throw refused;
  if (!matches || secret.disabled === 1) throw refused;
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const now = deps.now();
  // Sessions nobody came back for are removed at the next log-in of anyone.
  await deps.store.db.deleteFrom('sessions').where('expires_at', '<=', now.toISOString()).execute();
  await deps.store.db
    .insertInto('sessions')
    .values({
      token_hash: sessionTokenHash(token),
      user_id: id,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: new Date(now.getTime() + (deps.idleMs ?? SESSION_IDLE_MS)).toISOString(),
    })
    .execute();
  return { token, csrfToken, user: (await readUser(deps.store.db, id))! };
}

/**
 * The session of a token, or null when there is none, it expired or its account is disabled.
 * A session in use is kept alive: its expiry moves to `idleMs` after now.
 */
export async function sessionOf(
  deps: { readonly store: Store; readonly now: () => Date; readonly idleMs?: number },
  token: string,
): Promise<SessionState | null> {
  const hash = sessionTokenHash(token);
  const now = deps.now();
  const row = await deps.store.db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['s.user_id', 's.csrf_token', 's.last_seen_at', 's.expires_at', 'u.disabled'])
    .where('s.token_hash', '=', hash)
    .executeTakeFirst();
  if (!row) return null;
  if (row.disabled === 1 || row.expires_at <= now.toISOString()) {
    await endSession(deps.store, token);
    return null;
  }
  if (now.getTime() - Date.parse(row.last_seen_at) >= RENEW_AFTER_MS)
    await deps.store.db
      .updateTable('sessions')
      .set({
        last_seen_at: now.toISOString(),
        expires_at: new Date(now.getTime() + (deps.idleMs ?? SESSION_IDLE_MS)).toISOString(),
      })
      .where('token_hash', '=', hash)
      .execute();
  const user = await readUser(deps.store.db, row.user_id);
  if (!user) return null;
  return { principal: principalOf(user), csrfToken: row.csrf_token };
}

/** Ends the session of a token (log-out); nothing happens when there is none. */
export async function endSession(store: Store, token: string): Promise<void> {
  await store.db.deleteFrom('sessions').where('token_hash', '=', sessionTokenHash(token)).execute();
}
