import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema.js';
import type { Row, Store } from '../../storage/store.js';
import { placeKey } from '../places/place-key.js';

/** Where an organisation was placed and how. */
export interface Placement {
  readonly municipality_code: string | null;
  /** NUTS3 for placed Dutch organisations, else the country. */
  readonly region_code: string | null;
  /**
   * 'postcode' (GISCO TERCET), 'place' (CBS woonplaats), 'alias' (place alias), 'country'
   * (organisations outside the Netherlands: placed in their country), or null: a Dutch
   * organisation that could not be placed (region_code is then 'NL').
   */
  readonly placement: string | null;
  /** Why a Dutch organisation could not be placed. */
  readonly reason?: string;
}

/** The address fields placement reads. */
export interface ActorAddress {
  readonly country_code: string | null;
  readonly city: string | null;
  readonly postcode: string | null;
}

interface Town {
  readonly municipality: string;
  readonly nuts3: string | null;
}

/**
 * Places organisations: Dutch ones in a municipality and NUTS3 region (= COROP area), others in
 * their country. For a Dutch address, in this order:
 *
 * 1. the postcode, when GISCO TERCET postcodes are loaded: the exact PC6 (`7522NB`), else the PC4
 *    area (`7522`) when all its loaded postcodes lie in one NUTS3 region; the municipality then
 *    comes from the city when it is known;
 * 2. the city, by its place key (`'s-Hertogenbosch` = `S HERTOGENBOSCH`), first among the place
 *    aliases (DEN HAAG, HENGELO OV...), then among the CBS woonplaatsen. A name that several
 *    woonplaatsen share is resolved to the one in the municipality of the same name
 *    (Hoorn -> Hoorn in Hoorn), else left unplaced as ambiguous.
 *
 * @example placer.place({ country_code: 'NL', city: 'DEN HAAG', postcode: null })
 *   // { municipality_code: 'GM0518', region_code: 'NL332', placement: 'alias' }
 */
export class ActorPlacer {
  private constructor(
    private readonly places: ReadonlyMap<string, Town | 'ambiguous'>,
    private readonly aliases: ReadonlyMap<string, Town>,
    private readonly pc6: ReadonlyMap<string, string>,
    private readonly pc4: ReadonlyMap<string, string | 'ambiguous'>,
  ) {}

  /** True when there is anything to place Dutch organisations with. */
  get canPlace(): boolean {
    return this.places.size > 0 || this.pc6.size > 0;
  }

  static async load(db: Kysely<Database>): Promise<ActorPlacer> {
    const municipalityRows = await db
      .selectFrom('municipalities')
      .select(['code', 'name', 'nuts3_code'])
      .execute();
    const municipalities = new Map(municipalityRows.map((m) => [m.code, m]));
    const placeRows = await db
      .selectFrom('places')
      .select(['code', 'name', 'name_key', 'municipality_code'])
      .execute();
    const byKey = new Map<string, { code: string; municipality: string }[]>();
    for (const p of placeRows) {
      const list = byKey.get(p.name_key) ?? [];
      list.push({ code: p.code, municipality: p.municipality_code });
      byKey.set(p.name_key, list);
    }
    const town = (municipality: string): Town => ({
      municipality,
      nuts3: municipalities.get(municipality)?.nuts3_code ?? null,
    });
    const places = new Map<string, Town | 'ambiguous'>();
    const byCode = new Map<string, Town>();
    for (const [key, list] of byKey) {
      for (const p of list) byCode.set(p.code, town(p.municipality));
      const municipalitiesOf = new Set(list.map((p) => p.municipality));
      if (municipalitiesOf.size === 1) {
        places.set(key, town(list[0]!.municipality));
        continue;
      }
      const namesake = list.filter(
        (p) => municipalityKey(municipalities.get(p.municipality)?.name ?? '') === key,
      );
      places.set(key, namesake.length === 1 ? town(namesake[0]!.municipality) : 'ambiguous');
    }
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
      .select(['postcode', 'nuts3_code'])
      .where('country_code', '=', 'NL')
      .execute();
    const pc6 = new Map<string, string>();
    const pc4 = new Map<string, string | 'ambiguous'>();
    for (const p of postcodeRows) {
      const code = normalisePostcode(p.postcode);
      pc6.set(code, p.nuts3_code);
      const area = code.slice(0, 4);
      const before = pc4.get(area);
      pc4.set(area, before === undefined || before === p.nuts3_code ? p.nuts3_code : 'ambiguous');
    }
    return new ActorPlacer(places, aliases, pc6, pc4);
  }

