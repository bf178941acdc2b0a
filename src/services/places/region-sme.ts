import { sql } from 'kysely';
import { RegiokrachtError } from '../../domain/errors.js';
import type { Store } from '../../storage/store.js';
import { importsFingerprint, ProvenanceCache } from '../sources/provenance-cache.js';
import { sourceReference, type SourceReference } from '../sources/source-reference.js';
import type { RegionName } from './place-search.js';

/** A registered SME contact point serving the region or a region above it. */
export interface SmeContactPoint {
  id: string;
  name: string;
  organisation: { id: string; name: string } | null;
  channels: string | null;
  url: string | null;
  smes_served_per_year: number | null;
  smes_served_year: number | null;
  regions: RegionName[];
  source_id: string | null;
}

/** A cluster or spearhead in, above or below the region. */
export interface SmeCluster {
  id: string;
  region: string;
  name_nl: string;
  name_en: string;
  description: string | null;
  members: number;
  key_areas: { id: string; name_nl: string; name_en: string; weight: number }[];
}

/** An organisation located in the region (or below it). */
export interface SmeOrganisation {
  id: string;
  name: string;
  helix_role: string;
  is_sme: boolean | null;
  city: string | null;
  region: string | null;
  projects: number;
}

/** A regional investment fund in the region or above it. */
export interface SmeFund {
  id: string;
  region: string;
  name: string;
  size_eur: number | null;
  instruments: string | null;
  target_sectors: string | null;
  manager: string | null;
  url: string | null;
}

/** What an entrepreneur needs for a region: contact points, clusters, organisations, funds. */
export interface RegionSme {
  region: RegionName & { level: number };
  /** The region and the regions above it, nearest first. */
  chain: RegionName[];
  contact_points: SmeContactPoint[];
  clusters: SmeCluster[];
  organisations: SmeOrganisation[];
  funds: SmeFund[];
  source: SourceReference;
}

/**
 * The SME view of a region. Contact points and funds count when registered for the region or a
 * region above it; clusters also when registered below it; organisations are those located in the
 * region or below it, SMEs first, then by number of projects. Nothing is invented: an empty list
 * means none is registered. The answer is kept until an import or an edit of the regions' registers
 * changes its inputs (organisations are written by imports).
 */
export function regionSme(store: Store, code: string, organisationLimit = 12): Promise<RegionSme> {
  return smeCache.get(store, `${code.toUpperCase()}|${organisationLimit}`, () =>
    computeRegionSme(store, code, organisationLimit),
  );
}

/**
 * What the SME view reads that is not only written by imports: the registers regions keep
 * themselves (contact points and the regions they serve, clusters with members and key areas, funds).
 * Edited rows carry a version that goes up with each change.
 */
async function smeFingerprint(store: Store): Promise<string> {
  const count = (table: 'contact_point_regions' | 'cluster_members' | 'cluster_key_areas') =>
    store.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
      .then((r) => String(Number(r.n)));
  const versions = (table: 'contact_points' | 'clusters' | 'funds') =>
    store.db
      .selectFrom(table)
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('version').as('v')])
      .executeTakeFirstOrThrow()
      .then((r) => `${Number(r.n)}:${Number(r.v ?? 0)}`);
  const parts = await Promise.all([
    importsFingerprint(store),
    versions('contact_points'),
    count('contact_point_regions'),
    versions('clusters'),
    count('cluster_members'),
    count('cluster_key_areas'),
    versions('funds'),
  ]);
  return parts.join('|');
}

const smeCache = new ProvenanceCache<RegionSme>(smeFingerprint);

