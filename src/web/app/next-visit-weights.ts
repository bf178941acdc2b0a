/**
 * The parts of the next-visit score, in the order the API gives them: four always, and connect
 * (missing links), which counts only when it is weighed above 0.
 */
export const NEXT_VISIT_PARTS = ['recency', 'coverage', 'strength', 'gaps', 'connect'] as const;
export type NextVisitPartName = (typeof NEXT_VISIT_PARTS)[number];

/** Weights read from a form, or the first field that is wrong and why. */
export type WeightsResult =
  | { readonly ok: true; readonly weights: Readonly<Partial<Record<NextVisitPartName, number>>> }
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
  texts: Readonly<Record<Exclude<NextVisitPartName, 'connect'>, string>> & {
    readonly connect?: string;
  },
): WeightsResult {
  const weights = {} as Record<NextVisitPartName, number>;
  for (const part of NEXT_VISIT_PARTS) {
    // connect is optional: left empty it is 0, and the score is that of the other four.
    const text = texts[part] ?? '';
    const value = part === 'connect' && !text.trim() ? 0 : weightNumber(text);
    if (value === null) return { ok: false, field: part, reason: 'number' };
    if (part !== 'connect' || value > 0) weights[part] = value;
  }
  if (NEXT_VISIT_PARTS.every((p) => !weights[p]))
    return { ok: false, field: NEXT_VISIT_PARTS[0], reason: 'zero' };
  return { ok: true, weights };
}
