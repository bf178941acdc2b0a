/** A NUTS code (NUTS 2021 unless stated), or a country code as Eurostat writes it (EL, UK). */
export type NutsCode = string & { readonly _brand: 'NutsCode' };

/** NUTS level of a code by its length: NL -> 0, NL2 -> 1, NL21 -> 2, NL213 -> 3. */
export function nutsLevelOf(code: string): number {
  return Math.max(0, Math.min(3, code.length - 2));
}

/** The parent code one level up, or null for a country: nutsParentOf('NL213') === 'NL21'. */
export function nutsParentOf(code: string): string | null {
  return code.length > 2 ? code.slice(0, -1) : null;
}

/** True for strings shaped like a NUTS code of level 0-3 (two letters, up to three more characters). */
export function isNutsShaped(code: string): boolean {
  return /^[A-Z]{2}[0-9A-Z]{0,3}$/.test(code);
}
