import type { DatasetInfo, ImportContext, Importer, TableWriter } from '../importer.js';
import { NutsConverter } from '../regions/nuts-converter.js';
import { SeenKeys } from '../seen-keys.js';
import { RegionIndex } from '../regions/region-index.js';
import { readTemplate, type TemplateColumn, type TemplateRecord } from './template-reader.js';

/** What a template importer's callbacks get besides the row: regions, key areas, the context. */
export interface TemplateTools {
  readonly ctx: ImportContext;
  readonly regions: RegionIndex;
  /** Key-area ids in the database (`topsectoren-2011/htsm`). */
  readonly keyAreas: ReadonlySet<string>;
  /** Queue for countries and aggregates a row names for the first time. */
  readonly regionWriter: TableWriter;
  readonly datasetId: string;
}

/** A template: its columns, the columns that identify a row, and what to do with each row. */
export interface TemplateSpec<S> {
  readonly kind: string;
  readonly description: string;
  readonly columns: readonly TemplateColumn[];
  /** Columns whose values together may occur only once in a file (duplicates are refused). */
  readonly key: readonly string[];
  prepare(tools: TemplateTools): Promise<S>;
  record(row: TemplateRow, state: S): void;
  finish?(tools: TemplateTools, state: S): Promise<void>;
}

/** The data set of rows entered through a template: the region's own facts. */
export function templateDataset(kind: string): DatasetInfo {
  return {
    id: `template:${kind}`,
    title: `Entered by the region (${kind} template)`,
    publisher: 'Regional editors',
    licence: null,
    url: null,
  };
}

/**
 * An importer for a CSV or XLSX template. Templates hold what regions enter themselves, so they
 * are read strictly: a row with an empty required column, a value of the wrong type, a region
 * code that is not NUTS 2021 (any level) or a country, an unknown key area or organisation, or a
 * repeated key refuses the import.
 */
export function templateImporter<S>(spec: TemplateSpec<S>): Importer {
  return {
    kind: spec.kind,
    description: spec.description,
    async run(ctx: ImportContext): Promise<void> {
      const dataset = templateDataset(spec.kind);
      await ctx.useDataset(dataset);
      const regions = await RegionIndex.load(ctx.tx.db);
      const keyAreaRows = await ctx.tx.db.selectFrom('key_areas').select('id').execute();
      const tools: TemplateTools = {
        ctx,
        regions,
        keyAreas: new Set(keyAreaRows.map((k) => k.id)),
        regionWriter: ctx.writer('regions', ['code']),
        datasetId: dataset.id,
      };
      const state = await spec.prepare(tools);
      const seen = new SeenKeys();
      await readTemplate(ctx, spec.columns, (record) => {
        const row = new TemplateRow(tools, record);
        for (const c of spec.columns) if (c.required) row.required(c.name);
        if (!row.ok) return;
        const key = spec.key.map((k) => row.raw(k).toUpperCase()).join('|');
        const previous = seen.firstLine(key, record.line);
        if (previous !== undefined) {
          ctx.refuse(
            record.line,
            spec.key.join(', '),
            `duplicate of row ${previous} (${spec.key.map((k) => row.raw(k)).join(', ')})`,
          );
          return;
        }
        spec.record(row, state);
      });
      await ctx.flush();
      if (spec.finish && !ctx.refusing) await spec.finish(tools, state);
    },
  };
}

/**
 * One template row with typed getters. A getter that finds a bad value refuses the row (naming
 * the column) and returns undefined; `ok` tells whether every value read so far was good.
 */
export class TemplateRow {
  ok = true;

  constructor(
    private readonly tools: TemplateTools,
    readonly record: TemplateRecord,
  ) {}

  get line(): number {
    return this.record.line;
  }

  /** The id of the running import, for `import_id` columns. */
  get importId(): string {
    return this.tools.ctx.importId;
  }

  /** The data set of the template's rows, for `source_id` columns. */
  get datasetId(): string {
    return this.tools.datasetId;
  }

  /** The cell as written (trimmed), '' when empty or absent. */
  raw(column: string): string {
    return this.record.values.get(column) ?? '';
  }

  /** The cell, or null when empty. */
  text(column: string): string | null {
    const v = this.raw(column);
    return v === '' ? null : v;
  }

  /** The cell; refuses the row when it is empty. */
  required(column: string): string | undefined {
    const v = this.raw(column);
    if (v === '') return this.refuse(column, 'required, but empty');
    return v;
  }

  refuse(column: string, reason: string): undefined {
    this.tools.ctx.refuse(this.record.line, column, reason);
    this.ok = false;
    return undefined;
  }

