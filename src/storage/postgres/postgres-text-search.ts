import { sql, type SqlBool } from 'kysely';
import type { TextSearch } from '../store.js';

/**
 * The immutable SQL function (migration 0003) that makes a good practice's text search vector:
 * `to_tsvector('english', ...)` for English practices, `to_tsvector('dutch', ...)` for the others.
 * The GIN index `good_practices_search` is built on it, so a query must call it the same way.
 */
export const PRACTICE_DOCUMENT_FUNCTION = 'regiokracht_practice_document';

/**
 * Full-text search on PostgreSQL: the practice's document (see {@link PRACTICE_DOCUMENT_FUNCTION})
 * against `plainto_tsquery` in the practice's own configuration. The two languages are two
 * conditions, each able to use the GIN index.
 */
export const postgresTextSearch: TextSearch = {
  goodPracticeMatches(idColumn, query) {
    const document = sql`${sql.raw(PRACTICE_DOCUMENT_FUNCTION)}(s.language, s.title, s.description, s.resources, s.evidence, s.transfer_potential)`;
    return sql<SqlBool>`${sql.ref(idColumn)} in (select s.id from good_practices s where (s.language = 'en' and ${document} @@ plainto_tsquery('english', ${query})) or (s.language <> 'en' and ${document} @@ plainto_tsquery('dutch', ${query})))`;
  },
};
