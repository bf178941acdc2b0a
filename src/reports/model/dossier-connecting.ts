import { regionGoodPracticeRecommendations } from '../../core/connect/region-good-practices.js';
import type { CriterionScore } from '../../core/connect/region-weakest-criteria.js';
import type {
  Bilingual,
  DossierInputs,
  DossierPracticeInput,
} from '../../services/dossier/dossier-inputs.js';
import { bilingual } from './bilingual.js';
import { dossierLinks, type DossierLinks } from './dossier-links.js';
import type { KeyAreaNames } from './key-area-names.js';

/** Why a good practice is in the dossier. */
export interface DossierPracticeReason {
  /** 'gap': the practice's region does better in a key area where this region's LQ < 1;
   * 'specialised': this region is specialised in a key area the practice addresses;
   * 'transfer': another region already took the practice over. */
  readonly kind: 'gap' | 'specialised' | 'transfer';
  readonly key_area?: { readonly id: string; readonly name: Bilingual };
  readonly region_lq?: number;
  readonly practice_region_lq?: number | null;
  readonly transfer?: DossierPracticeInput['transfers'][number];
}

/** A good practice in the dossier, with the reasons it was chosen. */
export interface DossierPractice {
  readonly id: string;
  readonly title: string;
  readonly region: { readonly code: string; readonly name: Bilingual };
  readonly topic: number;
  readonly description: string;
  readonly evidence: string | null;
  readonly transfer_potential: string | null;
  readonly contact: string | null;
  readonly source_url: string | null;
  /** The language its texts are written in ('nl' or 'en'). */
  readonly language: string;
  readonly key_areas: readonly Bilingual[];
  /** How it was chosen: ranked by the core's recommendation, or matched on a gap key area alone. */
  readonly method: 'recommendation' | 'gap-key-area' | 'own';
  readonly reasons: readonly DossierPracticeReason[];
}

/** Connecting regions: good practices, similar regions, partners and links. */
export interface DossierConnecting {
  readonly gap_key_areas: readonly {
    readonly id: string;
    readonly name: Bilingual;
    readonly lq: number;
  }[];
  readonly practices_for_gaps: readonly DossierPractice[];
  readonly own_practices: readonly DossierPractice[];
  readonly similar_regions: readonly {
    readonly code: string;
    readonly name: Bilingual;
    readonly similarity: number;
    readonly they_lead: readonly Bilingual[];
    readonly we_lead: readonly Bilingual[];
    readonly explanation: Bilingual;
  }[];
  readonly partners: readonly {
    readonly id: string;
    /** Null when the source gives the organisation no name. */
    readonly name: string | null;
    readonly region: { readonly code: string; readonly name: Bilingual };
    readonly role: string;
    readonly shared_key_areas: readonly Bilingual[];
    readonly reason: Bilingual;
  }[];
  /** Links with other regions and countries: flow map, strongest partners, missing links. */
  readonly links: DossierLinks;
}

/** How many of each list the dossier shows. */
export interface DossierConnectingCounts {
  readonly practices: number;
  readonly similarRegions: number;
  readonly partners: number;
  readonly linkPartners: number;
}

/**
 * Good practices for the region's gaps are ranked with `regionGoodPracticeRecommendations` on
 * key-area location quotients (the region's key areas with LQ < 1, weakest first, against the
 * practice region's LQ there); practices whose region's LQ is unknown but that address a gap key
 * area follow, with that gap as the reason. The region's own practices come with the key areas
 * it is specialised in and the regions that took them over.
 */
