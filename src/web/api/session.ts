import { getJson, sendJson } from './client.js';

/** The logged-in user as GET /api/session gives it. */
export interface SessionUser {
  readonly id: string;
  readonly login: string;
  readonly name: string;
  readonly role: 'administrator' | 'analyst' | 'regional_editor' | 'viewer';
  readonly regions: readonly string[];
}

/** Who is logged in, and the session's CSRF token (also in the regiokracht_csrf cookie). */
export interface SessionState {
  readonly user: SessionUser | null;
  readonly csrf_token: string | null;
}

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
