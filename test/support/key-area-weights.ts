import { expect } from 'vitest';
import { STARTER_TAXONOMIES } from '../../src/services/starter/starter-content.js';

/** Per taxonomy, per source (a code, a prefix, a programme part): its key areas and their weights. */
export type KeyAreaWeights = Readonly<
  Record<string, Readonly<Record<string, readonly (readonly [string, number])[]>>>
>;

/** Asserts that each source's weights sum to 1 within its taxonomy; `label` names the table. */
export function expectWeightsSumToOne(table: KeyAreaWeights, label: string): void {
  for (const [taxonomy, sources] of Object.entries(table))
    for (const [source, areas] of Object.entries(sources)) {
      const total = areas.reduce((sum, [, weight]) => sum + weight, 0);
      expect(total, `${label} ${taxonomy} ${source}`).toBeCloseTo(1, 12);
    }
}

/** Asserts that the table names only key areas of the starter taxonomy it files them under. */
export function expectStarterKeyAreas(table: KeyAreaWeights): void {
  for (const [taxonomy, sources] of Object.entries(table)) {
    const codes = STARTER_TAXONOMIES.find((t) => t.id === taxonomy)!.areas.map(
      (a) => a.code,
    ) as string[];
    for (const areas of Object.values(sources))
      for (const [code] of areas) expect(codes).toContain(code);
  }
}
