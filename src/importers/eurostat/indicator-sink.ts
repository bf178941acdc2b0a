import type { ImportContext, TableWriter } from '../importer.js';
import { NutsConverter, nutsPartWeight, type NutsConversion } from '../regions/nuts-converter.js';
import { RegionIndex } from '../regions/region-index.js';
import type { IndicatorMeta } from './indicator-meta.js';
import { mergeFlags } from './eurostat-value.js';

/** One value read from a file, before its region is checked and harmonised. */
export interface Observation {
  readonly indicator: IndicatorMeta;
  /** The region code as written in the file. */
  readonly geo: string;
  readonly year: number;
  readonly value: number | null;
  readonly flags: string | null;
  /** Where it was read, for errors: row (1-based, header = 1) and column. */
  readonly row: number;
  readonly field: string;
}

/** The flag Regiokracht adds to values harmonised from older NUTS codes. */
export const HARMONISED_FLAG = 'h';

interface PendingPart {
  readonly value: number | null;
  readonly flags: string | null;
  readonly weight: number;
}

interface PendingSlot {
  readonly indicator: IndicatorMeta;
  readonly year: number;
  readonly to: string;
  readonly version: string;
  readonly parts: Map<string, PendingPart>;
}

/**
 * Writes observations to `indicators` and `indicator_values`, with every region code brought to
 * NUTS 2021:
 *
 * - a code held in `regions` (NUTS 2021, or a country or aggregate created before) is kept;
 * - a Eurostat aggregate (EU27_2020, EA19...) or a country outside NUTS is created as a region;
 * - an older code with a JRC converter entry is converted: for a NUTS 2021 region `r`, the
 *   value is built from the old regions `o` that overlap it, in the newest converter table that
 *   has them. Counts: value(r) = Σ value(o) × pop21(o ∩ r) / pop21(o). Rates and shares:
 *   value(r) = Σ value(o) × pop21(o ∩ r) / Σ pop21(o ∩ r). (By area when nobody lives there.)
 *   A converted value is only written when every old region with people in `r` has a value
 *   for that indicator and year, and when the file has no value under the NUTS 2021 code itself
 *   (which always wins). A part that is missing (null) makes the result null. The result keeps
 *   the union of the parts' flags plus `h` (harmonised);
 * - Extra-Regio/not-regionalised codes and codes that are neither NUTS 2021 nor convertible
 *   (retired codes, NUTS 2024-only codes such as NL35) are skipped with a reason;
 * - a code that is not a region code at all refuses the row.
 */
export class IndicatorSink {
  private readonly seenIndicators = new Set<string>();
  private readonly pending = new Map<string, PendingSlot>();
  /**
   * Values written under a NUTS 2021 code that is a conversion target: per indicator and year
   * ({@link seriesYear}), the numbers of the regions ({@link regionNumber}). Small numbers rather
   * than a string per value, so that a file of a million values stays small and fast.
   */
  private readonly directTargets = new Map<number, Set<number>>();
  private readonly indicatorNumbers = new Map<string, number>();
  private readonly regionNumbers = new Map<string, number>();
  /** Region code -> whether older regions convert into it (asked once per code). */
  private readonly targets = new Map<string, boolean>();
  private readonly indicatorWriter: TableWriter;
  private readonly regionWriter: TableWriter;
  private readonly valueWriter: TableWriter;

  private constructor(
    private readonly ctx: ImportContext,
    private readonly regions: RegionIndex,
    private readonly converter: NutsConverter,
    private readonly datasetId: string | null,
  ) {
    this.indicatorWriter = ctx.writer('indicators', ['id']);
    this.regionWriter = ctx.writer('regions', ['code']);
    this.valueWriter = ctx.writer('indicator_values', ['indicator_id', 'region_code', 'year'], {
      after: [this.indicatorWriter, this.regionWriter],
      inKeyOrder: true,
    });
  }

  /**
   * Opens a sink for one import; refuses the file when no NUTS regions are loaded, since every
   * code would be unknown.
   */
  static async open(ctx: ImportContext, datasetId: string | null): Promise<IndicatorSink> {
    const regions = await RegionIndex.load(ctx.tx.db);
    if (regions.nutsCount === 0) {
      ctx.refuseFile(
        1,
        '(regions)',
        'no NUTS regions in the database; run `regiokracht init` first',
      );
    }
    const converter = ctx.nutsConversionDir
      ? await NutsConverter.load(ctx.nutsConversionDir)
      : NutsConverter.empty();
    if (!ctx.nutsConversionDir) {
      ctx.note('no nuts_conversion directory found: codes not in NUTS 2021 are skipped');
    }
    return new IndicatorSink(ctx, regions, converter, datasetId);
  }

