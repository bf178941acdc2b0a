import type { ImportContext } from '../importer.js';
import { loadNuts2024Sources, NutsConverter, nutsPartWeight } from '../regions/nuts-converter.js';
import { RegionIndex } from '../regions/region-index.js';

/** A `nutsCode` read: the NUTS 2021 region to place in, null to place by address, or refused. */
export type OrganisationNutsResult =
  | { readonly ok: true; readonly region: string | null }
  | { readonly ok: false; readonly reason: string };

/**
 * Reads the `nutsCode` of CORDIS's organisation file as a NUTS 2021 region:
 *
 * - a NUTS 2021 region of level 1-3 is taken as it is;
 * - a code of NUTS 2010, 2013 or 2016 is converted with the JRC converter tables, a code of
 *   NUTS 2024 with the 2021 -> 2024 table: to the one NUTS 2021 region its people live in, or,
 *   when they live in several, to the smallest region that holds them all (BE221, split over
 *   BE224 and BE225 in 2021, goes to BE22);
 * - empty, a country code, an Extra-Regio code (`NLZZZ`) or a code whose country is not the
 *   organisation's is no placement: the organisation is placed by its address;
 * - a code that is not shaped like a NUTS code, or that no version holds, is refused.
 *
 * Without converter tables only NUTS 2021 codes are taken; others fall back to the address and
 * are counted in a note.
 */
export class OrganisationNuts {
  private readonly cache = new Map<string, OrganisationNutsResult>();
  private converted = 0;
  private unconvertible = 0;
  private foreign = 0;

  private constructor(
    private readonly regions: RegionIndex,
    private readonly converter: NutsConverter,
    /** NUTS 2024 code -> the NUTS 2021 regions its people live in. */
    private readonly from2024: ReadonlyMap<string, readonly string[]>,
    private readonly hasTables: boolean,
  ) {}

  static async load(ctx: ImportContext): Promise<OrganisationNuts> {
    const regions = await RegionIndex.load(ctx.tx.db);
    const dir = ctx.nutsConversionDir;
    const converter = dir ? await NutsConverter.load(dir) : NutsConverter.empty();
    const from2024 = dir ? await loadNuts2024Sources(dir) : new Map<string, string[]>();
    return new OrganisationNuts(regions, converter, from2024, dir !== undefined);
  }

  /** The region of a `nutsCode` cell of an organisation in `country` (as stored: EL, UK). */
  resolve(raw: string, country: string | null): OrganisationNutsResult {
    const code = raw.trim().toUpperCase();
    if (code === '' || country === null) return { ok: true, region: null };
    let result = this.cache.get(code);
    if (!result) {
      result = this.resolveCode(code, raw);
      this.cache.set(code, result);
    }
    if (result.ok && result.region && result.region.slice(0, 2) !== country) {
      this.foreign++;
      return { ok: true, region: null };
    }
    if (result.ok && result.region && result.region !== code) this.converted++;
    if (result.ok && !result.region && !/^[A-Z]{2}$/.test(code) && !isExtraRegio(code))
      this.unconvertible++;
    return result;
  }

  /** Notes what was converted or left to the address. */
  finish(ctx: ImportContext): void {
    if (this.converted > 0)
      ctx.note(
        `${this.converted} organisation rows with a nutsCode of another NUTS version placed in its NUTS 2021 region`,
      );
    if (this.unconvertible > 0)
      ctx.note(
        `${this.unconvertible} organisation rows with a nutsCode that is not NUTS 2021 placed by their address instead${this.hasTables ? ' (the code lies in several NUTS 2021 countries)' : ': no NUTS converter tables found (nuts_conversion/)'}`,
      );
    if (this.foreign > 0)
      ctx.note(
        `${this.foreign} organisation rows with a nutsCode outside their country placed by their address instead`,
      );
  }

  private resolveCode(code: string, raw: string): OrganisationNutsResult {
    if (!/^[A-Z]{2}[A-Z0-9]{0,3}$/.test(code))
      return { ok: false, reason: `"${raw.trim()}" is not a NUTS code (e.g. NL213)` };
    if (code.length === 2 || isExtraRegio(code)) return { ok: true, region: null };
    if (this.regions.kindOf(code) === 'nuts') return { ok: true, region: code };
    const conversion = this.converter.conversionOf(code);
    const peopled = conversion?.parts.filter((p) => nutsPartWeight(conversion, p, 'count') > 0);
    const targets = conversion
      ? (peopled?.length ? peopled : conversion.parts).map((p) => p.to)
      : this.from2024.get(code);
    if (targets && targets.length > 0) {
      return { ok: true, region: this.smallestCommon(targets) };
    }
    if (!this.hasTables) return { ok: true, region: null };
    return {
      ok: false,
      reason: `"${code}" is a NUTS code of no version (not NUTS 2021, not in the JRC converter tables of 2010, 2013, 2016 or 2024)`,
    };
  }

  /** The smallest NUTS 2021 region held that contains every one of `codes`, or null. */
  private smallestCommon(codes: readonly string[]): string | null {
    let prefix = codes[0]!;
    for (const c of codes) while (!c.startsWith(prefix)) prefix = prefix.slice(0, -1);
    while (prefix.length > 2 && this.regions.kindOf(prefix) !== 'nuts')
      prefix = prefix.slice(0, -1);
    return prefix.length > 2 ? prefix : null;
  }
}

function isExtraRegio(code: string): boolean {
  return /^[A-Z]{2}(Z{1,3}|X{1,3})$/.test(code);
}
