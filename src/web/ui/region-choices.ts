import { getJson } from '../api/client.js';
import type { Page, RegionSummary } from '../api/types.js';
import { nameOf, t } from '../i18n/i18n.js';
import type { Choice } from './form-controls.js';

export type { Choice };

/** The Dutch provinces (NUTS2) and COROP areas (NUTS3), each group by name, for a region select. */
export async function dutchRegionChoices(): Promise<{
  readonly choices: Choice[];
  readonly names: ReadonlyMap<string, string>;
}> {
  const [provinces, corop] = await Promise.all([
    getJson<Page<RegionSummary>>('/api/regions?level=2&country=NL'),
    getJson<Page<RegionSummary>>('/api/regions?level=3&country=NL'),
  ]);
  const pairs = (items: readonly RegionSummary[]) =>
    items
      .map((r) => [r.code, `${nameOf(r)} (${r.code})`] as const)
      .sort((a, b) => a[1].localeCompare(b[1]));
  const names = new Map<string, string>();
  for (const r of [...provinces.items, ...corop.items]) names.set(r.code, nameOf(r));
  return {
    choices: [
      { group: t('regions.provinces'), choices: pairs(provinces.items) },
      { group: t('regions.corop'), choices: pairs(corop.items) },
    ],
    names,
  };
}
