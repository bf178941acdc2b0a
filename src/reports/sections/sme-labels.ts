import { CONTACT_CHANNELS, FUND_INSTRUMENTS } from '../../domain/sme-content.js';
import type { MessageKey, Texts } from '../i18n.js';

/**
 * A fund's instruments in words, joined with commas (`loans`, `equity` -> "leningen,
 * participaties (eigen vermogen)"); a code outside the closed list as stored; null for none.
 *
 * @example fundInstrumentsText(texts('en'), ['loans', 'convertible loans']) // 'loans, convertible loans'
 */
export function fundInstrumentsText(x: Texts, codes: readonly string[]): string | null {
  return labelsText(x, codes, FUND_INSTRUMENTS, 'funds.instrument');
}

/**
 * How SMEs reach a contact point, in words, joined with commas; a code outside the closed list as
 * stored; null for none.
 *
 * @example contactChannelsText(texts('nl'), ['phone', 'email']) // 'telefoon, e-mail'
 */
export function contactChannelsText(x: Texts, codes: readonly string[]): string | null {
  return labelsText(x, codes, CONTACT_CHANNELS, 'sme.channel');
}

function labelsText(
  x: Texts,
  codes: readonly string[],
  known: readonly string[],
  prefix: string,
): string | null {
  if (codes.length === 0) return null;
  return codes
    .map((code) =>
      known.includes(code) ? x.t(`${prefix}.${code.replace(/ /g, '-')}` as MessageKey) : code,
    )
    .join(', ');
}
