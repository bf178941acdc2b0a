import {
  CONTACT_CHANNELS,
  FUND_INSTRUMENTS,
  FUND_TARGETS,
  isEmailAddress,
  isPhoneNumber,
  SME_CONTENT_STATUSES,
  type SmeContentStatus,
} from '../../domain/sme-content.js';
import { invalid, optionalText } from '../visits/field-check.js';

export { CONTACT_CHANNELS, FUND_INSTRUMENTS, FUND_TARGETS, SME_CONTENT_STATUSES };
export type { SmeContentStatus };

/** The columns of a contact point or fund that no client edits: its id, source, status, dates and version. */
export type BookkeepingColumns =
  'id' | 'source_id' | 'status' | 'created_at' | 'updated_at' | 'version';

/**
 * An e-mail address (one @, a dot in the domain, no spaces); null when absent or empty.
 *
 * @example emailAddress('mkb@example.nl', 'email') // 'mkb@example.nl'
 */
export function emailAddress(value: unknown, field: string): string | null {
  const text = optionalText(value, field, 320);
  if (text !== null && !isEmailAddress(text))
    throw invalid(field, `"${text}" is not an e-mail address (name@domain.nl)`);
  return text;
}

/**
 * A phone number: digits, optionally a leading +, with spaces, hyphens, dots or brackets between
 * them; 6 to 15 digits. Null when absent or empty.
 *
 * @example phoneNumber('053 483 6800', 'phone') // '053 483 6800'
 */
export function phoneNumber(value: unknown, field: string): string | null {
  const text = optionalText(value, field, 40);
  if (text === null) return null;
  if (!isPhoneNumber(text))
    throw invalid(
      field,
      `"${text}" is not a phone number (digits, optionally +, spaces or hyphens; e.g. 053 483 6800 or +31 53 483 6800)`,
    );
  return text;
}

/** A list of values each from `allowed`, without repeats, in the given order. */
export function listOf<T extends string>(
  value: unknown,
  field: string,
  allowed: readonly T[],
): T[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw invalid(field, `must be a list of ${allowed.join(', ')}`);
  const out: T[] = [];
  for (const item of value) {
    const v = typeof item === 'string' ? item.trim().toLowerCase() : item;
    if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v))
      throw invalid(field, `${JSON.stringify(item)} is not one of ${allowed.join(', ')}`);
    if (!out.includes(v as T)) out.push(v as T);
  }
  return out;
}

/** Language codes of two letters (ISO 639-1), lower case, without repeats. */
export function languageCodes(value: unknown, field: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value))
    throw invalid(field, 'must be a list of language codes such as nl, en, de');
  const out: string[] = [];
  for (const item of value) {
    const v = typeof item === 'string' ? item.trim().toLowerCase() : '';
    if (!/^[a-z]{2}$/.test(v))
      throw invalid(field, `${JSON.stringify(item)} is not a language code such as nl, en, de`);
    if (!out.includes(v)) out.push(v);
  }
  return out;
}

/** A currency code of three capital letters (ISO 4217), e.g. EUR. */
export function currencyCode(value: unknown, field: string): string {
  const v = typeof value === 'string' ? value.trim().toUpperCase() : '';
  if (!/^[A-Z]{3}$/.test(v))
    throw invalid(field, `${JSON.stringify(value)} is not a currency code such as EUR`);
  return v;
}

/** Joins a list for storage (`a|b`), null when empty. */
export function joinList(values: readonly string[]): string | null {
  return values.length ? values.join('|') : null;
}

/** Splits a stored list (`a|b`). */
export function splitList(value: string | null): string[] {
  return value ? value.split('|').filter((v) => v !== '') : [];
}
