/** The shortest password accepted, in characters (Unicode code points, not UTF-16 units). */
export const MIN_PASSWORD_LENGTH = 12;

/** How many of the most common passwords are refused. */
export const COMMON_PASSWORD_COUNT = 10_000;

function isOneRepeatedCharacter(chars: readonly string[]): boolean {
  return chars.every((c) => c === chars[0]);
}

/** Consecutive characters going up or down by one (abcdef..., 9876..., with 9 -> 0 for digits). */
function isSequence(chars: readonly string[]): boolean {
  const step = (a: string, b: string): number => {
    if (/\d/.test(a) && /\d/.test(b)) return (((Number(b) - Number(a)) % 10) + 10) % 10;
    return b.codePointAt(0)! - a.codePointAt(0)!;
  };
  const first = step(chars[0]!, chars[1]!);
  if (first !== 1 && first !== -1 && first !== 9) return false;
  for (let i = 2; i < chars.length; i++) if (step(chars[i - 1]!, chars[i]!) !== first) return false;
  return true;
}

/**
 * Why a password is too weak, or null when it is accepted: shorter than
 * {@link MIN_PASSWORD_LENGTH} characters (counted as code points, so six emoji are six); white
 * space only; one character repeated; a sequence; the login (or the part before its @); or one of
 * the `common` passwords, also when digits or punctuation are added at its end ("password1234").
 *
 * @example
 * passwordWeakness('password1234', 'jan@example.nl', new Set(['password'])) // 'is a common password …'
 * passwordWeakness('correct horse battery staple', 'jan', new Set()) // null
 */
export function passwordWeakness(
  password: string,
  login: string,
  common: ReadonlySet<string>,
): string | null {
  const chars = [...password];
  if (chars.length < MIN_PASSWORD_LENGTH)
    return `must be at least ${MIN_PASSWORD_LENGTH} characters long (it has ${chars.length})`;
  if (password.trim() === '') return 'must not be white space only';
  const lower = password.toLowerCase();
  if (isOneRepeatedCharacter([...lower])) return 'must not be one character repeated';
  if (isSequence([...lower])) return 'must not be a sequence such as abcdefghijkl or 123456789012';
  const name = login.toLowerCase();
  const stem = lower.replace(/[\d\p{P}\p{S}\s]+$/u, '');
  const local = name.split('@')[0] ?? name;
  if (lower.includes(name) || (local.length >= 4 && stem === local) || lower === local)
    return 'must not be the login name';
  if (common.has(lower) || (stem.length > 0 && common.has(stem)))
    return `is one of the ${COMMON_PASSWORD_COUNT.toLocaleString('en')} most common passwords (or one with digits added); choose a phrase of several words`;
  return null;
}
