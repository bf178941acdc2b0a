/**
 * A small Dutch suffix stripper for full-text search on SQLite, whose FTS5 stemmer (porter) knows
 * English only. It is not the Snowball Dutch stemmer that PostgreSQL's 'dutch' configuration uses;
 * it conflates the common inflections so that a search for one form finds the others:
 *
 * 1. `-heden` becomes `-heid` (mogelijkheden -> mogelijkheid).
 * 2. One inflectional ending goes: `-ingen` -> `-ing` (samenwerkingen -> samenwerking); else `-en`
 *    after a consonant (projecten -> project); else `-s` after a consonant other than j, or after
 *    `ie` (partners -> partner, innovaties -> innovatie); else `-e` after a consonant
 *    (gemeente -> gemeent, innovatieve -> innovatiev).
 *    After `-en` or `-e`, a doubled final consonant is undoubled (processen -> proces) and a final
 *    v or z becomes f or s (bedrijven -> bedrijf, huizen -> huis, innovatieve -> innovatief).
 * 3. One derivational ending goes: `-heid` (gezondheid -> gezond) or `-ing` (samenwerking ->
 *    samenwerk), again with undoubling.
 * 4. A double vowel between consonants at the end is made single, as Dutch spells a long vowel
 *    single in an open syllable (hogeschool -> hogeschol, like hogescholen -> hogeschol;
 *    regionaal -> regional, like regionale).
 *
 * The stems are stored in the index: a change to these rules needs a migration that refills
 * `good_practices_fts`, or old and new stems will not meet.
 *
 * Every step keeps a stem of at least three letters, so short words stay as they are. Words are
 * lower-cased and lose their diacritics first (ideeën -> ideeen), as FTS5's tokenizer does.
 *
 * Kept over the Snowball Dutch stemmer (snowball-stemmers 0.6.0), measured by `npm run
 * bench:stemmer` on the words of the starter practices and the Dutch organisation names in the
 * CORDIS organisation file (3,738 words, 1,696 distinct): Snowball took 520 ms to this one's 27 ms
 * (medians of 9 on a loaded machine; fastest runs 191 ms and 2 ms), far beyond twice the time,
 * and joined no more forms: 67 pairs of distinct words against 65, with 1,637 stems each. Of the
 * pairs only Snowball joins, some are forms of one word (nederland ~ nederlandse, samenwerken ~
 * samenwerkende) and some are not (open ~ openbaar ~ opening); of those only this one joins,
 * most are English plurals that Snowball's Dutch leaves apart (technologie ~ technologies).
 *
 * @example
 * dutchSuffixStem('samenwerkingen'); // 'samenwerk'
 * dutchSuffixStem('samenwerking'); // 'samenwerk'
 * dutchSuffixStem('bedrijven'); // 'bedrijf'
 */
export function dutchSuffixStem(word: string): string {
  let w = searchNormalise(word);
  if (w.length <= 3) return w;

  if (w.endsWith('heden')) w = `${w.slice(0, -5)}heid`;
  else if (w.endsWith('ingen') && w.length - 5 >= MIN_STEM) w = w.slice(0, -2);
  else if (w.endsWith('en') && w.length - 2 >= MIN_STEM && isConsonant(w.at(-3)))
    w = tidy(w.slice(0, -2));
  else if (
    w.endsWith('s') &&
    w.length - 1 >= MIN_STEM &&
    ((isConsonant(w.at(-2)) && w.at(-2) !== 'j') || w.endsWith('ies'))
  )
    w = w.slice(0, -1);
  else if (w.endsWith('e') && w.length - 1 >= MIN_STEM && isConsonant(w.at(-2)))
    w = tidy(w.slice(0, -1));

  if (w.endsWith('heid') && w.length - 4 >= MIN_STEM) w = w.slice(0, -4);
  else if (w.endsWith('ing') && w.length - 3 >= MIN_STEM) w = undouble(w.slice(0, -3));

  return w.replace(
    /([b-df-hj-np-tv-z])(aa|ee|oo|uu)([b-df-hj-np-tv-xz])$/,
    (_, c, v, d) => c + (v as string)[0] + d,
  );
}

/** Lower case without diacritics: the form both the index and the query are compared in. */
export function searchNormalise(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/**
 * The words of a text as FTS5's unicode61 tokenizer sees them: runs of letters and digits.
 *
 * @example
 * searchWords("Regio's en scale-ups"); // ['Regio', 's', 'en', 'scale', 'ups']
 */
export function searchWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
}

/** Every word of a text stemmed with {@link dutchSuffixStem}, separated by spaces. */
export function dutchStems(text: string): string {
  return searchWords(text).map(dutchSuffixStem).join(' ');
}

const MIN_STEM = 3;

function isConsonant(c: string | undefined): boolean {
  return c !== undefined && /[a-z]/.test(c) && !'aeiouy'.includes(c);
}

function undouble(w: string): string {
  const last = w.at(-1);
  return w.length > MIN_STEM && isConsonant(last) && w.at(-2) === last ? w.slice(0, -1) : w;
}

function tidy(w: string): string {
  const u = undouble(w);
  if (u.endsWith('v')) return `${u.slice(0, -1)}f`;
  if (u.endsWith('z')) return `${u.slice(0, -1)}s`;
  return u;
}
