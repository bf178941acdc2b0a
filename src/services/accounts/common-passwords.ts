import { COMMON_PASSWORD_COUNT } from './password-weakness.js';

let loaded: Promise<ReadonlySet<string>> | undefined;

/**
 * The {@link COMMON_PASSWORD_COUNT} most common passwords, lower-cased: the head of the
 * frequency-ranked list that the zxcvbn-ts project ships (`@zxcvbn-ts/language-common`, MIT),
 * compiled from leaked-password corpora. Loaded on first use.
 */
export function commonPasswords(): Promise<ReadonlySet<string>> {
  loaded ??= import('./common-password-list.js').then(({ RANKED_COMMON_PASSWORDS }) => {
    const head = RANKED_COMMON_PASSWORDS.slice(0, COMMON_PASSWORD_COUNT);
    return new Set(head.map((p) => p.toLowerCase()));
  });
  return loaded;
}
