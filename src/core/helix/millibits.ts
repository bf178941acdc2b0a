/** An amount of information in thousandths of a bit. */
export type Millibits = number & { readonly _brand: 'Millibits' };

/**
 * Bits expressed in millibits.
 *
 * @example
 * millibitsFromBits(-0.25); // -250
 */
export function millibitsFromBits(bits: number): Millibits {
  return (bits * 1000) as Millibits;
}
