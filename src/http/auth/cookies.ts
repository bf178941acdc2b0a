/** The cookie that carries the session token (HttpOnly: scripts never see it). */
export const SESSION_COOKIE = 'regiokracht_session';
/** The cookie that carries the session's CSRF token, readable by the web app (double submit). */
export const CSRF_COOKIE = 'regiokracht_csrf';
/** The header the web app sends the CSRF token back in on every write. */
export const CSRF_HEADER = 'x-csrf-token';

/** The cookies of a Cookie header, by name (the first of a name wins). */
export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  if (!header) return cookies;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at < 0) continue;
    const name = part.slice(0, at).trim();
    if (!name || cookies.has(name)) continue;
    try {
      cookies.set(name, decodeURIComponent(part.slice(at + 1).trim()));
    } catch {
      // a malformed value is ignored, as if the cookie were not there
    }
  }
  return cookies;
}

/** Attributes of a cookie the server sets. */
export interface CookieAttributes {
  readonly httpOnly: boolean;
  readonly secure: boolean;
  /** Seconds; 0 deletes the cookie; absent: a browser-session cookie. */
  readonly maxAge?: number;
}

/** A Set-Cookie value: always Path=/ and SameSite=Strict. */
export function serializeCookie(name: string, value: string, attributes: CookieAttributes): string {
  return [
    `${name}=${encodeURIComponent(value)}`,
    'Path=/',
    'SameSite=Strict',
    ...(attributes.httpOnly ? ['HttpOnly'] : []),
    ...(attributes.secure ? ['Secure'] : []),
    ...(attributes.maxAge !== undefined ? [`Max-Age=${attributes.maxAge}`] : []),
  ].join('; ');
}