async function computeRegionSme(
  store: Store,
  code: string,
  organisationLimit: number,
): Promise<RegionSme> {
  const chain = await regionChain(store, code.toUpperCase());
  const region = chain[0];
  if (!region) {
    throw new RegiokrachtError(
      'NOT_FOUND',
      `no region with code ${code}; use a NUTS 2021 code such as NL213`,
    );
  }
  const chainCodes = chain.map((r) => r.code);
  // The region and every region below it (codes, not a LIKE on the code, so the indexes are used).
  const area = [region.code, ...(await regionDescendants(store, region.code))];
  const clusterRegions = [...new Set([...chainCodes, ...area])];

  const [points, pointRegions, clusters, clusterAreas, members, organisations, funds] =
    await Promise.all([
      store.db
        .selectFrom('contact_points as c')
        .leftJoin('actors as a', 'a.id', 'c.actor_id')
        .select([
          'c.id',
          'c.name',
          'c.actor_id',
          'a.name as actor_name',
          'c.channels',
          'c.url',
          'c.smes_served_per_year',
          'c.smes_served_year',
          'c.source_id',
        ])
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('contact_point_regions as cr')
              .select('cr.contact_point_id')
              .whereRef('cr.contact_point_id', '=', 'c.id')
              .where('cr.region_code', 'in', chainCodes),
          ),
        )
        .orderBy('c.name')
        .execute(),
      store.db
        .selectFrom('contact_point_regions as cr')
        .innerJoin('regions as r', 'r.code', 'cr.region_code')
        .select(['cr.contact_point_id', 'r.code', 'r.name_nl', 'r.name_en'])
        .orderBy('r.code')
        .execute(),
      store.db
        .selectFrom('clusters')
        .select(['id', 'region_code', 'name_nl', 'name_en', 'description', 'source_id'])
        .where('region_code', 'in', clusterRegions)
        .orderBy('region_code')
        .orderBy('id')
        .execute(),
      store.db
        .selectFrom('cluster_key_areas as ck')
        .innerJoin('clusters as cl', 'cl.id', 'ck.cluster_id')
        .innerJoin('key_areas as k', 'k.id', 'ck.key_area_id')
        .select(['ck.cluster_id', 'k.id', 'k.name_nl', 'k.name_en', 'ck.weight', 'k.taxonomy_id'])
        .where('cl.region_code', 'in', clusterRegions)
        .orderBy('k.taxonomy_id', 'desc')
        .orderBy('k.position')
        .execute(),
      store.db
        .selectFrom('cluster_members as m')
        .innerJoin('clusters as cl', 'cl.id', 'm.cluster_id')
        .select(['m.cluster_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('cl.region_code', 'in', clusterRegions)
        .groupBy('m.cluster_id')
        .execute(),
      store.db
        .selectFrom('actors as a')
        .select([
          'a.id',
          'a.name',
          'a.helix_role',
          'a.is_sme',
          'a.city',
          'a.region_code',
          'a.source_id',
          (eb) =>
            eb
              .selectFrom('participations as p')
              .select((pb) => pb.fn.count<number>('p.project_id').distinct().as('n'))
              .whereRef('p.actor_id', '=', 'a.id')
              .as('projects'),
        ])
        .where('a.region_code', 'in', area)
        .orderBy(sql`case when a.is_sme = 1 then 0 else 1 end`)
        .orderBy(sql`projects`, 'desc')
        .orderBy('a.name')
        .limit(organisationLimit)
        .execute(),
      store.db
        .selectFrom('funds')
        .select([
          'id',
          'region_code',
          'name',
          'size_eur',
          'instruments',
          'target_sectors',
          'manager',
          'url',
          'source_id',
        ])
        .where('region_code', 'in', chainCodes)
        .orderBy('name')
        .execute(),
    ]);

  const source = await sourceReference(
    store,
    {
      datasets: [
        ...points.map((p) => p.source_id),
        ...clusters.map((c) => c.source_id),
        ...funds.map((f) => f.source_id),
        ...organisations.map((o) => o.source_id),
      ],
      imports: [],
    },
    'contact points and funds registered for the region or a region above it; clusters in, above or below it; organisations located in it',
  );
  const memberCount = new Map(members.map((m) => [m.cluster_id, Number(m.n)]));
  const num = (v: number | null) => (v === null ? null : Number(v));
  return {
    region: {
      code: region.code,
      name_nl: region.name_nl,
      name_en: region.name_en,
      level: region.level,
    },
    chain: chain.map(({ code: c, name_nl, name_en }) => ({ code: c, name_nl, name_en })),
    contact_points: points.map((p) => ({
      id: p.id,
      name: p.name,
      organisation: p.actor_id && p.actor_name ? { id: p.actor_id, name: p.actor_name } : null,
      channels: p.channels,
      url: p.url,
      smes_served_per_year: num(p.smes_served_per_year),
      smes_served_year: num(p.smes_served_year),
      regions: pointRegions
        .filter((r) => r.contact_point_id === p.id)
        .map(({ code: c, name_nl, name_en }) => ({ code: c, name_nl, name_en })),
      source_id: p.source_id,
    })),
    clusters: clusters.map((c) => ({
      id: c.id,
      region: c.region_code,
      name_nl: c.name_nl,
      name_en: c.name_en,
      description: c.description,
      members: memberCount.get(c.id) ?? 0,
      key_areas: clusterAreas
        .filter((k) => k.cluster_id === c.id)
        .map((k) => ({
          id: k.id,
          name_nl: k.name_nl,
          name_en: k.name_en,
          weight: Number(k.weight),
        })),
    })),
    organisations: organisations.map((o) => ({
      id: o.id,
      name: o.name,
      helix_role: o.helix_role,
      is_sme: o.is_sme === null ? null : Number(o.is_sme) === 1,
      city: o.city,
      region: o.region_code,
      projects: Number(o.projects ?? 0),
    })),
    funds: funds.map(({ source_id: _source, region_code, ...f }) => ({
      ...f,
      region: region_code,
      size_eur: num(f.size_eur),
    })),
    source,
  };
}

/** The codes of every region below a region (children, their children, ...). */
async function regionDescendants(store: Store, code: string): Promise<string[]> {
  const found: string[] = [];
  let parents = [code];
  for (let depth = 0; depth < 4 && parents.length > 0; depth++) {
    const rows = await store.db
      .selectFrom('regions')
      .select('code')
      .where('parent_code', 'in', parents)
      .execute();
    parents = rows.map((r) => r.code);
    found.push(...parents);
  }
  return found;
}

interface ChainRegion extends RegionName {
  level: number;
}

/** The region and its ancestors, nearest first; empty when the region does not exist. */
async function regionChain(store: Store, code: string): Promise<ChainRegion[]> {
  const chain: ChainRegion[] = [];
  let next: string | null = code;
  while (next && chain.length < 6) {
    const row = await store.db
      .selectFrom('regions')
      .select(['code', 'name_nl', 'name_en', 'level', 'parent_code'])
      .where('code', '=', next)
      .executeTakeFirst();
    if (!row) break;
    chain.push({
      code: row.code,
      name_nl: row.name_nl,
      name_en: row.name_en,
      level: Number(row.level),
    });
    next = row.parent_code;
  }
  return chain;
}
