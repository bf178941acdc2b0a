import type {
  Bilingual,
  DossierContactPointInput,
  DossierInputs,
} from '../../services/dossier/dossier-inputs.js';
import { indexNotMeasuredReason } from '../../services/analytics/index-reasons.js';
import { splitList } from '../../services/sme/sme-field-check.js';
import { bilingual } from './bilingual.js';
import type { KeyAreaNames } from './key-area-names.js';

/** A fund registered for the region or a region it lies in, its stored lists split. */
export interface DossierFund {
  readonly id: string;
  readonly name: string;
  readonly size_eur: number | null;
  /** What it finances with, as stored codes (`loans`, `equity`...). */
  readonly instruments: readonly string[];
  /** The sectors it is for, as its editors wrote them. */
  readonly target_sectors: readonly string[];
  readonly manager: string | null;
  readonly url: string | null;
  /** The page its facts were taken from; null when none is registered. */
  readonly source_url: string | null;
}

/** Topic 3, regional innovation strength: the index, spearheads, cluster stars, funds, contacts. */
export interface DossierTopic3 {
  readonly index: {
    readonly computed_for: { readonly code: string; readonly name: Bilingual };
    readonly year: number | null;
    /** The edition year and its lag window; null for a single year. */
    readonly edition: number | null;
    readonly lag: number | null;
    readonly groups: {
      readonly leader: number;
      readonly strong: number;
      readonly moderate: number;
    };
    readonly value: number | null;
    /** Why there is no index; null when there is one. */
    readonly reason: Bilingual | null;
    readonly relative: number | null;
    readonly group: string | null;
    readonly band: string | null;
    readonly rank: number | null;
    readonly of: number;
    readonly rank_range: readonly [number, number] | null;
    readonly reference: string;
    /** The region's country, scored beside it on each indicator. */
    readonly country: string;
    readonly trend: readonly {
      readonly year: number;
      readonly index: number;
      readonly relative: number | null;
      readonly rank: number;
    }[];
    readonly indicators: readonly {
      readonly id: string;
      readonly name: Bilingual;
      readonly unit: string;
      readonly score: number | null;
      /** The country's and the reference area's scores, scaled as the regions'; null: no data. */
      readonly country_score: number | null;
      readonly reference_score: number | null;
      /** The year the value was measured. */
      readonly year: number | null;
      readonly filled_from: string | null;
      /** The years (editions) the ends of the value's trend stand in. */
      readonly first_year: number | null;
      readonly last_year: number | null;
      /** The years those values were measured: earlier than the edition when carried forward. */
      readonly first_data_year: number | null;
      readonly last_data_year: number | null;
      readonly first: number | null;
      readonly last: number | null;
    }[];
  };
  readonly spearheads: readonly {
    readonly id: string;
    readonly name: Bilingual;
    /** The editors' description, in the language they wrote it; null when none. */
    readonly description: string | null;
    readonly key_areas: readonly { readonly name: Bilingual; readonly weight: number }[];
  }[];
  readonly stars: readonly {
    readonly key_area: Bilingual;
    readonly stars: number;
    readonly size: boolean;
    readonly specialisation: boolean;
    readonly focus: boolean;
    readonly lq: number | null;
    readonly size_rank: number | null;
    readonly focus_rank: number | null;
    readonly of: number;
  }[];
  readonly compared_with: number;
  readonly funds: readonly DossierFund[];
  readonly contact_points: readonly DossierContactPointInput[];
}

/** Topic 3 of the dossier from the region's index, clusters and contact points. */
export function dossierTopic3(inputs: DossierInputs, keyAreas: KeyAreaNames): DossierTopic3 {
  return {
    index: {
      computed_for: { code: inputs.index.computed_for, name: inputs.indexRegionName },
      year: inputs.index.year,
      edition: inputs.index.edition,
      lag: inputs.index.lag,
      groups: {
        leader: inputs.index.groups.leader,
        strong: inputs.index.groups.strong,
        moderate: inputs.index.groups.moderate,
      },
      value: inputs.index.index,
      reason:
        inputs.index.reason_code === null
          ? null
          : bilingual(
              indexNotMeasuredReason(inputs.index.reason_code, inputs.index.own_values, 'nl'),
              indexNotMeasuredReason(inputs.index.reason_code, inputs.index.own_values, 'en'),
            ),
      relative: inputs.index.relative,
      group: inputs.index.group,
      band: inputs.index.band,
      rank: inputs.index.rank,
      of: inputs.index.of,
      rank_range: inputs.index.rank_range,
      reference: inputs.index.reference,
      country: inputs.index.country,
      trend: inputs.index.trend,
      indicators: inputs.index.indicators.map((i) => {
        const name = inputs.indicatorNames.get(i.id);
        return {
          id: i.id,
          name: name ? bilingual(name.nl, name.en) : bilingual(i.id, i.id),
          unit: name?.unit ?? '',
          score: i.score,
          country_score: i.country_score,
          reference_score: i.reference_score,
          year: i.year,
          filled_from: i.filled_from,
          first_year: i.trend?.first_year ?? null,
          last_year: i.trend?.last_year ?? null,
          first_data_year: i.trend?.first_data_year ?? null,
          last_data_year: i.trend?.last_data_year ?? null,
          first: i.trend?.first ?? null,
          last: i.trend?.last ?? null,
        };
      }),
    },
    spearheads: inputs.clusters.spearheads.map((s) => ({
      id: s.id,
      name: bilingual(s.name_nl, s.name_en),
      description: s.description?.trim() || null,
      // Largest weight first; the store gives no order.
      key_areas: s.key_areas
        .filter((k) => keyAreas.has(k.key_area))
        .sort((a, b) => b.weight - a.weight || a.key_area.localeCompare(b.key_area))
        .map((k) => ({ name: keyAreas.name(k.key_area), weight: k.weight })),
    })),
    stars: inputs.clusters.stars.map((s) => ({
      key_area: bilingual(s.name_nl, s.name_en),
      stars: s.stars,
      size: s.size.star,
      specialisation: s.specialisation.star,
      focus: s.focus.star,
      lq: s.specialisation.lq,
      size_rank: s.size.rank,
      focus_rank: s.focus.rank,
      of: s.size.of,
    })),
    compared_with: inputs.clusters.compared_with.length,
    funds: inputs.clusters.funds.map((f) => ({
      id: f.id,
      name: f.name,
      size_eur: f.size_eur,
      instruments: splitList(f.instruments),
      target_sectors: splitList(f.target_sectors),
      manager: f.manager,
      url: f.url,
      source_url: inputs.fundSourceUrls.get(f.id) ?? null,
    })),
    contact_points: inputs.contactPoints,
  };
}
