import { describe, expect, it } from 'vitest';
import { commonPasswords } from './common-passwords.js';
import { passwordWeakness } from './password-weakness.js';

describe('passwordWeakness', () => {
  const none = new Set<string>();

  it('counts characters as code points, so six emoji are too short', () => {
    const emoji = '😀😀😁😂🤣😃';
    expect(emoji.length).toBe(12);
    expect(passwordWeakness(emoji, 'jan', none)).toMatch(/at least 12 characters .*it has 6/);
    expect(passwordWeakness('Fryslân boppe, ús heit', 'jan', none)).toBeNull();
  });

  it('refuses one repeated character, white space only and sequences', () => {
    expect(passwordWeakness('aaaaaaaaaaaa', 'jan', none)).toMatch(/repeated/);
    expect(passwordWeakness(' '.repeat(12), 'jan', none)).toMatch(/white space/);
    expect(passwordWeakness('abcdefghijkl', 'jan', none)).toMatch(/sequence/);
    expect(passwordWeakness('123456789012', 'jan', none)).toMatch(/sequence/);
    expect(passwordWeakness('lkjihgfedcba', 'jan', none)).toMatch(/sequence/);
  });

  it('refuses the login name, alone or with digits added', () => {
    expect(passwordWeakness('jan.jansen@example.nl', 'jan.jansen@example.nl', none)).toMatch(
      /login/,
    );
    expect(passwordWeakness('jan.jansen2024!', 'jan.jansen@example.nl', none)).toMatch(/login/);
  });

  it('refuses the ten thousand most common passwords, also with digits added', async () => {
    const common = await commonPasswords();
    expect(common.size).toBe(10_000);
    expect(passwordWeakness('password1234', 'jan', common)).toMatch(/most common/);
    expect(passwordWeakness('qwertyuiop12', 'jan', common)).toMatch(/most common/);
    expect(passwordWeakness('correct horse battery staple', 'jan', common)).toBeNull();
  });
});
