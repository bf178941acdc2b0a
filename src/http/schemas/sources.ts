/** The data sets behind every figure, with their import runs (GET /api/sources). */
import { Type, type Static } from 'typebox';
import { NullableString } from './common.js';

/** One import run of a data set. */
export const ImportRun = Type.Object(
  {
    id: Type.String(),
    kind: Type.String(),
    file: Type.String(),
    checksum: Type.String(),
    started_at: Type.String(),
    finished_at: NullableString,
    rows_read: Type.Integer(),
    rows_inserted: Type.Integer(),
    rows_updated: Type.Integer(),
    rows_refused: Type.Integer(),
    status: Type.String(),
  },
  { additionalProperties: false },
);
export type ImportRun = Static<typeof ImportRun>;

/** A data set with its import runs, newest first. */
export const SourceEntry = Type.Object(
  {
    id: Type.String(),
    title: Type.String({ description: 'The title as the data set gives it' }),
    title_nl: Type.String({ description: 'The title in Dutch' }),
    title_en: Type.String({ description: 'The title in English' }),
    publisher: Type.String(),
    licence: NullableString,
    url: NullableString,
    retrieved_at: NullableString,
    imports: Type.Array(ImportRun),
  },
  { additionalProperties: false },
);
export type SourceEntry = Static<typeof SourceEntry>;
