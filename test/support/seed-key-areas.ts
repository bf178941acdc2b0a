import type { Store } from '../../src/storage/store.js';
import { seedTables } from './upsert-tables.js';

/** Test helper: the 2011 top sectors as key areas (`topsectoren-2011/<code>`), as the starter content writes them. */
export async function seedKeyAreas(store: Store): Promise<void> {
  const codes = [
    'agri-food',
    'horticulture',
    'htsm',
    'logistics',
    'creative',
    'energy',
    'chemistry',
    'lsh',
    'water',
  ];
  await seedTables(store, {
    key_area_taxonomies: [
      {
        id: 'topsectoren-2011',
        name_nl: 'Topsectoren (2011)',
        name_en: 'Top sectors (2011)',
        year: 2011,
        source_id: null,
      },
    ],
    key_areas: codes.map((code, i) => ({
      id: `topsectoren-2011/${code}`,
      taxonomy_id: 'topsectoren-2011',
      code,
      name_nl: code,
      name_en: code,
      position: i + 1,
    })),
  });
}
