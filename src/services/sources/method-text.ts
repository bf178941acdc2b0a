/**
 * A figure's method in words, in both languages of the product: `method` in English (the field
 * every source has always carried) and `method_nl` in Dutch. Builders return this pair so that a
 * source takes both with one spread; both texts carry the same numbers and parameters.
 */
export interface MethodText {
  readonly method: string;
  readonly method_nl: string;
}

/** The pair from its English and Dutch text. */
export function methodText(en: string, nl: string): MethodText {
  return { method: en, method_nl: nl };
}

/**
 * Builders of fixed methods (the same words whatever is asked), from a table of English and
 * Dutch texts by name.
 *
 * @example
 * export const { visitMethod } = fixedMethods({ visitMethod: ['Visit records.', 'Bezoekgegevens.'] });
 */
export function fixedMethods<K extends string>(
  texts: Readonly<Record<K, readonly [en: string, nl: string]>>,
): Readonly<Record<K, () => MethodText>> {
  const builders = {} as Record<K, () => MethodText>;
  for (const name of Object.keys(texts) as K[]) {
    const [en, nl] = texts[name];
    // A builder keyed in an object literal carries its name, as a declared function would.
    Object.assign(builders, { [name]: () => methodText(en, nl) });
  }
  return builders;
}

/** A pair with no text in either language (a source whose method is filled in later). */
export const NO_METHOD: MethodText = { method: '', method_nl: '' };

/** The text in the reader's language. */
export function methodIn(source: MethodText, lang: 'nl' | 'en'): string {
  return lang === 'nl' ? source.method_nl : source.method;
}
