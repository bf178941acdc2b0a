import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema.js';
import type { Row, Store } from '../../storage/store.js';
import { placeKey } from '../../domain/place-key.js';
import { PlaceNameIndex, type PlaceCandidate } from './place-name-index.js';

/** Where an organisation was placed and how. */
export interface Placement {
  readonly municipality_code: string | null;
  /** The most precise region known: NUTS3 (or the NUTS region of the file), else the country. */
  readonly region_code: string | null;
  /**
   * 'nuts' (the NUTS code of the organisation file), 'postcode' (GISCO TERCET), 'place' (CBS
   * woonplaats), 'alias' (place alias), 'country' (organisations outside the Netherlands that
   * none of these place: placed in their country), or null: a Dutch organisation that could not
   * be placed (region_code is then 'NL').
   */
  readonly placement: string | null;
  /** Why a Dutch organisation could not be placed. */
  readonly reason?: string;
  /** The woonplaatsen an ambiguous place name may mean. */
  readonly candidates?: readonly PlaceCandidate[];
}

/** The address fields placement reads. */
export interface ActorAddress {
  readonly country_code: string | null;
  readonly city: string | null;
  readonly postcode: string | null;
  /** A NUTS 2021 code the source gives for the organisation (CORDIS `nutsCode`, converted). */
  readonly nuts_code?: string | null;
}

interface Town {
  readonly municipality: string;
  readonly nuts3: string | null;
}

/** What the city of an address says. */
interface NamedTown {
  readonly town?: Town;
  readonly via?: 'alias' | 'place';
  readonly candidates?: readonly PlaceCandidate[];
}

/**
 * Places organisations, in this order:
 *
 * 1. by the **NUTS code** the source gives (CORDIS `nutsCode`, converted to NUTS 2021 by the
 *    importer), for every country; a Dutch organisation also gets the municipality of its city
 *    when that lies inside the region;
 * 2. by the **postcode**, when GISCO TERCET postcodes of its country are loaded: the exact
 *    postcode (`7522NB`, `55774`); for the Netherlands else the PC4 area (`7522`) when all its
 *    loaded postcodes lie in one NUTS3 region; the municipality then comes from the city when it
 *    lies in that region;
 * 3. for a Dutch address, by the **city**, by its place key (`'s-Hertogenbosch` =
 *    `S HERTOGENBOSCH`), first among the place aliases (DEN HAAG, HENGELO OV...), then among the
 *    CBS woonplaatsen (see {@link PlaceNameIndex}: a name that CBS also lists with a province
 *    suffix, or that woonplaatsen in several municipalities share, is ambiguous unless the
 *    municipality of that name decides it; an ambiguous organisation stays at country level with
 *    its candidates);
 * 4. otherwise in its country (placement `country`; a Dutch organisation gets region `NL` and
 *    placement null).
 *
 * @example placer.place({ country_code: 'NL', city: 'DEN HAAG', postcode: null })
 *   // { municipality_code: 'GM0518', region_code: 'NL332', placement: 'alias' }
 */
export class ActorPlacer {
  private constructor(
    private readonly places: PlaceNameIndex,
    private readonly aliases: ReadonlyMap<string, Town>,
    /** `<country>|<postcode>` -> NUTS3. */
    private readonly postcodes: ReadonlyMap<string, string>,
    private readonly pc4: ReadonlyMap<string, string | 'ambiguous'>,
  ) {}

  /** True when there is anything to place Dutch organisations with. */
  get canPlace(): boolean {
    return this.places.size > 0 || this.postcodes.size > 0;
  }

  /** The ambiguous place names (place keys) with their candidates. */
  get ambiguousNames(): [string, readonly PlaceCandidate[]][] {
    return this.places.ambiguous();
  }

