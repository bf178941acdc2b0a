import { lqVectorCosine } from '../../core/connect/lq-vector-cosine.js';
import type { ActivityMatrix } from '../../core/keyareas/activity-matrix.js';
import { activityMatrixLocationQuotients } from '../../core/keyareas/region-location-quotient.js';
import { regionLinkStrength } from '../../core/links/region-link-strength.js';
import {
  regionMissingLinks,
  strengthMedian,
  type MissingLink,
  type MissingLinkCandidate,
} from '../../core/links/region-missing-links.js';
import type { AnalyticsData } from './analytics-data.js';
import type { KeyAreaColumns } from './key-area-columns.js';
import type { LinkNetwork } from './link-network.js';
import { peerRegions } from './region-clusters.js';

/** A region's peers with their LQ profiles and link strengths, and the weak-link threshold. */
export interface PeerLinks {
  readonly peers: readonly string[];
  readonly lqsOf: (region: string) => ReadonlyMap<string, number | null>;
  /** Salton strength and shared projects of two peers (0 when they share nothing). */
  readonly link: (a: string, b: string) => { shared: number; strength: number };
  /** Median strength of the pairs of peers that share a project: below it a link is weak. */
  readonly weakBelow: number;
}

/** The peers of `region` (same level and country) in the key-area matrix and the link network. */
export function peerLinks(
  data: AnalyticsData,
  matrix: ActivityMatrix,
  network: LinkNetwork,
  region: string,
): PeerLinks {
  const country = data.regions.get(region)?.country_code ?? region.slice(0, 2);
  const peers = peerRegions(data, matrix, region).filter((r) => network.nodeIndex.has(r));
  const lqs = matrix.regionIndex.has(country)
    ? activityMatrixLocationQuotients(matrix, { region: country })
    : null;
  const lqsOf = (r: string) => {
    const i = lqs?.regions.indexOf(r) ?? -1;
    return new Map(lqs?.keyAreas.map((k, j) => [k, lqs.cells[i]?.[j]?.value ?? null]) ?? []);
  };
  const n = network.matrix.nodeCount;
  const link = (a: string, b: string) => {
    const i = network.nodeIndex.get(a)!;
    const j = network.nodeIndex.get(b)!;
    const shared = network.matrix.pairs.get(i < j ? i * n + j : j * n + i)?.sharedProjects ?? 0;
    const p = network.matrix.nodeProjects;
    return { shared, strength: regionLinkStrength(shared, p[i]!, p[j]!).value ?? 0 };
  };
  const strengths: number[] = [];
  for (let a = 0; a < peers.length; a++)
    for (let b = a + 1; b < peers.length; b++) {
      // Most pairs of small regions share nothing: the median of those that do is a typical link.
      const { shared, strength } = link(peers[a]!, peers[b]!);
      if (shared > 0) strengths.push(strength);
    }
  return { peers, lqsOf, link, weakBelow: strengthMedian(strengths) };
}

/** The missing links of `region` among its peers, ranked (see regionMissingLinks). */
export function missingLinksOf(context: PeerLinks, region: string): MissingLink[] {
  if (!context.peers.includes(region)) return [];
  const own = context.lqsOf(region);
  const ownVector = [...own.values()];
  const candidates: MissingLinkCandidate[] = context.peers
    .filter((p) => p !== region)
    .map((p) => {
      const lqs = context.lqsOf(p);
      const { shared, strength } = context.link(region, p);
      return {
        region: p,
        similarity: lqVectorCosine(ownVector, [...lqs.values()]).value,
        sharedProjects: shared,
        strength,
        lqs,
      };
    });
  return regionMissingLinks(own, candidates, { weakBelow: context.weakBelow });
}

/** Formatters by language and digits: `toLocaleString` with options makes a new one per call. */
const formats = new Map<string, Intl.NumberFormat>();

