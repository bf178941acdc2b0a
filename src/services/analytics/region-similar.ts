import { regionComplementarity } from '../../core/connect/region-complementarity.js';
import { regionSimilarRegions } from '../../core/connect/region-similar-regions.js';
import type { ActivityMatrix } from '../../core/keyareas/activity-matrix.js';
import { activityMatrixLocationQuotients } from '../../core/keyareas/region-location-quotient.js';
import type { AnalyticsData } from './analytics-data.js';
import type { KeyAreaColumns } from './key-area-columns.js';
import { peerRegions } from './region-clusters.js';

export interface SimilarRegionRow {
  region: string;
  name_nl: string;
  name_en: string;
  similarity: number;
  /** Key areas where the other region is specialised (LQ >= 1) and this one is not: what it can learn. */
  they_lead: string[];
  /** Key areas where this region is specialised and the other is not: what it can offer. */
  we_lead: string[];
  explanation_en: string;
  explanation_nl: string;
}

export interface RegionSimilar {
  region: string;
  taxonomy: string;
  measure: string;
  reference: string;
  regions: SimilarRegionRow[];
}

/**
 * Similar and complementary regions: cosine similarity of key-area LQ profiles among the regions
 * of the same level in the same country (LQ against the country), with the key areas where each
 * is specialised and the other is not, explained in words.
 */
export function regionSimilar(
  data: AnalyticsData,
  matrix: ActivityMatrix,
  region: string,
  options: { taxonomy: string; measure: string; limit?: number; columns: KeyAreaColumns },
): RegionSimilar {
  const country = data.regions.get(region)?.country_code ?? region.slice(0, 2);
  const peers = peerRegions(data, matrix, region);
  const name = (id: string, lang: 'nl' | 'en') => {
    // The matrix's columns: a key area, or key areas measured together (named after all of them).
    const k = options.columns.columns.find((a) => a.key_area === id);
    return (lang === 'nl' ? k?.name_nl : k?.name_en) ?? id;
  };
  const regionName = (code: string, lang: 'nl' | 'en') => {
    const r = data.regions.get(code);
    return (lang === 'nl' ? r?.name_nl : r?.name_en) ?? code;
  };
  if (!peers.includes(region) || !matrix.regionIndex.has(country)) {
    return {
      region,
      taxonomy: options.taxonomy,
      measure: options.measure,
      reference: country,
      regions: [],
    };
  }
  const lqs = activityMatrixLocationQuotients(matrix, { region: country });
  const similar = regionSimilarRegions(lqs, region, {
    regions: peers,
    limit: options.limit ?? peers.length,
  });
  return {
    region,
    taxonomy: options.taxonomy,
    measure: options.measure,
    reference: country,
    regions: similar.map((s) => {
      const c = regionComplementarity(lqs, region, s.region);
      const theyLead = c.bOnly.map((k) => k.keyArea);
      const weLead = c.aOnly.map((k) => k.keyArea);
      const list = (ids: string[], lang: 'nl' | 'en') => ids.map((id) => name(id, lang)).join(', ');
      return {
        region: s.region,
        name_nl: regionName(s.region, 'nl'),
        name_en: regionName(s.region, 'en'),
        similarity: s.similarity,
        they_lead: theyLead,
        we_lead: weLead,
        explanation_en:
          `Key-area profile ${Math.round(s.similarity * 100)}% alike (cosine of location quotients).` +
          (theyLead.length
            ? ` ${regionName(s.region, 'en')} is specialised where ${regionName(region, 'en')} is not: ${list(theyLead, 'en')}.`
            : '') +
          (weLead.length ? ` ${regionName(region, 'en')} can offer: ${list(weLead, 'en')}.` : ''),
        explanation_nl:
          `Sleutelgebiedenprofiel ${Math.round(s.similarity * 100)}% gelijk (cosinus van de locatiequotiënten).` +
          (theyLead.length
            ? ` ${regionName(s.region, 'nl')} is gespecialiseerd waar ${regionName(region, 'nl')} dat niet is: ${list(theyLead, 'nl')}.`
            : '') +
          (weLead.length
            ? ` ${regionName(region, 'nl')} heeft te bieden: ${list(weLead, 'nl')}.`
            : ''),
      };
    }),
  };
}