  place(actor: ActorAddress): Placement {
    const country = actor.country_code;
    if (country !== 'NL') {
      return {
        municipality_code: null,
        region_code: country,
        placement: country ? 'country' : null,
      };
    }
    const key = actor.city ? placeKey(actor.city) : '';
    const alias = key ? this.aliases.get(key) : undefined;
    const place = key && !alias ? this.places.get(key) : undefined;
    const town = alias ?? (place === 'ambiguous' ? undefined : place);
    const postcode = actor.postcode ? normalisePostcode(actor.postcode) : '';
    if (postcode) {
      const nuts3 =
        this.pc6.get(postcode) ??
        (() => {
          const area = this.pc4.get(postcode.slice(0, 4));
          return area === 'ambiguous' ? undefined : area;
        })();
      if (nuts3) {
        const sameArea = town && town.nuts3 === nuts3;
        return {
          municipality_code: sameArea ? town.municipality : null,
          region_code: nuts3,
          placement: 'postcode',
        };
      }
    }
    if (town && town.nuts3) {
      return {
        municipality_code: town.municipality,
        region_code: town.nuts3,
        placement: alias ? 'alias' : 'place',
      };
    }
    const reason =
      !key && !postcode
        ? 'no city or postcode'
        : place === 'ambiguous'
          ? `"${actor.city}" is the name of places in several municipalities`
          : town
            ? `municipality of "${actor.city}" has no NUTS3 region`
            : `"${actor.city ?? actor.postcode}" is neither a CBS place, an alias nor a loaded postcode`;
    return { municipality_code: null, region_code: 'NL', placement: null, reason };
  }
}

/** A postcode as stored: upper case, no spaces (`7522 nb` -> `7522NB`). */
export function normalisePostcode(postcode: string): string {
  return postcode.replace(/\s+/g, '').toUpperCase();
}

/** The key of a municipality name without its province suffix: `Hengelo (O.)` -> `HENGELO`. */
function municipalityKey(name: string): string {
  return placeKey(name.replace(/\s*\([^)]*\)\s*$/, ''));
}

/** A Dutch organisation with an address that could not be placed, for the `--report`. */
export interface UnplacedActor {
  readonly id: string;
  readonly name: string;
  readonly city: string | null;
  readonly postcode: string | null;
  readonly reason: string;
}

/** Organisations in the Netherlands: how many have an address, and how many of those are placed. */
export interface PlacementRate {
  readonly withAddress: number;
  readonly placed: number;
  /** placed / withAddress, 0..1. */
  readonly share: number;
}

/**
 * Re-places every Dutch organisation with the places, aliases and postcodes loaded now; returns
 * the actor rows whose placement changed (full rows, ready for an upsert on `id`).
 */
export async function replacedActorRows(db: Kysely<Database>): Promise<Row[]> {
  const placer = await ActorPlacer.load(db);
  const actors = await db
    .selectFrom('actors')
    .selectAll()
    .where('country_code', '=', 'NL')
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
 * The Dutch organisations with a city or postcode that could not be placed, with the reason:
 * what `regiokracht import --report` lists so that aliases can be added.
 */
export async function unplacedActors(db: Kysely<Database>): Promise<UnplacedActor[]> {
  const placer = await ActorPlacer.load(db);
  const actors = await db
    .selectFrom('actors')
    .select(['id', 'name', 'city', 'postcode', 'country_code'])
    .where('country_code', '=', 'NL')
    .where('placement', 'is', null)
    .orderBy('city')
    .orderBy('id')
    .execute();
  return actors
    .filter((a) => (a.city ?? '').trim() !== '' || (a.postcode ?? '').trim() !== '')
    .map((a) => ({
      id: a.id,
      name: a.name,
      city: a.city,
      postcode: a.postcode,
      reason: placer.place(a).reason ?? 'not placed yet: rerun the placement',
    }));
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
