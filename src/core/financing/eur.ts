/** An amount in euros. */
export type Eur = number & { readonly _brand: 'Eur' };

/**
 * A plain number as an amount in euros.
 *
 * @example
 * eur(2_928_125); // 2928125 as Eur
 */
export function eur(amount: number): Eur {
  return amount as Eur;
}
