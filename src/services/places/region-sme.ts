import { sql } from 'kysely';
import { RegiokrachtError } from '../../domain/errors.js';
import type { Store } from '../../storage/store.js';
import { importsFingerprint, ProvenanceCache } from '../sources/provenance-cache.js';
import { sourceReference } from '../sources/source-reference.js';
import { regionSmeMethod } from '../sources/source-methods.js';
import { readContactPoints, type ContactPointRecord } from '../sme/contact-point-records.js';
import { readFunds } from '../sme/fund-records.js';
import type { SmeContentStatus } from '../sme/sme-field-check.js';
import { contactPointsServing, fundsServing } from '../sme/sme-served-areas.js';
import { regionClusterKeyAreas } from '../clusters/cluster-records.js';
import type { RegionName } from '../../http/schemas/common.js';
import type { RegionSme } from '../../http/schemas/places.js';

/**
 * The SME view of a region. Contact points and funds count when registered for the region or a
 * region above it; clusters also when registered below it; organisations are those located in the
 * region or below it, SMEs first, then by number of projects. Nothing is invented: an empty list
 * means none is registered. The answer is kept until an import or an edit of the regions' registers
 * changes its inputs (organisations are written by imports).
 */
export function regionSme(
  store: Store,
  code: string,
  organisationLimit = 12,
  municipality?: string,
): Promise<RegionSme> {
  const near = municipality?.toUpperCase();
  return smeCache.get(store, `${code.toUpperCase()}|${organisationLimit}|${near ?? ''}`, () =>
    computeRegionSme(store, code, organisationLimit, near),
  );
}

/**
 * What the SME view reads that is not only written by imports: the registers regions keep
 * themselves (contact points and the regions they serve, clusters with members and key areas, funds).
 * Edited rows carry a version that goes up with each change.
 */
async function smeFingerprint(store: Store): Promise<string> {
  const count = (
    table:
      | 'contact_point_regions'
      | 'contact_point_municipalities'
      | 'fund_regions'
      | 'cluster_members'
      | 'cluster_key_areas',
  ) =>
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
    count('contact_point_municipalities'),
    count('fund_regions'),
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
  municipality: string | undefined,
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

  const [served, clusters, clusterAreas, members, organisations, funds] = await Promise.all([
    contactPointsServing(store.db, { regions: chainCodes, nuts3: area })
      .select(['c.id', 'c.source_id'])
      .where('c.status', '=', 'published')
      .execute(),
    store.db
      .selectFrom('clusters')
      .select(['id', 'region_code', 'name_nl', 'name_en', 'description', 'source_id'])
      .where('region_code', 'in', clusterRegions)
      .orderBy('region_code')
      .orderBy('id')
      .execute(),
    regionClusterKeyAreas(store.db, clusterRegions, 'desc'),
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
    fundsServing(store.db, chainCodes)
      .select(['f.id', 'f.source_id'])
      .where('f.status', '=', 'published')
      .execute(),
  ]);

  const points = served.map((p) => p.id);
  const [pointRecords, fundRecords] = await Promise.all([
    readContactPoints(store.db, points),
    readFunds(
      store.db,
      funds.map((f) => f.id),
    ),
  ]);
  const chainIndex = new Map(chainCodes.map((c, i) => [c, i]));
  const nearnessOf = (p: ContactPointRecord): number =>
    Math.min(
      ...p.municipalities.map((m) =>
        m.code === municipality ? 0 : m.nuts3 && area.includes(m.nuts3) ? 3 : 99,
      ),
      ...p.regions.map((r) => {
        const i = chainIndex.get(r.code);
        return i === undefined ? 99 : 2 + 2 * i;
      }),
    );
  const source = await sourceReference(
    store,
    {
      datasets: [
        ...served.map((p) => p.source_id),
        ...clusters.map((c) => c.source_id),
        ...funds.map((f) => f.source_id),
        ...organisations.map((o) => o.source_id),
      ],
      imports: [],
    },
    regionSmeMethod(),
  );
  const memberCount = new Map(members.map((m) => [m.cluster_id, Number(m.n)]));
  return {
    region: {
      code: region.code,
      name_nl: region.name_nl,
      name_en: region.name_en,
      level: region.level,
    },
    chain: chain.map(({ code: c, name_nl, name_en }) => ({ code: c, name_nl, name_en })),
    contact_points: pointRecords
      .map((p) => ({ ...p, status: published(p.status), nearness: nearnessOf(p) }))
      .sort((a, b) => a.nearness - b.nearness || a.name.localeCompare(b.name)),
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
    funds: fundRecords
      .map((f) => ({ ...f, status: published(f.status) }))
      .sort((a, b) => a.name.localeCompare(b.name)),
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

/** The status of a contact point or fund as read: only the SME services write it, from the list. */
function published(status: string): SmeContentStatus {
  return status as SmeContentStatus;
}