export function dossierConnecting(
  inputs: DossierInputs,
  keyAreas: KeyAreaNames,
  o: DossierConnectingCounts,
): DossierConnecting {
  const keyAreaName = (id: string) => keyAreas.name(id);
  const region = inputs.region.code;
  const own = (code: string) => code.startsWith(region);
  const lqs = new Map(inputs.keyAreas.areas.map((a) => [a.key_area, a.lq]));
  // A practice's key area counts for the row it is measured in, named after all its members.
  const columnOf = new Map(
    inputs.keyAreas.areas.flatMap((a) => a.members.map((m) => [m.key_area, a.key_area] as const)),
  );
  const measuredNames = new Map(
    inputs.keyAreas.areas.map((a) => [a.key_area, bilingual(a.name_nl, a.name_en)] as const),
  );
  const measuredName = (id: string) => measuredNames.get(id) ?? keyAreaName(id);
  const gaps = inputs.keyAreas.areas
    .filter((a): a is typeof a & { lq: number } => a.lq !== null && a.lq < 1)
    .sort((a, b) => a.lq - b.lq || a.key_area.localeCompare(b.key_area))
    .map((a) => ({ id: a.key_area, name: measuredName(a.key_area), lq: a.lq }));
  const byId = new Map(inputs.practices.map((p) => [p.id, p]));
  const others = inputs.practices.filter((p) => !own(p.region_code));

  const scores: CriterionScore[] = [];
  for (const [k, lq] of lqs)
    if (lq !== null) scores.push({ kind: 'key-area', id: k, region, score: lq });
  for (const [code, map] of inputs.practiceRegionLqs) {
    if (own(code)) continue;
    for (const [k, lq] of map)
      if (lq !== null) scores.push({ kind: 'key-area', id: k, region: code, score: lq });
  }
  const recommended = gaps.length
    ? regionGoodPracticeRecommendations(
        region,
        scores,
        others.map((p) => ({
          id: p.id,
          region: p.region_code,
          keyAreas: p.key_areas.map((k) => columnOf.get(k) ?? k),
        })),
        { weakest: gaps.map((g) => ({ kind: 'key-area' as const, id: g.id })) },
      )
    : [];
  const practice = (
    p: DossierPracticeInput,
    method: DossierPractice['method'],
    reasons: DossierPracticeReason[],
  ): DossierPractice => ({
    id: p.id,
    title: p.title,
    region: { code: p.region_code, name: bilingual(p.region_name_nl, p.region_name_en) },
    topic: p.topic,
    description: p.description,
    evidence: p.evidence,
    transfer_potential: p.transfer_potential,
    contact: p.contact,
    source_url: p.source_url,
    language: p.language,
    key_areas: p.key_areas.map(keyAreaName),
    method,
    reasons,
  });
  const forGaps: DossierPractice[] = recommended.map((r) => {
    const p = byId.get(r.practice.id)!;
    return practice(
      p,
      'recommendation',
      r.reasons.map((reason) => ({
        kind: 'gap',
        key_area: { id: reason.id, name: measuredName(reason.id) },
        region_lq: reason.regionScore,
        practice_region_lq: reason.practiceRegionScore,
      })),
    );
  });
  // Practices addressing a gap key area where their region's LQ is not known follow, with that gap.
  const chosen = new Set(forGaps.map((p) => p.id));
  for (const p of others) {
    if (chosen.has(p.id)) continue;
    const regionLqs = inputs.practiceRegionLqs.get(p.region_code);
    const unknown = gaps.filter(
      (g) => p.key_areas.includes(g.id) && (regionLqs?.get(g.id) ?? null) === null,
    );
    if (unknown.length === 0) continue;
    forGaps.push(
      practice(
        p,
        'gap-key-area',
        unknown.map((g) => ({
          kind: 'gap',
          key_area: { id: g.id, name: g.name },
          region_lq: g.lq,
          practice_region_lq: null,
        })),
      ),
    );
  }

  const ownPractices = inputs.practices
    .filter((p) => own(p.region_code))
    .map((p) => {
      const reasons: DossierPracticeReason[] = [
        ...[...new Set(p.key_areas.map((k) => columnOf.get(k) ?? k))]
          .filter((k) => (lqs.get(k) ?? 0) >= 1)
          .map((k) => ({
            kind: 'specialised' as const,
            key_area: { id: k, name: measuredName(k) },
            region_lq: lqs.get(k)!,
          })),
        ...p.transfers.map((t) => ({ kind: 'transfer' as const, transfer: t })),
      ];
      return practice(p, 'own', reasons);
    })
    .sort(
      (a, b) =>
        b.reasons.length - a.reasons.length ||
        Number(b.evidence !== null) - Number(a.evidence !== null) ||
        a.title.localeCompare(b.title),
    );

  return {
    gap_key_areas: gaps,
    practices_for_gaps: forGaps.slice(0, o.practices),
    own_practices: ownPractices.slice(0, o.practices),
    similar_regions: inputs.similar.regions.slice(0, o.similarRegions).map((s) => ({
      code: s.region,
      name: bilingual(s.name_nl, s.name_en),
      similarity: s.similarity,
      they_lead: s.they_lead.map(keyAreaName),
      we_lead: s.we_lead.map(keyAreaName),
      explanation: bilingual(s.explanation_nl, s.explanation_en),
    })),
    partners: inputs.partners.organisations.slice(0, o.partners).map((p) => ({
      id: p.id,
      name: p.name,
      region: { code: p.region, name: bilingual(p.region_name_nl, p.region_name_en) },
      role: p.helix_role,
      shared_key_areas: p.shared_key_areas.map(keyAreaName),
      reason: bilingual(p.reason_nl, p.reason_en),
    })),
    links: dossierLinks(inputs, o.linkPartners),
  };
}
