import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** One intersection of an old region with a NUTS 2021 region, from a JRC converter table. */
export interface NutsPart {
  readonly to: string;
  /** Population 2021 living in the intersection. */
  readonly pop21: number;
  readonly areaKm: number;
}

/** Where an old code goes: the table it was found in and its intersections with NUTS 2021. */
export interface NutsConversion {
  readonly from: string;
  /** The NUTS version of the table: '2016', '2013' or '2010'. */
  readonly version: string;
  readonly parts: readonly NutsPart[];
  /** Population 2021 of the whole old region (sum over its intersections). */
  readonly pop21: number;
  readonly areaKm: number;
}

/**
 * The JRC NUTS converter tables (n2_cm_v{2010,2013,2016}_v2021.csv, n3_cm_v{2013,2016}_v2021.csv):
 * one row per intersection of an old region (code_vFROM) with a NUTS 2021 region (code_vTO).
 * A code is looked up in the newest table that has it (2016, then 2013, then 2010).
 */
export class NutsConverter {
  private constructor(
    private readonly byCode: ReadonlyMap<string, NutsConversion>,
    /** version|to -> the old codes (with people) that make up the new region in that version. */
    private readonly sources: ReadonlyMap<string, readonly string[]>,
  ) {}

  /** An empty converter: every code not valid in NUTS 2021 is unknown. */
  static empty(): NutsConverter {
    return new NutsConverter(new Map(), new Map());
  }

  /** Reads the converter tables found in `dir`; missing tables are left out. */
  static async load(dir: string): Promise<NutsConverter> {
    const byCode = new Map<string, NutsConversion>();
    const sources = new Map<string, string[]>();
    for (const version of ['2016', '2013', '2010']) {
      for (const level of ['n2', 'n3']) {
        let text: string;
        try {
          text = await readFile(join(dir, `${level}_cm_v${version}_v2021.csv`), 'utf8');
        } catch {
          continue;
        }
        const table = parseConverterTable(text, version);
        for (const conversion of table.values()) {
          if (!byCode.has(conversion.from)) byCode.set(conversion.from, conversion);
          for (const part of conversion.parts) {
            // Slivers without people (boundary noise) are not part of the new region's make-up.
            if (nutsPartWeight(conversion, part, 'count') <= 0) continue;
            const key = `${version}|${part.to}`;
            const list = sources.get(key) ?? [];
            list.push(conversion.from);
            sources.set(key, list);
          }
        }
      }
    }
    return new NutsConverter(byCode, sources);
  }

  /** The conversion of an old code, or undefined when no table has it. */
  conversionOf(code: string): NutsConversion | undefined {
    return this.byCode.get(code);
  }

  /**
   * The old codes of `version` whose people live (partly) in the NUTS 2021 region `to`; slivers
   * without people are left out.
   */
  sourcesOf(version: string, to: string): readonly string[] {
    return this.sources.get(`${version}|${to}`) ?? [];
  }

  /** True when `to` is made up (partly) of old regions in some table: a conversion target. */
  isTarget(to: string): boolean {
    for (const version of ['2016', '2013', '2010'])
      if (this.sources.has(`${version}|${to}`)) return true;
    return false;
  }
}

/** Parses one converter table: old code -> intersections with people or area. */
export function parseConverterTable(text: string, version: string): Map<string, NutsConversion> {
  const lines = text.split(/\r?\n/);
  const header = (lines[0] ?? '').split(',');
  const col = (name: string) => header.indexOf(name);
  const iFrom = header.findIndex((h) => h.startsWith('code_v') && h !== 'code_v2021');
  const iTo = col('code_v2021');
  const iPop = col('pop21');
  const iArea = col('areaKm');
  const out = new Map<
    string,
    { from: string; version: string; parts: NutsPart[]; pop21: number; areaKm: number }
  >();
  for (const line of lines.slice(1)) {
    if (line.trim() === '') continue;
    const f = line.split(',');
    const from = f[iFrom] ?? '';
    const to = f[iTo] ?? '';
    const pop21 = Number(f[iPop]) || 0;
    const areaKm = Number(f[iArea]) || 0;
    if (!from || !to) continue;
    let entry = out.get(from);
    if (!entry) {
      entry = { from, version, parts: [], pop21: 0, areaKm: 0 };
      out.set(from, entry);
    }
    entry.parts.push({ to, pop21, areaKm });
    entry.pop21 += pop21;
    entry.areaKm += areaKm;
  }
  return out;
}

/**
 * The weight of an old region's value in a new region. For counts: the share of the old
 * region's 2021 population that lives in the intersection (by area when nobody lives in the old
 * region). For rates: the intersection's 2021 population (by area when nobody lives there).
 *
 * @example
 *   // old FR71 lies wholly in FRK2: its count goes there whole, its rate weighs with its people
 *   nutsPartWeight(conversion, part, 'count') === 1
 */
export function nutsPartWeight(
  conversion: NutsConversion,
  part: NutsPart,
  aggregation: 'count' | 'rate',
): number {
  const byPeople = conversion.pop21 > 0;
  if (aggregation === 'count') {
    return byPeople
      ? part.pop21 / conversion.pop21
      : conversion.areaKm > 0
        ? part.areaKm / conversion.areaKm
        : 0;
  }
  return byPeople ? part.pop21 : part.areaKm;
}

/**
 * NUTS 2024 codes that lie in exactly one NUTS 2021 region (by the 2021 -> 2024 JRC table,
 * intersections with people only), mapped to that region: `DEG0S` -> `DEG04`. Codes split over
 * several 2021 regions are left out: a point in them (a postcode) cannot be placed in 2021
 * without its coordinates.
 */
export async function loadNuts2024To2021(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const [to, from] of await loadNuts2024Sources(dir)) {
    if (from.length === 1) out.set(to, from[0]!);
  }
  return out;
}

/**
 * The JRC 2021 -> 2024 tables read backwards: every NUTS 2024 code that is not a NUTS 2021 code
 * too, with the NUTS 2021 regions its people (2021 population) live in.
 */
export async function loadNuts2024Sources(dir: string): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const level of ['n2', 'n3']) {
    let text: string;
    try {
      text = await readFile(join(dir, `${level}_cm_v2021_v2024.csv`), 'utf8');
    } catch {
      continue;
    }
    const lines = text.split(/\r?\n/);
    const header = (lines[0] ?? '').split(',');
    const iFrom = header.indexOf('code_v2021');
    const iTo = header.indexOf('code_v2024');
    const iPop = header.indexOf('pop21');
    for (const line of lines.slice(1)) {
      const f = line.split(',');
      const from = f[iFrom];
      const to = f[iTo];
      if (!from || !to || !(Number(f[iPop]) > 0)) continue;
      const list = out.get(to) ?? [];
      if (!list.includes(from)) list.push(from);
      out.set(to, list);
    }
  }
  return out;
}