  static async load(db: Kysely<Database>): Promise<ActorPlacer> {
    const municipalityRows = await db
      .selectFrom('municipalities')
      .select(['code', 'name', 'corop_code', 'nuts3_code'])
      .execute();
    const municipalities = new Map(municipalityRows.map((m) => [m.code, m]));
    const placeRows = await db
      .selectFrom('places')
      .select(['code', 'name', 'name_key', 'municipality_code'])
      .execute();
    const town = (municipality: string): Town => ({
      municipality,
      nuts3: municipalities.get(municipality)?.nuts3_code ?? null,
    });
    const byCode = new Map<string, Town>();
    for (const p of placeRows) byCode.set(p.code, town(p.municipality_code));
    const places = PlaceNameIndex.build(
      placeRows.map((p) => {
        const m = municipalities.get(p.municipality_code);
        return {
          nameKey: p.name_key,
          candidate: {
            place: p.name,
            municipalityCode: p.municipality_code,
            municipality: m?.name ?? p.municipality_code,
            coropCode: m?.corop_code ?? null,
            nuts3: m?.nuts3_code ?? null,
          },
        };
      }),
    );
    const aliasRows = await db
      .selectFrom('place_aliases')
      .select(['alias_key', 'place_code'])
      .execute();
    const aliases = new Map<string, Town>();
    for (const a of aliasRows) {
      const t = byCode.get(a.place_code);
      if (t) aliases.set(a.alias_key, t);
    }
    const postcodeRows = await db
      .selectFrom('postcodes')
      .select(['country_code', 'postcode', 'nuts3_code'])
      .execute();
    const postcodes = new Map<string, string>();
    const pc4 = new Map<string, string | 'ambiguous'>();
    for (const p of postcodeRows) {
      const code = normalisePostcode(p.postcode);
      postcodes.set(`${p.country_code}|${code}`, p.nuts3_code);
      if (p.country_code !== 'NL') continue;
      const area = code.slice(0, 4);
      const before = pc4.get(area);
      pc4.set(area, before === undefined || before === p.nuts3_code ? p.nuts3_code : 'ambiguous');
    }
    return new ActorPlacer(places, aliases, postcodes, pc4);
  }

  place(actor: ActorAddress): Placement {
    const country = actor.country_code;
    const named = country === 'NL' ? this.named(actor.city) : {};
    const nuts = actor.nuts_code;
    if (nuts && country) {
      return {
        municipality_code: municipalityInside(named, nuts),
        region_code: nuts,
        placement: 'nuts',
      };
    }
    const nuts3 = country ? this.postcodeRegion(country, actor.postcode) : undefined;
    if (nuts3) {
      return {
        municipality_code: municipalityInside(named, nuts3),
        region_code: nuts3,
        placement: 'postcode',
      };
    }
    if (country !== 'NL') {
      return {
        municipality_code: null,
        region_code: country,
        placement: country ? 'country' : null,
      };
    }
    const { town, via, candidates } = named;
    if (town && town.nuts3) {
      return { municipality_code: town.municipality, region_code: town.nuts3, placement: via! };
    }
    const postcode = actor.postcode ? normalisePostcode(actor.postcode) : '';
    const reason =
      !actor.city?.trim() && !postcode
        ? 'no city or postcode'
        : candidates
          ? `"${actor.city}" may be ${candidates.length} woonplaatsen in ${new Set(candidates.map((c) => c.municipalityCode)).size} municipalities; the postcode does not decide it`
          : town
            ? `municipality of "${actor.city}" has no NUTS3 region`
            : `"${actor.city ?? actor.postcode}" is neither a CBS place, an alias nor a loaded postcode`;
    return {
      municipality_code: null,
      region_code: 'NL',
      placement: null,
      reason,
      ...(candidates ? { candidates } : {}),
    };
  }

  /** What a Dutch city name says: an alias, a woonplaats, or the candidates of an ambiguous name. */
  private named(city: string | null): NamedTown {
    const key = city ? placeKey(city) : '';
    if (!key) return {};
    const alias = this.aliases.get(key);
    if (alias) return { town: alias, via: 'alias' };
    const match = this.places.match(key);
    if (!match) return {};
    if (match.kind === 'ambiguous') return { candidates: match.candidates };
    return {
      town: { municipality: match.place.municipalityCode, nuts3: match.place.nuts3 },
      via: 'place',
    };
  }

  /** The NUTS3 region of a loaded postcode (for NL also of a PC4 area inside one region). */
  private postcodeRegion(country: string, postcode: string | null): string | undefined {
    const code = postcode ? normalisePostcode(postcode).replace(/^[A-Z]{1,2}-(?=\d)/, '') : '';
    if (!code) return undefined;
    const exact = this.postcodes.get(`${country}|${code}`);
    if (exact || country !== 'NL') return exact;
    const area = this.pc4.get(code.slice(0, 4));
    return area === 'ambiguous' ? undefined : area;
  }
}

/**
 * The municipality the city names inside `region` (a NUTS code of any level): the town's, or
 * the one candidate of an ambiguous name that lies there.
 */
function municipalityInside(named: NamedTown, region: string): string | null {
  if (named.town) return named.town.nuts3?.startsWith(region) ? named.town.municipality : null;
  const inside = (named.candidates ?? []).filter((c) => c.nuts3?.startsWith(region));
  return new Set(inside.map((c) => c.municipalityCode)).size === 1
    ? inside[0]!.municipalityCode
    : null;
}

