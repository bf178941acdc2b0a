const FOLDED: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/**
 * The form in which names and queries are compared: lower case, accents removed (also the letters
 * that carry no combining mark, such as ß, ø and ł), every run of punctuation, apostrophes and
 * spaces one space, trimmed.
 *
 * @example
 * searchKey("Fryslân"); // 'fryslan'
 * searchKey("'s-Hertogenbosch"); // 's hertogenbosch'
 * searchKey('München, Kreisfreie Stadt'); // 'munchen kreisfreie stadt'
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => FOLDED[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
