import type { Kysely } from 'kysely';
import { COUNTRIES } from '../../domain/countries.js';
import type { Database } from '../../storage/schema.js';
import type { Row } from '../../storage/store.js';
import type { ImportContext } from '../importer.js';
import { eurostatAggregate } from './aggregates.js';
import type { NutsConversion, NutsConverter } from './nuts-converter.js';

/** What a region code in a file turns out to be. */
export type RegionResolution =
  /** A region in the database: a NUTS 2021 region, a country or an aggregate. */
  | { readonly kind: 'known'; readonly code: string }
  /** A country or a Eurostat aggregate not yet in the database: `row` creates it. */
  | { readonly kind: 'create'; readonly code: string; readonly row: Row }
  /** An older NUTS code that the JRC tables turn into NUTS 2021 regions. */
  | { readonly kind: 'convert'; readonly code: string; readonly conversion: NutsConversion }
  /** A well-formed code the database cannot take (retired, NUTS 2024 only, Extra-Regio). */
  | { readonly kind: 'skip'; readonly code: string; readonly reason: string }
  /** Not a region code at all. */
  | { readonly kind: 'invalid'; readonly code: string; readonly reason: string };

/** Reasons for skipped codes, as they appear in import summaries. */
export const SKIP_EXTRA_REGIO = 'Extra-Regio or not-regionalised code (…Z, …ZZ, …X, …XX)';
export const SKIP_UNKNOWN = 'unknown or retired NUTS code (not NUTS 2021, no JRC converter entry)';

/**
 * The region codes the database holds, to check and resolve the codes of a file. Countries and
 * aggregates a file needs are created on the way (see {@link RegionIndex.resolve}).
 */
export class RegionIndex {
  private constructor(
    private readonly codes: Map<string, string>,
    readonly nutsCount: number,
  ) {}

  static async load(db: Kysely<Database>): Promise<RegionIndex> {
    const rows = await db.selectFrom('regions').select(['code', 'kind']).execute();
    const codes = new Map(rows.map((r) => [r.code, r.kind]));
    return new RegionIndex(codes, rows.filter((r) => r.kind === 'nuts').length);
  }

  /**
   * The regions for an import; refuses the file when no NUTS regions are loaded, since every
   * code of the file would be unknown.
   */
  static async loadForImport(ctx: ImportContext): Promise<RegionIndex> {
    const regions = await RegionIndex.load(ctx.tx.db);
    if (regions.nutsCount === 0)
      ctx.refuseFile(
        1,
        '(regions)',
        'no NUTS regions in the database; run `regiokracht init` first',
      );
    return regions;
  }

  /** True when the database holds the region. */
  has(code: string): boolean {
    return this.codes.has(code);
  }

  /** The region's kind ('nuts', 'country', 'aggregate'), if held. */
  kindOf(code: string): string | undefined {
    return this.codes.get(code);
  }

  /** Marks a region as written (after a 'create' resolution was upserted). */
  add(code: string, kind: string): void {
    this.codes.set(code, kind);
  }

  /**
   * Resolves a code as written in a file, in this order: a region held (NUTS 2021 and anything
   * created before) is kept; a Eurostat aggregate or a country of the world is created; an
   * older NUTS code with a JRC converter entry is converted (GR.. codes of NUTS 2006 are read as
   * EL.., as NUTS 2010 renamed them); Extra-Regio and not-regionalised codes and every other
   * well-formed code are skipped; anything else is invalid.
   */
  resolve(
    raw: string,
    converter: NutsConverter,
    options: { countries?: boolean } = {},
  ): RegionResolution {
    const code = raw.trim().toUpperCase();
    if (!/^[A-Z]{2}[A-Z0-9_]{0,10}$/.test(code)) {
      return { kind: 'invalid', code, reason: `"${raw}" is not a NUTS or country code` };
    }
    if (this.codes.has(code)) return { kind: 'known', code };
    const aggregate = eurostatAggregate(code);
    if (aggregate) {
      return {
        kind: 'create',
        code,
        row: regionRow(code, 'aggregate', aggregate.en, aggregate.nl, code),
      };
    }
    const country = COUNTRIES.get(code);
    if (country && options.countries !== false) {
      return {
        kind: 'create',
        code,
        row: regionRow(code, 'country', country.nameEn, country.nameNl, code),
      };
    }
    const conversion =
      converter.conversionOf(code) ??
      (code.startsWith('GR') && code.length > 2
        ? converter.conversionOf(`EL${code.slice(2)}`)
        : undefined);
    if (conversion) return { kind: 'convert', code, conversion };
    if (/^[A-Z]{2}(Z{1,3}|X{1,3})$/.test(code))
      return { kind: 'skip', code, reason: SKIP_EXTRA_REGIO };
    return { kind: 'skip', code, reason: SKIP_UNKNOWN };
  }
}

/** A region row for a country outside NUTS or a Eurostat aggregate: level 0, no parent. */
export function regionRow(
  code: string,
  kind: 'country' | 'aggregate',
  nameEn: string,
  nameNl: string,
  countryCode: string,
): Row {
  return {
    code,
    kind,
    level: 0,
    nuts_version: 'none',
    name_en: nameEn,
    name_nl: nameNl,
    name_latn: nameEn,
    country_code: countryCode,
    parent_code: null,
    source_id: null,
  };
}
