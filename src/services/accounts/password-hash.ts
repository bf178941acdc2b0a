import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** scrypt's cost: N = 2^14, r = 8, p = 1 (about 16 MB and a few tens of ms per hash). */
const OPTIONS: ScryptOptions = { N: 16_384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_LENGTH = 32;

function scryptAsync(password: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, OPTIONS, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** A password's scrypt hash with a fresh random salt, both base64. */
export async function passwordHash(password: string): Promise<{ hash: string; salt: string }> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt);
  return { hash: key.toString('base64'), salt: salt.toString('base64') };
}

/** Whether `password` has the stored hash; compared in constant time. */
export async function passwordMatches(
  password: string,
  stored: { readonly hash: string; readonly salt: string },
): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  const key = await scryptAsync(password, Buffer.from(stored.salt, 'base64'));
  return key.length === expected.length && timingSafeEqual(key, expected);
}
