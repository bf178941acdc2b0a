import { keyAreaNotMeasured } from '../../services/analytics/key-area-note.js';
import type { Bilingual, DossierInputs } from '../../services/dossier/dossier-inputs.js';
import { bilingual } from './bilingual.js';
import type { KeyAreaNames } from './key-area-names.js';

/** A key area's row in topic 2. */
export interface DossierKeyArea {
  readonly id: string;
  readonly code: string;
  readonly name: Bilingual;
  /** Null when the region cannot be measured. */
  readonly value: number | null;
  readonly share_of_national: number | null;
  readonly lq: number | null;
  readonly specialised: boolean;
  readonly note: string | null;
  /** The share and LQ that are null although the region is measured, each with why, in both languages. */
  readonly not_measured: readonly {
    readonly measure: 'share_of_national' | 'lq';
    readonly reason: Bilingual;
  }[];
  /** The key areas measured in this row: several when the classification cannot tell them apart. */
  readonly members: readonly Bilingual[];
}

/** Topic 2, the contribution to the national key areas. */
export interface DossierTopic2 {
  readonly taxonomy: string;
  readonly measure: string;
  readonly unit: string;
  readonly reference: string;
  readonly region_total: number | null;
  readonly areas: readonly DossierKeyArea[];
  /** Activity classified into no key area, and its share of all the region's activity. */
  readonly unclassified: { readonly value: number | null; readonly share: number | null };
  readonly coverage: {
    readonly covered: readonly {
      readonly key_area: Bilingual;
      readonly weight: number;
      readonly spearheads: readonly Bilingual[];
    }[];
    readonly uncovered: readonly Bilingual[];
  };
}

/** Topic 2 of the dossier: the key areas measured, and which of them the spearheads cover. */
export function dossierTopic2(inputs: DossierInputs, keyAreas: KeyAreaNames): DossierTopic2 {
  return {
    taxonomy: inputs.keyAreas.taxonomy,
    measure: inputs.keyAreas.measure,
    unit: inputs.keyAreas.unit,
    reference: inputs.keyAreas.reference,
    region_total: inputs.keyAreas.region_total,
    areas: inputs.keyAreas.areas.map((a) => ({
      id: a.key_area,
      code: a.code,
      name: bilingual(a.name_nl, a.name_en),
      value: a.value,
      share_of_national: a.share_of_national,
      lq: a.lq,
      specialised: a.lq !== null && a.lq >= 1,
      note: a.note,
      not_measured: a.not_measured.map((m) => ({
        measure: m.measure,
        reason: {
          nl: keyAreaNotMeasured(m.measure, m.reason_code, 'nl').reason,
          en: keyAreaNotMeasured(m.measure, m.reason_code, 'en').reason,
        },
      })),
      members: a.members.map((m) => bilingual(m.name_nl, m.name_en)),
    })),
    unclassified: {
      value: inputs.keyAreas.unclassified.value,
      share: inputs.keyAreas.unclassified.share,
    },
    coverage: {
      covered: inputs.clusters.coverage.covered.map((c) => ({
        key_area: keyAreas.name(c.key_area),
        weight: c.weight,
        spearheads: c.spearheads.map((id) => {
          const s = inputs.clusters.spearheads.find((x) => x.id === id);
          return s ? bilingual(s.name_nl, s.name_en) : bilingual(id, id);
        }),
      })),
      uncovered: inputs.clusters.coverage.uncovered.map((id) => keyAreas.name(id)),
    },
  };
}
