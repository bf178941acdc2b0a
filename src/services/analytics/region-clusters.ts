import {
  activityMatrixClusterStars,
  type ClusterStars,
} from '../../core/clusters/cluster-stars.js';
import type { ActivityMatrix } from '../../core/keyareas/activity-matrix.js';
import { regionSpearheadCoverage } from '../../core/keyareas/region-spearhead-coverage.js';
import type { AnalyticsData } from './analytics-data.js';
import type { KeyAreaColumns } from './key-area-columns.js';
import type { FundTable } from '../../storage/schema/regional-content-tables.js';

export interface SpearheadRow {
  id: string;
  name_nl: string;
  name_en: string;
  /** What the region's editors wrote about it, in their words; null when nothing was written. */
  description: string | null;
  source_id: string | null;
  key_areas: { key_area: string; weight: number }[];
}

/** A fund of the region's clusters, with the columns of the `funds` table the figure shows. */
export type FundRow = Pick<
  FundTable,
  'id' | 'name' | 'size_eur' | 'instruments' | 'target_sectors' | 'manager' | 'url' | 'source_id'
>;

export interface RegionClusters {
  region: string;
  taxonomy: string;
  measure: string;
  compared_with: string[];
  spearheads: SpearheadRow[];
  coverage: {
    covered: { key_area: string; weight: number; spearheads: string[] }[];
    uncovered: string[];
  };
  stars: {
    key_area: string;
    name_nl: string;
    name_en: string;
    stars: number;
    size: {
      star: boolean;
      value: number | null;
      rank: number | null;
      cutoff_rank: number;
      of: number;
    };
    specialisation: { star: boolean; lq: number | null; min_lq: number };
    focus: {
      star: boolean;
      value: number | null;
      rank: number | null;
      cutoff_rank: number;
      of: number;
    };
  }[];
  funds: FundRow[];
}

/** The regions a region is compared with: those of the same level in the same country. */
export function peerRegions(data: AnalyticsData, matrix: ActivityMatrix, region: string): string[] {
  const info = data.regions.get(region);
  if (!info) return [];
  return matrix.regions.filter((r) => {
    const other = data.regions.get(r);
    return (
      other !== undefined &&
      other.level === info.level &&
      other.country_code === info.country_code &&
      other.kind === info.kind
    );
  });
}

/** The stars of each group of peers, per matrix: every region of a group asks for the same. */
const starsOf = new WeakMap<ActivityMatrix, Map<string, readonly ClusterStars[]>>();

/** The cluster stars of `peers` compared with each other, LQ against `country` (cached). */
function peerStars(
  matrix: ActivityMatrix,
  country: string,
  peers: readonly string[],
): readonly ClusterStars[] {
  let byPeers = starsOf.get(matrix);
  if (!byPeers) starsOf.set(matrix, (byPeers = new Map()));
  const key = `${country}\u0000${peers.join('\u0000')}`;
  let stars = byPeers.get(key);
  if (!stars) {
    stars = activityMatrixClusterStars(matrix, { reference: { region: country }, regions: peers });
    byPeers.set(key, stars);
  }
  return stars;
}

/**
 * Topic 3 for a region: its spearheads with their key-area coverage, cluster strength stars per
 * key area (compared with the regions of the same level in the same country, LQ against the
 * country), and its investment funds.
 */
export function regionClusters(
  data: AnalyticsData,
  matrix: ActivityMatrix,
  region: string,
  spearheads: readonly SpearheadRow[],
  funds: readonly FundRow[],
  options: { taxonomy: string; measure: string; columns: KeyAreaColumns },
): RegionClusters {
  const keyAreas = data.keyAreas.filter((k) => k.taxonomy_id === options.taxonomy);
  const peers = peerRegions(data, matrix, region);
  const country = data.regions.get(region)?.country_code ?? region.slice(0, 2);
  const stars =
    peers.includes(region) && matrix.regionIndex.has(country)
      ? peerStars(matrix, country, peers).filter((s) => s.region === region)
      : [];
  const coverage = regionSpearheadCoverage(
    region,
    spearheads.map((s) => ({
      id: s.id,
      region,
      keyAreas: s.key_areas
        .filter((k) => keyAreas.some((a) => a.id === k.key_area))
        .map((k) => ({ keyArea: k.key_area, weight: k.weight })),
    })),
    keyAreas.map((k) => k.id),
  );
  return {
    region,
    taxonomy: options.taxonomy,
    measure: options.measure,
    compared_with: peers,
    spearheads: [...spearheads],
    coverage: {
      covered: coverage.covered.map((c) => ({
        key_area: c.keyArea,
        weight: c.weight,
        spearheads: c.spearheads.map((s) => s.id),
      })),
      uncovered: [...coverage.uncovered],
    },
    stars: stars.map((s) => {
      // Stars are per measured column: key areas measured together carry all their names.
      const k = options.columns.columns.find((a) => a.key_area === s.keyArea);
      return {
        key_area: s.keyArea,
        name_nl: k?.name_nl ?? s.keyArea,
        name_en: k?.name_en ?? s.keyArea,
        stars: s.stars,
        size: {
          star: s.size.star,
          value: s.size.value,
          rank: s.size.rank,
          cutoff_rank: s.size.cutoffRank,
          of: s.size.of,
        },
        specialisation: {
          star: s.specialisation.star,
          lq: s.specialisation.lq,
          min_lq: s.specialisation.minLq,
        },
        focus: {
          star: s.focus.star,
          value: s.focus.value,
          rank: s.focus.rank,
          cutoff_rank: s.focus.cutoffRank,
          of: s.focus.of,
        },
      };
    }),
    funds: [...funds],
  };
}
