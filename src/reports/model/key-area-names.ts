import type { Bilingual, DossierInputs } from '../../services/dossier/dossier-inputs.js';
import { bilingual } from './bilingual.js';

/** The names of the key areas the dossier speaks of, by id; an unknown id is named by itself. */
export interface KeyAreaNames {
  has(id: string): boolean;
  name(id: string): Bilingual;
}

/** The key areas' names from the region's key-area figures and its cluster stars. */
export function keyAreaNames(inputs: DossierInputs): KeyAreaNames {
  const names = new Map<string, Bilingual>();
  for (const a of inputs.keyAreas.areas) names.set(a.key_area, bilingual(a.name_nl, a.name_en));
  for (const s of inputs.clusters.stars) names.set(s.key_area, bilingual(s.name_nl, s.name_en));
  // A key area named on its own (a spearhead's, a practice's) keeps its own name, also when it is
  // measured together with another.
  for (const a of inputs.keyAreas.areas)
    for (const m of a.members) names.set(m.key_area, bilingual(m.name_nl, m.name_en));
  return {
    has: (id) => names.has(id),
    name: (id) => names.get(id) ?? bilingual(id, id),
  };
}
