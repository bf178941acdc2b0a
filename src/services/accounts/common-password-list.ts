// The frequency-ranked list of common passwords, in a module of its own so that it loads only
// when a password is checked. Imported by name, so that a bundle reads the package's CommonJS
// build as Node's own loader does.
import { dictionary } from '@zxcvbn-ts/language-common';

export const RANKED_COMMON_PASSWORDS = dictionary['passwords-common'] as readonly string[];
