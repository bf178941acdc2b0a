import { getJson, sendJson } from './client.js';

import type { SessionState } from '../../http/schemas/session.js';

export type { SessionState, SessionUser } from '../../http/schemas/session.js';

/** The current session (kept until the next write, which log-in and log-out are). */
export function currentSession(): Promise<SessionState> {
  return getJson<SessionState>('/api/session');
}

/** Logs in; rejects with the server's problem (401 wrong login or password, 429 too many tries). */
export function logIn(login: string, password: string): Promise<SessionState> {
  return sendJson<SessionState>('POST', '/api/session', { login, password });
}

/** Logs out: the session ends and its cookies are cleared. */
export function logOut(): Promise<void> {
  return sendJson<void>('DELETE', '/api/session');
}