/** `x` as `toLocaleString` writes it in `lang` (nl-NL, en-GB) with exactly `digits` decimals. */
const fmt = (x: number, lang: 'nl' | 'en', digits = 2) => {
  const key = `${lang}:${digits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formats.set(key, format);
  }
  return format.format(x);
};

/** A missing link in words, in the form "A and B are both specialised in K (LQ a and b) but share only n projects". */
export function missingLinkText(
  data: AnalyticsData,
  columns: KeyAreaColumns,
  region: string,
  link: MissingLink,
  weakBelow: number,
  lang: 'nl' | 'en',
): string {
  const name = (code: string) => {
    const r = data.regions.get(code);
    return (lang === 'nl' ? r?.name_nl : r?.name_en) ?? code;
  };
  const area = (id: string) => {
    const c = columns.columns.find((k) => k.key_area === id);
    return (lang === 'nl' ? c?.name_nl : c?.name_en) ?? id;
  };
  const lq = (x: number | null) => (x === null ? (lang === 'nl' ? 'geen' : 'none') : fmt(x, lang));
  const [a, b] = [name(region), name(link.region)];
  const n = link.sharedProjects;
  const share =
    lang === 'nl'
      ? n === 0
        ? 'delen geen enkel project'
        : `delen maar ${n} ${n === 1 ? 'project' : 'projecten'}`
      : n === 0
        ? 'share no project'
        : `share only ${n} ${n === 1 ? 'project' : 'projects'}`;
  const strength =
    lang === 'nl'
      ? ` (sterkte ${fmt(link.strength, lang, 3)}, onder de mediaan ${fmt(weakBelow, lang, 3)} van de paren regio's van dit niveau die samenwerken)`
      : ` (strength ${fmt(link.strength, lang, 3)}, below the median ${fmt(weakBelow, lang, 3)} of the pairs of regions of this level that work together)`;
  const r = link.reason;
  if (r.kind === 'similar')
    return lang === 'nl'
      ? `${a} en ${b} zijn allebei gespecialiseerd in ${area(r.keyArea)} (LQ ${lq(r.lq)} en ${lq(r.otherLq)}) maar ${share}${strength}.`
      : `${a} and ${b} are both specialised in ${area(r.keyArea)} (LQ ${lq(r.lq)} and ${lq(r.otherLq)}) but ${share}${strength}.`;
  const parts: string[] = [];
  if (r.ours)
    parts.push(
      lang === 'nl'
        ? `${a} is gespecialiseerd in ${area(r.ours.keyArea)} (LQ ${lq(r.ours.lq)}; ${b} ${lq(r.ours.otherLq)})`
        : `${a} is specialised in ${area(r.ours.keyArea)} (LQ ${lq(r.ours.lq)}; ${b} ${lq(r.ours.otherLq)})`,
    );
  if (r.theirs)
    parts.push(
      lang === 'nl'
        ? `${b}${r.ours ? '' : ' is gespecialiseerd'} in ${area(r.theirs.keyArea)} (LQ ${lq(r.theirs.lq)}; ${a} ${lq(r.theirs.otherLq)})`
        : `${b}${r.ours ? '' : ' is specialised'} in ${area(r.theirs.keyArea)} (LQ ${lq(r.theirs.lq)}; ${a} ${lq(r.theirs.otherLq)})`,
    );
  return lang === 'nl'
    ? `${parts.join(' en ')}, waar de ander dat niet is, maar ze ${share}${strength}.`
    : `${parts.join(' and ')}, where the other is not, but they ${share}${strength}.`;
}

/**
 * The connect part of the next-visit score for each of `regions` (all of one level and country):
 * its missing links among its peers, and their summed scores over the peers compared (1 when
 * every peer is a perfectly alike region it shares nothing with).
 */
export function regionsConnect(
  data: AnalyticsData,
  matrix: ActivityMatrix,
  network: LinkNetwork,
  regions: readonly string[],
): Map<string, { value: number; missingLinks: string[]; of: number }> {
  const out = new Map<string, { value: number; missingLinks: string[]; of: number }>();
  const first = regions.find((r) => network.nodeIndex.has(r));
  if (first === undefined) return out;
  const context = peerLinks(data, matrix, network, first);
  for (const region of regions) {
    if (!context.peers.includes(region)) continue;
    const links = missingLinksOf(context, region);
    const of = context.peers.length - 1;
    out.set(region, {
      value: of > 0 ? links.reduce((s, l) => s + l.score, 0) / of : 0,
      missingLinks: links.map((l) => l.region),
      of,
    });
  }
  return out;
}
