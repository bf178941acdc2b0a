import type { TableName } from '../../storage/store.js';
import type { DatasetInfo, ImportContext, Importer, TableWriter } from '../importer.js';
import { NutsConverter } from '../regions/nuts-converter.js';
import { SeenKeys } from '../seen-keys.js';
import { RegionIndex } from '../regions/region-index.js';
import {
  readTemplate,
  type ColumnPositions,
  type TemplateColumn,
  type TemplateRecord,
} from './template-reader.js';
import { upperCase, wholeNumber } from './cell-text.js';
import { CheckedValues } from './checked-values.js';

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
  /** See {@link Importer.foreignKeys}. */
  readonly foreignKeys?: 'each-row' | 'at-end';
  /** See {@link Importer.referencesHeld}. */
  readonly referencesHeld?: readonly TableName[];
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
    foreignKeys: spec.foreignKeys ?? 'each-row',
    referencesHeld: spec.referencesHeld ?? [],
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
      const checked = new CheckedValues();
      const required = spec.columns.filter((c) => c.required).map((c) => c.name);
      // Where the required and the key columns are in the file's rows, found once per file.
      let positions: ColumnPositions | undefined;
      let requiredAt: number[] = [];
      let keyAt: number[] = [];
      // The key's cells of the row at hand, in upper case: a row's key is these joined by '|'.
      const keyCells = spec.key.map(() => '');
      await readTemplate(ctx, spec.columns, (record) => {
        if (record.positions !== positions) {
          const found = (positions = record.positions);
          requiredAt = required.map((name) => found.get(name) ?? -1);
          keyAt = spec.key.map((name) => found.get(name) ?? -1);
        }
        const row = new TemplateRow(tools, record, checked);
        for (let i = 0; i < requiredAt.length; i++)
          if (record.at(requiredAt[i]!) === '') row.refuse(required[i]!, 'required, but empty');
        if (!row.ok) return;
        for (let k = 0; k < keyAt.length; k++) keyCells[k] = upperCase(record.at(keyAt[k]!));
        const previous = seen.firstLineOfParts(keyCells, '|', record.line);
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

/** Templates take NUTS 2021 codes only: no older code is converted. */
const NO_CONVERSIONS = NutsConverter.empty();

/**
 * One template row with typed getters. A getter that finds a bad value refuses the row (naming
 * the column) and returns undefined; `ok` tells whether every value read so far was good.
 */
export class TemplateRow {
  ok = true;

  constructor(
    private readonly tools: TemplateTools,
    readonly record: TemplateRecord,
    private readonly checked = new CheckedValues(),
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
    return this.record.value(column);
  }

  /**
   * The cell at `position` of the file's rows (trimmed), '' when empty or absent, as at position
   * -1: as {@link raw} for the column found there in {@link TemplateRecord.positions}.
   */
  at(position: number): string {
    return this.record.at(position);
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
   * optional minus sign, `€` and spaces ignored; no thousands separators. Null when empty. `raw`
   * is the cell, when read already.
   */
  number(
    column: string,
    options: { min?: number; max?: number } = {},
    raw = this.raw(column),
  ): number | null | undefined {
    if (raw === '') return null;
    // Most cells are written plainly (`1250`, `12.5`): read at once, without the cleaning below.
    let n = wholeNumber(raw);
    if (n === undefined) {
      if (/^-?\d+(\.\d+)?$/.test(raw)) n = Number(raw);
      else {
        const v = raw.replace(/[€\s]/g, '');
        if (v === '') return null;
        if (!/^-?\d+([.,]\d+)?$/.test(v)) {
          return this.refuse(
            column,
            `"${raw}" is not a number (use 12.5 or 12,5, no thousands separators)`,
          );
        }
        n = Number(v.replace(',', '.'));
      }
    }
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

  /**
   * An ISO date (YYYY-MM-DD); null when empty. With `partial`, YYYY and YYYY-MM pass too. `v` is
   * the cell, when read already.
   */
  date(
    column: string,
    options: { partial?: boolean } = {},
    v = this.raw(column),
  ): string | null | undefined {
    if (v === '') return null;
    if (this.checked.isGoodDate(v)) return v;
    if (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))) {
      this.checked.goodDate(v);
      return v;
    }
    if (options.partial && /^\d{4}(-(0[1-9]|1[0-2]))?$/.test(v)) return v;
    return this.refuse(
      column,
      `"${v}" is not a date (expected YYYY-MM-DD${options.partial ? ', YYYY-MM or YYYY' : ''})`,
    );
  }

  /**
   * One of a list of values (case-insensitive), in the list's spelling; null when empty. `v` is
   * the cell, when read already.
   */
  oneOf<T extends string>(
    column: string,
    values: readonly T[],
    v = this.raw(column),
  ): T | null | undefined {
    if (v === '') return null;
    const found = this.checked.choice(values, v);
    if (!found) return this.refuse(column, `"${v}" is not one of ${values.join(', ')}`);
    return found;
  }

  /** The values of a list cell, in lower case, each one of `allowed`. */
  listOf(column: string, allowed: readonly string[]): string[] {
    const values = this.list(column).map((v) => v.toLowerCase());
    for (const v of values)
      if (!allowed.includes(v)) this.refuse(column, `"${v}" is not one of ${allowed.join(', ')}`);
    return values;
  }

  /** A web address (http:// or https://); null when empty. */
  webAddress(column: string): string | null {
    const url = this.text(column);
    if (url && !/^https?:\/\/\S+$/.test(url))
      this.refuse(column, `"${url}" is not a web address (http:// or https://)`);
    return url;
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
    const known = this.checked.regions.get(value);
    if (known !== undefined) return known;
    const r = this.tools.regions.resolve(value, NO_CONVERSIONS);
    switch (r.kind) {
      case 'known':
        this.checked.keep(this.checked.regions, value, r.code);
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
