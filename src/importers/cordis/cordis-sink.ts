import { COUNTRIES, countryCodeOf } from '../../domain/countries.js';
import { ActorPlacer, type Placement } from '../placement/actor-placement.js';
import type { Row } from '../../storage/store.js';
import type { DatasetInfo, ImportContext, TableWriter } from '../importer.js';
import { NutsConverter } from '../regions/nuts-converter.js';
import { RegionIndex } from '../regions/region-index.js';
import { DATASETS } from '../datasets.js';

export const CORDIS_DATASET: DatasetInfo = DATASETS.cordis;

/** An organisation as a CORDIS file describes it. */
export interface CordisActor {
  readonly id: string;
  readonly pic: string;
  readonly name: string;
  readonly shortName: string | null;
  readonly activityType: string;
  readonly helixRole: string;
  readonly isSme: number | null;
  readonly street: string | null;
  readonly postcode: string | null;
  readonly city: string | null;
  /** As CORDIS writes it (EL, UK), or null. */
  readonly country: string | null;
  /** The NUTS 2021 region the file gives (its `nutsCode`, converted), if any. */
  readonly nutsCode?: string | null;
}

/**
 * The writers of a CORDIS import and what they share: countries become regions on first use,
 * organisations are placed (Dutch ones in a municipality and NUTS3 region, others in their
 * country) as they are written, and organisations known only by their PIC are added as
 * placeholders without touching organisations already in the database.
 */
export class CordisSink {
  readonly regionWriter: TableWriter;
  readonly actorWriter: TableWriter;
  readonly projectWriter: TableWriter;
  readonly participationWriter: TableWriter;
  readonly programmePartWriter: TableWriter;
  readonly legalBasisWriter: TableWriter;
  private readonly addedActors = new Set<string>();
  /** Country cells already resolved (the same few codes occur on every row). */
  private readonly countries = new Map<string, string | null>();
  private placedNl = 0;
  private unplacedNl = 0;
  private ambiguousNl = 0;
  private placedByNuts = 0;

  private constructor(
    readonly ctx: ImportContext,
    private readonly regions: RegionIndex,
    private readonly existingActors: ReadonlySet<string>,
    private readonly placer: ActorPlacer,
  ) {
    this.regionWriter = ctx.writer('regions', ['code']);
    this.actorWriter = ctx.writer('actors', ['id'], {
      after: [this.regionWriter],
      inKeyOrder: true,
    });
    this.projectWriter = ctx.writer('projects', ['id'], { inKeyOrder: true });
    this.participationWriter = ctx.writer('participations', ['project_id', 'actor_id'], {
      after: [this.actorWriter, this.projectWriter],
      inKeyOrder: true,
    });
    this.programmePartWriter = ctx.writer(
      'project_programme_parts',
      ['project_id', 'programme_part'],
      {
        after: [this.projectWriter],
      },
    );
    this.legalBasisWriter = ctx.writer('project_legal_bases', ['project_id', 'legal_basis_code'], {
      after: [this.projectWriter],
    });
  }

  static async open(ctx: ImportContext): Promise<CordisSink> {
    await ctx.useDataset(CORDIS_DATASET);
    const regions = await RegionIndex.load(ctx.tx.db);
    const ids = await ctx.tx.db.selectFrom('actors').select('id').execute();
    const placer = await ActorPlacer.load(ctx.tx.db);
    return new CordisSink(ctx, regions, new Set(ids.map((r) => r.id)), placer);
  }

  /**
   * The country code as stored (EL, UK; GR and GB are read as EL and UK), its region created when
   * missing; undefined (and the row refused) when it is not a country.
   */
  country(text: string | undefined, row: number, field: string): string | null | undefined {
    const cached = text === undefined ? undefined : this.countries.get(text);
    if (cached !== undefined) return cached;
    const code = this.resolveCountry(text, row, field);
    if (code !== undefined && text !== undefined) this.countries.set(text, code);
    return code;
  }

