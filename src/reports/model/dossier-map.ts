import type { AreaGeometry } from '../../core/geo/simplify-geometry.js';
import type { Bilingual, DossierInputs } from '../../services/dossier/dossier-inputs.js';
import { bilingual } from './bilingual.js';

/** An area drawn on the dossier's cover map. */
export interface DossierMapArea {
  readonly code: string;
  readonly name: Bilingual;
  readonly geometry: AreaGeometry;
}

/** The cover map: the region among the others of its level in the country, and its parent. */
export interface DossierMap {
  readonly region: DossierMapArea;
  readonly context: readonly DossierMapArea[];
  readonly context_level: number;
  readonly parent: DossierMapArea | null;
}

/** The cover map's areas; null when no boundary of the region was read. */
export function dossierMap(inputs: DossierInputs): DossierMap | null {
  const map = inputs.map;
  if (!map?.region) return null;
  const region = inputs.region;
  return {
    region: {
      code: map.region.code,
      name: bilingual(region.name_nl, region.name_en),
      geometry: map.region.geometry,
    },
    context: map.context.map((c) => ({
      code: c.code,
      name: bilingual(c.name_nl, c.name_en),
      geometry: c.geometry,
    })),
    context_level: map.contextLevel,
    parent:
      map.parent && region.parent
        ? {
            code: map.parent.code,
            name: bilingual(region.parent.name_nl, region.parent.name_en),
            geometry: map.parent.geometry,
          }
        : null,
  };
}
