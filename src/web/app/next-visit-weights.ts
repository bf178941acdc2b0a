/** The four parts of the next-visit score, in the order the API gives them. */
export const NEXT_VISIT_PARTS = ['recency', 'coverage', 'strength', 'gaps'] as const;
export type NextVisitPartName = (typeof NEXT_VISIT_PARTS)[number];

/** Weights read from a form, or the first field that is wrong and why. */
export type WeightsResult =
  | { readonly ok: true; readonly weights: Readonly<Record<NextVisitPartName, number>> }
  | { readonly ok: false; readonly field: NextVisitPartName; readonly reason: 'number' | 'zero' };

/**
 * A weight as typed: a number >= 0 written with a decimal point or a Dutch decimal comma
 * ("0,3"); null for anything else.
 *
 * @example weightNumber('0,25') // 0.25
 */
export function weightNumber(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

/**
 * The four weights from the texts of a form: each a number >= 0, not all 0 (the score divides
 * by their sum).
 *
 * @example nextVisitWeights({ recency: '0,3', coverage: '0.3', strength: '0.2', gaps: '0.2' })
 */
export function nextVisitWeights(
  texts: Readonly<Record<NextVisitPartName, string>>,
): WeightsResult {
  const weights = {} as Record<NextVisitPartName, number>;
  for (const part of NEXT_VISIT_PARTS) {
    const value = weightNumber(texts[part]);
    if (value === null) return { ok: false, field: part, reason: 'number' };
    weights[part] = value;
  }
  if (NEXT_VISIT_PARTS.every((p) => weights[p] === 0))
    return { ok: false, field: NEXT_VISIT_PARTS[0], reason: 'zero' };
  return { ok: true, weights };
}
