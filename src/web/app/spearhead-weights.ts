/** A key area of a spearhead with its weight, as the API takes it. */
export interface KeyAreaWeight {
  readonly id: string;
  readonly weight: number;
}

/** What the weights typed into the spearhead form give: the list to send, or the field at fault. */
export type SpearheadWeightsResult =
  | { readonly ok: true; readonly keyAreas: KeyAreaWeight[] }
  | { readonly ok: false; readonly id: string };

/**
 * Reads the weights typed per key area (`[key area id, text]`): an empty field leaves the key area
 * out, a number above 0 and at most 1 (decimal point or comma) links it, anything else is refused
 * with the key area it was typed for.
 * `spearheadWeights([['a', '0,5'], ['b', '']])` gives `[{ id: 'a', weight: 0.5 }]`.
 */
export function spearheadWeights(
  typed: readonly (readonly [string, string])[],
): SpearheadWeightsResult {
  const keyAreas: KeyAreaWeight[] = [];
  for (const [id, text] of typed) {
    const trimmed = text.trim().replace(',', '.');
    if (trimmed === '') continue;
    const weight = /^\d*\.?\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
    if (!(weight > 0 && weight <= 1)) return { ok: false, id };
    keyAreas.push({ id, weight });
  }
  return { ok: true, keyAreas };
}
