import { sql, SqliteAdapter, type Kysely } from 'kysely';
import { createIndexes } from './table-indexes.js';

/**
 * Full-text search over good practices, and indexes for the visit follow-up.
 *
 * The searched text is title, description, resources, evidence and transfer potential, stemmed in
 * the practice's language: English when `language` is 'en', Dutch otherwise.
 *
 * - SQLite: an FTS5 table `good_practices_fts` (practice_id, terms_nl, terms_en; tokenizer
 *   `porter unicode61 remove_diacritics 2`) kept in step with `good_practices` by triggers. English
 *   practices fill `terms_en` with their text (porter stems it); the others fill `terms_nl` with
 *   their text through the Dutch suffix stripper `regiokracht_dutch_stems`, a function every
 *   Regiokracht connection registers (src/storage/sqlite/sqlite-text-search.ts).
 * - PostgreSQL: an immutable function `regiokracht_practice_document` (to_tsvector with the
 *   'english' or 'dutch' configuration) and a GIN index on it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await createIndexes(db, {
    visits_region: ['visits', 'region_code'],
    visit_findings_visit: ['visit_findings', 'visit_id'],
    commitments_visit: ['commitments', 'visit_id'],
    commitments_status_due: ['commitments', 'status', 'due_date'],
    good_practices_status: ['good_practices', 'status', 'updated_at'],
    practice_transfers_practice: ['practice_transfers', 'practice_id'],
  });

  if (db.getExecutor().adapter instanceof SqliteAdapter) await sqliteSearch(db);
  else await postgresSearch(db);
}

const TEXT_COLUMNS = ['title', 'description', 'resources', 'evidence', 'transfer_potential'];

/** The searched text of a row (`new.`, `old.` or a table alias), columns joined by spaces. */
const searchedText = (row: string) =>
  TEXT_COLUMNS.map((c) => `coalesce(${row}.${c}, '')`).join(` || ' ' || `);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function sqliteSearch(db: Kysely<any>): Promise<void> {
  const values = (row: string) =>
    `${row}.id, case when ${row}.language = 'en' then null else regiokracht_dutch_stems(${searchedText(row)}) end, case when ${row}.language = 'en' then ${searchedText(row)} else null end`;
  const statements = [
    `create virtual table good_practices_fts using fts5(practice_id unindexed, terms_nl, terms_en, tokenize = 'porter unicode61 remove_diacritics 2')`,
    `create trigger good_practices_fts_insert after insert on good_practices begin
       insert into good_practices_fts (practice_id, terms_nl, terms_en) values (${values('new')});
     end`,
    `create trigger good_practices_fts_update after update of id, language, ${TEXT_COLUMNS.join(', ')} on good_practices begin
       delete from good_practices_fts where practice_id = old.id;
       insert into good_practices_fts (practice_id, terms_nl, terms_en) values (${values('new')});
     end`,
    `create trigger good_practices_fts_delete after delete on good_practices begin
       delete from good_practices_fts where practice_id = old.id;
     end`,
    `insert into good_practices_fts (practice_id, terms_nl, terms_en) select ${values('g')} from good_practices g`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function postgresSearch(db: Kysely<any>): Promise<void> {
  await sql
    .raw(
      `create function regiokracht_practice_document(lang text, title text, description text, resources text, evidence text, transfer_potential text)
       returns tsvector language sql immutable parallel safe as $$
         select to_tsvector(case when lang = 'en' then 'english'::regconfig else 'dutch'::regconfig end,
           ${TEXT_COLUMNS.map((c) => `coalesce(${c}, '')`).join(` || ' ' || `)})
       $$`,
    )
    .execute(db);
  await sql
    .raw(
      `create index good_practices_search on good_practices using gin (regiokracht_practice_document(language, ${TEXT_COLUMNS.join(', ')}))`,
    )
    .execute(db);
}