  private resolveCountry(
    text: string | undefined,
    row: number,
    field: string,
  ): string | null | undefined {
    const t = (text ?? '').trim();
    if (t === '') return null;
    const code = countryCodeOf(t);
    if (!code) {
      this.ctx.refuse(row, field, `"${t}" is not a country code`);
      return undefined;
    }
    if (!this.regions.has(code)) {
      const resolution = this.regions.resolve(code, NutsConverter.empty());
      if (resolution.kind === 'create') {
        this.regionWriter.add(resolution.row);
        this.regions.add(code, 'country');
      } else {
        const country = COUNTRIES.get(code);
        this.ctx.refuse(
          row,
          field,
          `no region for country ${code}${country ? ` (${country.nameEn})` : ''}`,
        );
        return undefined;
      }
    }
    return code;
  }

  /** Writes an organisation with its address (updating it when it is already there). */
  addActor(actor: CordisActor): void {
    if (this.addedActors.has(actor.id)) return;
    this.addedActors.add(actor.id);
    const placement = this.place(actor);
    this.actorWriter.add({
      id: actor.id,
      name: actor.name,
      short_name: actor.shortName,
      helix_role: actor.helixRole,
      activity_type: actor.activityType,
      is_sme: actor.isSme,
      pic: actor.pic,
      street: actor.street,
      postcode: actor.postcode,
      city: actor.city,
      country_code: actor.country,
      municipality_code: placement.municipality_code,
      region_code: placement.region_code,
      placement: placement.placement,
      source_id: CORDIS_DATASET.id,
      import_id: this.ctx.importId,
    });
  }

  /**
   * Adds an organisation known only by its PIC (a participations file): named `PIC<number>`, no
   * address, placed in its country. An organisation already in the database is left as it is.
   */
  addPlaceholderActor(
    pic: string,
    id: string,
    activityType: string,
    helixRole: string,
    country: string | null,
  ): void {
    if (this.addedActors.has(id) || this.existingActors.has(id)) return;
    this.addedActors.add(id);
    this.actorWriter.add({
      id,
      name: id,
      short_name: null,
      helix_role: helixRole,
      activity_type: activityType,
      is_sme: null,
      pic,
      street: null,
      postcode: null,
      city: null,
      country_code: country,
      municipality_code: null,
      region_code: country,
      placement: country === 'NL' ? null : country ? 'country' : null,
      source_id: CORDIS_DATASET.id,
      import_id: this.ctx.importId,
    });
  }

  addProject(row: Row): void {
    this.projectWriter.add(row);
  }

  addParticipation(row: Row): void {
    this.participationWriter.add(row);
  }

  /** Notes how many Dutch organisations with an address were placed, and how. */
  finish(): void {
    if (this.placedByNuts > 0)
      this.ctx.note(`${this.placedByNuts} organisations placed by the NUTS code of the file`);
    if (this.ambiguousNl > 0)
      this.ctx.note(
        `${this.ambiguousNl} Dutch organisations left at country level: their place name is ambiguous (\`regiokracht import --report\` lists them with the candidates)`,
      );
    const total = this.placedNl + this.unplacedNl;
    if (total > 0) {
      this.ctx.note(
        `${this.placedNl} of ${total} Dutch organisations with an address placed in a NUTS3 region (${((100 * this.placedNl) / total).toFixed(1)}%)${this.placer.canPlace ? '' : '; no CBS places or postcodes loaded yet: import them and the organisations are placed then'}`,
      );
    }
  }

  private place(actor: CordisActor): Placement {
    const placement = this.placer.place({
      country_code: actor.country,
      city: actor.city,
      postcode: actor.postcode,
      nuts_code: actor.nutsCode ?? null,
    });
    if (placement.placement === 'nuts') this.placedByNuts++;
    if (actor.country === 'NL' && (actor.city || actor.postcode)) {
      if (placement.placement) this.placedNl++;
      else this.unplacedNl++;
      if (placement.candidates) this.ambiguousNl++;
    }
    return placement;
  }
}
