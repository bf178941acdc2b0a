import type { HelixRole } from '../api/types.js';
import type { MessageKey } from '../i18n/messages-nl.js';

/** The helix roles in reading order. */
export const HELIX_ROLES: readonly HelixRole[] = [
  'business',
  'research',
  'education',
  'government',
  'other',
];

/**
 * One colour per helix role (Okabe-Ito, distinguishable with colour-vision deficiencies); the role
 * is always also written out, never shown by colour alone.
 */
export const HELIX_COLOURS: Readonly<Record<HelixRole, string>> = {
  business: '#0072B2',
  research: '#D55E00',
  education: '#009E73',
  government: '#CC79A7',
  other: '#6b6b6b',
};

export function helixLabelKey(role: string): MessageKey {
  return (HELIX_ROLES as readonly string[]).includes(role)
    ? (`helix.${role}` as MessageKey)
    : 'helix.other';
}
