/** An SME contact point serving the region. */
export interface SmeContactPoint {
  /** SMEs served per year; null when not known. */
  readonly smesServedPerYear: number | null;
}

/** Why the reach per 1,000 SMEs cannot be given. */
export type SmeReachUnknownReason =
  'no-contact-point' | 'smes-served-unknown' | 'sme-count-unknown' | 'sme-count-zero';

/** Whether a region has an SME contact point, and how far it reaches. */
export interface SmeContactPointReach {
  readonly present: boolean;
  readonly contactPoints: number;
  /** SMEs served per year by all the region's contact points; null unless every one is known. */
  readonly smesServed: number | null;
  /** SMEs in the region, as given. */
  readonly smeCount: number | null;
  /** SMEs served per 1,000 SMEs in the region; null with `reason` when it cannot be given. */
  readonly perThousandSmes: number | null;
  readonly reason: SmeReachUnknownReason | null;
}

const known = (x: number | null): x is number => x !== null && Number.isFinite(x) && x >= 0;

/**
 * The reach of a region's SME contact points: present or not, and SMEs served per year per
 * 1,000 SMEs in the region where both figures are known. The served figures of several contact
 * points are added; one unknown (or negative) figure makes the sum unknown rather than too low.
 *
 * @example
 * smeContactPointReach([{ smesServedPerYear: 450 }, { smesServedPerYear: 150 }], 30_000);
 * // { present: true, contactPoints: 2, smesServed: 600, smeCount: 30000,
 * //   perThousandSmes: 20, reason: null }      (600 / 30,000 x 1,000 = 20)
 * smeContactPointReach([], 30_000);
 * // { present: false, ..., perThousandSmes: null, reason: 'no-contact-point' }
 */
export function smeContactPointReach(
  contactPoints: readonly SmeContactPoint[],
  smeCount: number | null,
): SmeContactPointReach {
  const present = contactPoints.length > 0;
  const figures = contactPoints.map((c) => c.smesServedPerYear);
  const smesServed =
    present && figures.every(known) ? figures.reduce<number>((sum, x) => sum + (x ?? 0), 0) : null;
  const base = { present, contactPoints: contactPoints.length, smesServed, smeCount };
  const unknown = (reason: SmeReachUnknownReason): SmeContactPointReach => ({
    ...base,
    perThousandSmes: null,
    reason,
  });
  if (!present) return unknown('no-contact-point');
  if (smesServed === null) return unknown('smes-served-unknown');
  if (!known(smeCount)) return unknown('sme-count-unknown');
  if (smeCount === 0) return unknown('sme-count-zero');
  return { ...base, perThousandSmes: (smesServed / smeCount) * 1000, reason: null };
}
