import { describe, expect, it } from 'vitest';
import { parseCookies, serializeCookie } from './cookies.js';

describe('cookies', () => {
  it('parses a Cookie header, keeping the first of a name and skipping malformed values', () => {
    const cookies = parseCookies('a=1; regiokracht_session=abc%3D; a=2; broken=%E0%A4%A; noequals');
    expect(cookies.get('a')).toBe('1');
    expect(cookies.get('regiokracht_session')).toBe('abc=');
    expect(cookies.has('broken')).toBe(false);
    expect(cookies.has('noequals')).toBe(false);
    expect(parseCookies(undefined).size).toBe(0);
  });

  it('writes Path=/ and SameSite=Strict always, HttpOnly, Secure and Max-Age when asked', () => {
    expect(serializeCookie('s', 'a b', { httpOnly: true, secure: true })).toBe(
      's=a%20b; Path=/; SameSite=Strict; HttpOnly; Secure',
    );
    expect(serializeCookie('c', '', { httpOnly: false, secure: false, maxAge: 0 })).toBe(
      'c=; Path=/; SameSite=Strict; Max-Age=0',
    );
  });
});