/** A postcode as stored: upper case, no spaces (`7522 nb` -> `7522NB`). */
export function normalisePostcode(postcode: string): string {
  return postcode.replace(/\s+/g, '').toUpperCase();
}

/** A Dutch organisation with an address that could not be placed, for the `--report`. */
export interface UnplacedActor {
  readonly id: string;
  readonly name: string;
  readonly city: string | null;
  readonly postcode: string | null;
  readonly reason: string;
  /** For an ambiguous place name: the woonplaatsen it may mean (empty otherwise). */
  readonly candidates: readonly PlaceCandidate[];
}

/** Organisations in the Netherlands: how many have an address, and how many of those are placed. */
export interface PlacementRate {
  readonly withAddress: number;
  readonly placed: number;
  /** placed / withAddress, 0..1. */
  readonly share: number;
}

/**
 * Re-places the organisations placed by their address (every Dutch one, and those elsewhere with
 * a postcode) with the places, aliases and postcodes loaded now; returns the actor rows whose
 * placement changed (full rows, ready for an upsert on `id`). Placements the source gave (a NUTS
 * code: `nuts`; a template's region: `template`) are left as they are.
 */
export async function replacedActorRows(db: Kysely<Database>): Promise<Row[]> {
  const placer = await ActorPlacer.load(db);
  const actors = await db
    .selectFrom('actors')
    .selectAll()
    .where((eb) =>
      eb.and([
        eb.or([eb('country_code', '=', 'NL'), eb('postcode', 'is not', null)]),
        eb.or([eb('placement', 'is', null), eb('placement', 'not in', ['nuts', 'template'])]),
      ]),
    )
    .execute();
  const changed: Row[] = [];
  for (const actor of actors) {
    const p = placer.place(actor);
    if (
      p.municipality_code === actor.municipality_code &&
      p.region_code === actor.region_code &&
      p.placement === actor.placement
    ) {
      continue;
    }
    const { version: _version, ...row } = actor;
    changed.push({
      ...row,
      municipality_code: p.municipality_code,
      region_code: p.region_code,
      placement: p.placement,
    });
  }
  return changed;
}

/**
 * The Dutch organisations with a city or postcode that could not be placed, with the reason and,
 * for an ambiguous place name, the candidates: what `regiokracht import --report` lists so that
 * aliases or postcodes can be added. With `importIds`, only the organisations those import runs
 * wrote (none for an import that writes no organisations).
 */
export async function unplacedActors(
  db: Kysely<Database>,
  importIds?: readonly string[],
): Promise<UnplacedActor[]> {
  if (importIds && importIds.length === 0) return [];
  const placer = await ActorPlacer.load(db);
  let query = db
    .selectFrom('actors')
    .select(['id', 'name', 'city', 'postcode', 'country_code'])
    .where('country_code', '=', 'NL')
    .where('placement', 'is', null);
  if (importIds) query = query.where('import_id', 'in', [...importIds]);
  const actors = await query.orderBy('city').orderBy('id').execute();
  return actors
    .filter((a) => (a.city ?? '').trim() !== '' || (a.postcode ?? '').trim() !== '')
    .map((a) => {
      const p = placer.place(a);
      return {
        id: a.id,
        name: a.name,
        city: a.city,
        postcode: a.postcode,
        reason: p.reason ?? 'not placed yet: rerun the placement',
        candidates: p.candidates ?? [],
      };
    });
}

/** The share of Dutch organisations with an address that are placed in a NUTS3 region. */
export async function actorPlacementRate(db: Kysely<Database>): Promise<PlacementRate> {
  const actors = await db
    .selectFrom('actors')
    .select(['city', 'postcode', 'placement'])
    .where('country_code', '=', 'NL')
    .execute();
  const withAddress = actors.filter(
    (a) => (a.city ?? '').trim() !== '' || (a.postcode ?? '').trim() !== '',
  );
  const placed = withAddress.filter(
    (a) => a.placement !== null && a.placement !== 'country',
  ).length;
  return {
    withAddress: withAddress.length,
    placed,
    share: withAddress.length ? placed / withAddress.length : 0,
  };
}

/**
 * Places the Dutch organisations again with the places, aliases and postcodes loaded now, in one
 * transaction (the cbs-places and tercet importers do this themselves at their end); returns how
 * many changed.
 */
export async function placeActors(store: Store): Promise<{ updated: number; rate: PlacementRate }> {
  return store.transaction(async (tx) => {
    const rows = await replacedActorRows(tx.db);
    const counts = await tx.upsert('actors', ['id'], rows);
    return { updated: counts.updated, rate: await actorPlacementRate(tx.db) };
  });
}