  /**
   * A number: digits with at most one decimal point or decimal comma (`12.5`, `12,5`), an
   * optional minus sign, `€` and spaces ignored; no thousands separators. Null when empty.
   */
  number(column: string, options: { min?: number; max?: number } = {}): number | null | undefined {
    const v = this.raw(column).replace(/[€\s]/g, '');
    if (v === '') return null;
    if (!/^-?\d+([.,]\d+)?$/.test(v)) {
      return this.refuse(
        column,
        `"${this.raw(column)}" is not a number (use 12.5 or 12,5, no thousands separators)`,
      );
    }
    const n = Number(v.replace(',', '.'));
    if (options.min !== undefined && n < options.min)
      return this.refuse(column, `${n} is below ${options.min}`);
    if (options.max !== undefined && n > options.max)
      return this.refuse(column, `${n} is above ${options.max}`);
    return n;
  }

  /** A whole number; null when empty. */
  integer(column: string, options: { min?: number; max?: number } = {}): number | null | undefined {
    const n = this.number(column, options);
    if (n === null || n === undefined) return n;
    if (!Number.isInteger(n))
      return this.refuse(column, `"${this.raw(column)}" is not a whole number`);
    return n;
  }

  /** An ISO date (YYYY-MM-DD); null when empty. With `partial`, YYYY and YYYY-MM pass too. */
  date(column: string, options: { partial?: boolean } = {}): string | null | undefined {
    const v = this.raw(column);
    if (v === '') return null;
    if (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))) return v;
    if (options.partial && /^\d{4}(-(0[1-9]|1[0-2]))?$/.test(v)) return v;
    return this.refuse(
      column,
      `"${v}" is not a date (expected YYYY-MM-DD${options.partial ? ', YYYY-MM or YYYY' : ''})`,
    );
  }

  /** One of a list of values (case-insensitive), in the list's spelling; null when empty. */
  oneOf<T extends string>(column: string, values: readonly T[]): T | null | undefined {
    const v = this.raw(column).toLowerCase();
    if (v === '') return null;
    const found = values.find((x) => x.toLowerCase() === v);
    if (!found)
      return this.refuse(column, `"${this.raw(column)}" is not one of ${values.join(', ')}`);
    return found;
  }

  /** yes/no (ja/nee, true/false, 1/0) as 1/0; null when empty. */
  flag(column: string): number | null | undefined {
    const v = this.raw(column).toLowerCase();
    if (v === '') return null;
    if (['yes', 'ja', 'true', '1', 'y', 'j'].includes(v)) return 1;
    if (['no', 'nee', 'false', '0', 'n'].includes(v)) return 0;
    return this.refuse(column, `"${this.raw(column)}" is not yes or no`);
  }

  /** A list in one cell, separated by `|`: `a|b|c`. */
  list(column: string): string[] {
    const v = this.raw(column);
    return v === ''
      ? []
      : v
          .split('|')
          .map((x) => x.trim())
          .filter((x) => x !== '');
  }

  /**
   * A region: a NUTS 2021 code of any level or the code of any country (as CORDIS/Eurostat write
   * it: EL, UK); a country or aggregate not yet held is created. Older or unknown codes refuse
   * the row. Null when empty.
   */
  region(column: string, value = this.raw(column)): string | null | undefined {
    if (value === '') return null;
    const r = this.tools.regions.resolve(value, NutsConverter.empty());
    switch (r.kind) {
      case 'known':
        return r.code;
      case 'create':
        this.tools.regionWriter.add(r.row);
        this.tools.regions.add(r.code, String(r.row.kind));
        return r.code;
      case 'invalid':
        return this.refuse(column, r.reason);
      default:
        return this.refuse(
          column,
          `"${value}" is an unknown or retired NUTS code (use NUTS 2021 codes or a country code)`,
        );
    }
  }

  /** Key areas with weights: `topsectoren-2011/htsm=0.6|topsectoren-2011/energy=0.4` (weight 1 when left out). */
  keyAreas(column: string): { id: string; weight: number }[] | undefined {
    const out: { id: string; weight: number }[] = [];
    for (const item of this.list(column)) {
      const [id = '', weightText] = item.split('=').map((x) => x.trim());
      if (!this.tools.keyAreas.has(id)) {
        return this.refuse(
          column,
          `"${id}" is not a key area (use ids such as topsectoren-2011/htsm)`,
        );
      }
      const weight = weightText === undefined ? 1 : Number(weightText.replace(',', '.'));
      if (!Number.isFinite(weight) || weight < 0 || weight > 1) {
        return this.refuse(
          column,
          `weight "${weightText ?? ''}" of ${id} is not a number from 0 to 1`,
        );
      }
      out.push({ id, weight });
    }
    return out;
  }
}
