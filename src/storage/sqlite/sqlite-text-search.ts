import type SqliteDatabase from 'better-sqlite3';
import { sql, type SqlBool } from 'kysely';
import type { TextSearch } from '../store.js';
import { dutchStems, dutchSuffixStem, searchNormalise, searchWords } from './dutch-suffix-stem.js';
import { DUTCH_STOP_WORDS, ENGLISH_STOP_WORDS } from './stop-words.js';

/**
 * The SQL function the triggers of `good_practices_fts` (migration 0003) call to stem Dutch text.
 * Every connection that writes good practices must have it: {@link registerSqliteTextSearch}.
 */
export const DUTCH_STEMS_FUNCTION = 'regiokracht_dutch_stems';

/** Registers the functions the full-text index needs on a connection. */
export function registerSqliteTextSearch(raw: SqliteDatabase.Database): void {
  raw.function(DUTCH_STEMS_FUNCTION, { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? dutchStems(text) : null,
  );
}

/**
 * Full-text search on SQLite. `good_practices_fts` (FTS5, tokenizer `porter unicode61
 * remove_diacritics 2`) holds each practice's text in one of two columns: `terms_en` the text as
 * it is, for English practices; `terms_nl` the text through the Dutch suffix stripper, for the
 * others. A query matches each column in that column's language: its words less the language's
 * stop words, stripped for Dutch, every word required.
 */
export const sqliteTextSearch: TextSearch = {
  goodPracticeMatches(idColumn, query) {
    const match = goodPracticesFtsQuery(query);
    if (match === null) return sql<SqlBool>`1 = 0`;
    return sql<SqlBool>`${sql.ref(idColumn)} in (select practice_id from good_practices_fts where good_practices_fts match ${match})`;
  },
};

/**
 * The FTS5 query for a user's words, or null when no word is left to search for.
 *
 * @example
 * goodPracticesFtsQuery('de samenwerkingen'); // '{terms_nl} : ("samenwerk") OR {terms_en} : ("de" AND "samenwerkingen")'
 */
export function goodPracticesFtsQuery(query: string): string | null {
  const words = searchWords(query).map(searchNormalise);
  const nl = words.filter((w) => !DUTCH_STOP_WORDS.has(w)).map(dutchSuffixStem);
  const en = words.filter((w) => !ENGLISH_STOP_WORDS.has(w));
  // Words are letters and digits only, so quoting them needs no escaping.
  const part = (column: string, terms: readonly string[]) =>
    terms.length > 0 ? `{${column}} : (${terms.map((t) => `"${t}"`).join(' AND ')})` : null;
  const parts = [part('terms_nl', nl), part('terms_en', en)].filter((p) => p !== null);
  return parts.length > 0 ? parts.join(' OR ') : null;
}