  add(o: Observation): void {
    const resolution = this.regions.resolve(o.geo, this.converter);
    switch (resolution.kind) {
      case 'invalid':
        this.ctx.refuse(o.row, o.field, resolution.reason);
        return;
      case 'skip':
        this.ctx.skip(resolution.reason, `row ${o.row}: ${resolution.code}`);
        return;
      case 'convert':
        this.addPending(o, resolution.conversion);
        return;
      case 'create':
        this.regionWriter.add(resolution.row);
        this.regions.add(resolution.code, String(resolution.row.kind));
        break;
      case 'known':
        break;
    }
    let target = this.targets.get(resolution.code);
    if (target === undefined) {
      target = this.converter.isTarget(resolution.code);
      this.targets.set(resolution.code, target);
    }
    if (target) {
      const series = this.seriesYear(o.indicator.id, o.year);
      let regions = this.directTargets.get(series);
      if (!regions) {
        regions = new Set();
        this.directTargets.set(series, regions);
      }
      regions.add(this.regionNumber(resolution.code));
    }
    this.write(o.indicator, resolution.code, o.year, o.value, o.flags);
  }

  /** Writes the converted values whose parts are all there; call once, after the last `add`. */
  async finish(): Promise<void> {
    const done = new Set<string>();
    // Newest table first, so that a region with parts in two versions takes the newer one.
    const slots = [...this.pending.values()].sort((a, b) => b.version.localeCompare(a.version));
    for (const slot of slots) {
      const key = `${slot.indicator.id}|${slot.year}|${slot.to}`;
      if (done.has(key)) continue;
      const direct = this.directTargets.get(this.seriesYear(slot.indicator.id, slot.year));
      if (direct?.has(this.regionNumber(slot.to))) {
        this.ctx.skip(
          'older-NUTS value not used: the file has the NUTS 2021 region itself',
          `${slot.to} ${slot.year} from ${[...slot.parts.keys()].join('+')}`,
        );
        done.add(key);
        continue;
      }
      if (!this.regions.has(slot.to)) {
        this.ctx.skip('converted to a NUTS 2021 region not in the database', slot.to);
        continue;
      }
      const required = this.converter
        .sourcesOf(slot.version, slot.to)
        .filter((code) => !this.regions.has(code));
      const missing = required.filter((code) => !slot.parts.has(code));
      if (missing.length > 0) {
        this.ctx.skip(
          'older-NUTS value not converted: not every old region of the NUTS 2021 region has a value',
          `${slot.to} ${slot.year} lacks ${missing.join('+')}`,
        );
        continue;
      }
      const parts = [...slot.parts.values()];
      let value: number | null;
      if (parts.some((p) => p.value === null)) value = null;
      else if (slot.indicator.aggregation === 'count') {
        value = parts.reduce((sum, p) => sum + (p.value as number) * p.weight, 0);
      } else {
        const weight = parts.reduce((sum, p) => sum + p.weight, 0);
        value =
          weight > 0
            ? parts.reduce((sum, p) => sum + (p.value as number) * p.weight, 0) / weight
            : null;
      }
      done.add(key);
      this.write(
        slot.indicator,
        slot.to,
        slot.year,
        value === null ? null : roundValue(value),
        mergeFlags(
          parts.map((p) => p.flags),
          HARMONISED_FLAG,
        ),
      );
    }
    this.pending.clear();
    await this.ctx.flush();
  }

  /** One number for an indicator and a (four-digit) year: the indicator's order of first use. */
  private seriesYear(indicatorId: string, year: number): number {
    let i = this.indicatorNumbers.get(indicatorId);
    if (i === undefined) {
      i = this.indicatorNumbers.size;
      this.indicatorNumbers.set(indicatorId, i);
    }
    return i * 10_000 + year;
  }

  /** One number for a region code: its order of first use. */
  private regionNumber(region: string): number {
    let r = this.regionNumbers.get(region);
    if (r === undefined) {
      r = this.regionNumbers.size;
      this.regionNumbers.set(region, r);
    }
    return r;
  }

  private addPending(o: Observation, conversion: NutsConversion): void {
    for (const part of conversion.parts) {
      const weight = nutsPartWeight(conversion, part, o.indicator.aggregation);
      if (weight <= 0) continue;
      const key = `${o.indicator.id}|${o.year}|${part.to}|${conversion.version}`;
      let slot = this.pending.get(key);
      if (!slot) {
        slot = {
          indicator: o.indicator,
          year: o.year,
          to: part.to,
          version: conversion.version,
          parts: new Map(),
        };
        this.pending.set(key, slot);
      }
      slot.parts.set(conversion.from, { value: o.value, flags: o.flags, weight });
    }
  }

  private write(
    indicator: IndicatorMeta,
    region: string,
    year: number,
    value: number | null,
    flags: string | null,
  ): void {
    if (!this.seenIndicators.has(indicator.id)) {
      this.seenIndicators.add(indicator.id);
      this.indicatorWriter.add({
        id: indicator.id,
        name_en: indicator.nameEn,
        name_nl: indicator.nameNl,
        unit: indicator.unit,
        aggregation: indicator.aggregation,
        dataset_id: this.datasetId,
      });
    }
    this.valueWriter.add({
      indicator_id: indicator.id,
      region_code: region,
      year,
      value,
      flags,
      import_id: this.ctx.importId,
    });
  }
}

/** Converted values keep 10 significant digits, so that reruns compare equal on every backend. */
function roundValue(value: number): number {
  return Number(value.toPrecision(10));
}
