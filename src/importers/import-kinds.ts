/**
 * The kinds `regiokracht import` takes, in the order its help lists them. Kept apart from the
 * importers themselves so that the command line can name them without loading any importer;
 * `import-kinds.test.ts` holds the list to the registry in `index.ts`.
 */
export const IMPORT_KINDS: readonly string[] = [
  'eurostat',
  'cordis',
  'cbs-places',
  'tercet',
  'geo',
  'actors',
  'clusters',
  'funds',
  'contact-points',
  'good-practices',
  'indicators',
  'participations',
];
