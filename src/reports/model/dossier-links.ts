import type { Bilingual, DossierInputs } from '../../services/dossier/dossier-inputs.js';

/** A partner of the region in the dossier: a region of the same level and country, or a country. */
export interface DossierLinkPartner {
  readonly code: string;
  readonly kind: 'region' | 'country';
  readonly name: Bilingual;
  readonly shared_projects: number;
  readonly organisation_pairs: number;
  /** Salton index of the link. */
  readonly strength: number;
  /** Longitude and latitude of a partner region's centroid; null for a country or without boundary. */
  readonly centroid: readonly [number, number] | null;
}

/** The dossier's part on the region's links: the flow map, the strongest partners, missing links. */
export interface DossierLinks {
  readonly available: boolean;
  readonly level: number;
  /** Null, as `linked_projects`, when the region is not measured or no organisation is placed in it. */
  readonly projects: number | null;
  readonly linked_projects: number | null;
  readonly centroid: readonly [number, number] | null;
  /** Every partner region, for the flow map (strongest first). */
  readonly regions: readonly DossierLinkPartner[];
  /** The strongest partners, regions and countries together, for the table. */
  readonly top: readonly DossierLinkPartner[];
  readonly missing: readonly {
    readonly code: string;
    readonly name: Bilingual;
    readonly kind: 'similar' | 'complementary';
    readonly explanation: Bilingual;
  }[];
}

/** The links part of the dossier model from its inputs; `top` partners go in the table. */
export function dossierLinks(inputs: DossierInputs, top: number): DossierLinks {
  const l = inputs.links;
  const partner = (p: (typeof l.partners)[number]): DossierLinkPartner => ({
    code: p.code,
    kind: p.kind,
    name: { nl: p.name_nl, en: p.name_en },
    shared_projects: p.shared_projects,
    organisation_pairs: p.organisation_pairs,
    strength: p.strength,
    centroid: p.centroid ? [p.centroid[0], p.centroid[1]] : null,
  });
  return {
    available: l.available,
    level: l.level,
    projects: l.projects,
    linked_projects: l.linked_projects,
    centroid: l.centroid ? [l.centroid[0], l.centroid[1]] : null,
    regions: l.partners.filter((p) => p.kind === 'region').map(partner),
    top: l.partners.slice(0, top).map(partner),
    missing: inputs.missingLinks.links.map((m) => ({
      code: m.region,
      name: { nl: m.name_nl, en: m.name_en },
      kind: m.kind,
      explanation: { nl: m.explanation_nl, en: m.explanation_en },
    })),
  };
}
