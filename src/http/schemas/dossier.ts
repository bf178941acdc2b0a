/** The documents made on the server, the dossier of a region and the report of a visit. */
import { Type } from 'typebox';
import { StringEnum } from './common.js';

/** The language a document is written in. */
export const DocumentQuery = Type.Object(
  {
    lang: StringEnum(['nl', 'en'], { default: 'nl', description: 'language of the document' }),
  },
  { additionalProperties: false },
);
