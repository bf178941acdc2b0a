/** The closed lists and formats of SME contact points and funds, shared by services and importers. */

/** How SMEs reach a contact point; the web shows each as a translated label. */
export const CONTACT_CHANNELS = [
  'desk',
  'phone',
  'email',
  'website',
  'chat',
  'video',
  'events',
] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/** What a fund finances with. */
export const FUND_INSTRUMENTS = [
  'loans',
  'equity',
  'convertible loans',
  'grants',
  'guarantees',
  'vouchers',
  'subsidies',
] as const;

/** Whom a fund is for. */
export const FUND_TARGETS = ['sme', 'start-up', 'scale-up', 'cluster'] as const;

/** Draft (its editors only), published (everyone), retired (kept, no longer shown to readers). */
export const SME_CONTENT_STATUSES = ['draft', 'published', 'retired'] as const;
export type SmeContentStatus = (typeof SME_CONTENT_STATUSES)[number];

/**
 * Whether a text is an e-mail address: one @, a dot in the domain, no spaces.
 *
 * @example isEmailAddress('mkb@example.nl') // true
 */
export function isEmailAddress(text: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@.]+$/.test(text);
}

/**
 * Whether a text is a phone number: digits, optionally a leading +, with spaces, hyphens, dots or
 * brackets between them; 6 to 15 digits.
 *
 * @example isPhoneNumber('053 483 6800') // true
 */
export function isPhoneNumber(text: string): boolean {
  const digits = text.replace(/\D/g, '').length;
  return /^\+?[0-9(][0-9 ().-]*[0-9]$/.test(text) && digits >= 6 && digits <= 15;
}

/**
 * A Dutch postcode written `1234 AB` whatever the spacing and case; other text as given.
 *
 * @example postcodeWritten('7511ab') // '7511 AB'
 */
export function postcodeWritten(text: string): string {
  const nl = /^([1-9][0-9]{3})\s*([A-Za-z]{2})$/.exec(text.trim());
  return nl ? `${nl[1]} ${nl[2]!.toUpperCase()}` : text.trim();
}

/** What the SME finder looks up; a query that is none of these finds nothing. */
export const SME_FINDER_FORMATS = ['town', 'municipality', 'region', 'pc4', 'pc6'] as const;
