/** The id of the 2004 key areas (sleutelgebieden) taxonomy. */
export const TAXONOMY_2004 = 'sleutelgebieden-2004';
/** The id of the 2011 top sectors (topsectoren) taxonomy. */
export const TAXONOMY_2011 = 'topsectoren-2011';
