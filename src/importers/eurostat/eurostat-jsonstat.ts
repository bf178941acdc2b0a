import type { ImportContext } from '../importer.js';
import { IMPORT_LIMITS } from '../limits.js';
import { eurostatIndicator, type IndicatorMeta } from './indicator-meta.js';
import type { IndicatorSink } from './indicator-sink.js';
import { normaliseFlags, periodYear } from './eurostat-value.js';

interface JsonStatDimension {
  label?: string;
  category?: { index?: Record<string, number> | string[]; label?: Record<string, string> };
}

/** A JSON-stat 2.0 dataset as the Eurostat Statistics API returns it. */
interface JsonStatDataset {
  version?: string;
  class?: string;
  label?: string;
  id?: string[];
  size?: number[];
  dimension?: Record<string, JsonStatDimension>;
  value?: (number | null)[] | Record<string, number | null>;
  status?: string | (string | null)[] | Record<string, string>;
  extension?: { id?: string };
}

/** The dataset code a JSON-stat file names (extension.id), lower case, if any. */
export function jsonStatDatasetCode(json: unknown): string | undefined {
  const id = (json as JsonStatDataset | null)?.extension?.id;
  return typeof id === 'string' ? id.toLowerCase() : undefined;
}

/**
 * Reads a JSON-stat 2.0 dataset. Observations are addressed by their position in the row-major
 * cube whose dimension order and sizes are `id` and `size`; `value` and `status` may be arrays
 * or sparse objects keyed by position. A position with a status but no value is stored as null
 * with its flags; a position with neither is not data. The file is parsed whole (JSON-stat is
 * not a streaming format; API responses are small).
 */
export async function readJsonStat(
  ctx: ImportContext,
  text: string,
  sink: IndicatorSink,
  dataset: string,
): Promise<void> {
  ctx.setFormat('eurostat-jsonstat');
  let json: JsonStatDataset;
  try {
    json = JSON.parse(text) as JsonStatDataset;
  } catch (error) {
    ctx.refuseFile(1, '(file)', `not valid JSON (${(error as Error).message})`);
  }
  if (
    json.class !== 'dataset' ||
    !Array.isArray(json.id) ||
    !Array.isArray(json.size) ||
    !json.dimension
  ) {
    ctx.refuseFile(
      1,
      '(file)',
      'not a JSON-stat 2.0 dataset (needs class "dataset", id, size and dimension)',
    );
  }
  const ids = json.id;
  const sizes = json.size;
  if (ids.length !== sizes.length)
    ctx.refuseFile(1, 'size', `id has ${ids.length} dimensions, size ${sizes.length}`);
  const cubeProblem = cubeSizeProblem(sizes);
  if (cubeProblem) ctx.refuseFile(1, 'size', cubeProblem);
  const categories: string[][] = [];
  for (let d = 0; d < ids.length; d++) {
    const name = ids[d] as string;
    const index = json.dimension[name]?.category?.index;
    let codes: string[];
    if (Array.isArray(index)) codes = index;
    else if (index) {
      codes = [];
      for (const [code, position] of Object.entries(index)) {
        if (!Number.isInteger(position) || position < 0 || position >= (sizes[d] as number))
          ctx.refuseFile(
            1,
            `dimension.${name}`,
            `category ${code} has position ${JSON.stringify(position)}, not 0 to ${(sizes[d] as number) - 1}`,
          );
        codes[position] = code;
      }
    } else {
      const labels = json.dimension[name]?.category?.label;
      codes = labels ? Object.keys(labels) : [];
    }
    if (codes.length !== sizes[d] || Object.keys(codes).length !== codes.length) {
      ctx.refuseFile(
        1,
        `dimension.${name}`,
        `has ${codes.length} categories, size says ${sizes[d]}`,
      );
    }
    categories.push(codes);
  }
  const geoDim = ids.findIndex((n) => n.toLowerCase() === 'geo');
  const timeDim = ids.findIndex(
    (n) => n.toLowerCase() === 'time' || n.toUpperCase() === 'TIME_PERIOD',
  );
  if (geoDim === -1 || timeDim === -1) ctx.refuseFile(1, 'id', 'no geo or time dimension');
  const total = sizes.reduce((p, s) => p * s, 1);
  const valueAt = (i: number): number | null | undefined =>
    Array.isArray(json.value) ? json.value[i] : json.value?.[String(i)];
  const statusAt = (i: number): string | undefined => {
    const s = json.status;
    if (typeof s === 'string') return s;
    if (Array.isArray(s)) return s[i] ?? undefined;
    return s?.[String(i)];
  };
  const indicators = new Map<string, IndicatorMeta>();
  const position = new Array<number>(ids.length).fill(0);
  for (let i = 0; i < total; i++) {
    // position = the multi-index of i, last dimension fastest.
    let rest = i;
    for (let d = ids.length - 1; d >= 0; d--) {
      const size = sizes[d] as number;
      position[d] = rest % size;
      rest = Math.floor(rest / size);
    }
    const raw = valueAt(i);
    const status = statusAt(i);
    if ((raw === undefined || raw === null) && status === undefined) continue;
    ctx.rowsRead(1);
    const codeOf = (d: number) => categories[d]?.[position[d] as number] ?? '';
    const period = codeOf(timeDim);
    const year = periodYear(period);
    const dimPairs = ids
      .map((name, d) => [name, codeOf(d)] as const)
      .filter((_, d) => d !== geoDim && d !== timeDim);
    if (year === undefined) {
      ctx.refuse(i + 1, 'time', `"${period}" is not a period`);
      continue;
    }
    if (year === null || dimPairs.some(([n, v]) => n.toLowerCase() === 'freq' && v !== 'A')) {
      ctx.skip('not annual data (freq is not A)', `position ${i}`);
      continue;
    }
    if (raw !== undefined && raw !== null && typeof raw !== 'number') {
      ctx.refuse(i + 1, 'value', `value at position ${i} is not a number`);
      continue;
    }
    const seriesKey = dimPairs.map(([, v]) => v).join(',');
    let indicator = indicators.get(seriesKey);
    if (!indicator) {
      indicator = eurostatIndicator(
        dataset,
        dimPairs,
        json.label ? { title: json.label } : undefined,
      );
      indicators.set(seriesKey, indicator);
    }
    sink.add({
      indicator,
      geo: codeOf(geoDim),
      year,
      value: raw ?? null,
      flags: normaliseFlags(status ?? ''),
      // JSON-stat has no rows; errors name the observation's position (1-based).
      row: i + 1,
      field: 'value',
    });
  }
}

/**
 * What is wrong with the `size` of a JSON-stat cube, or null: every size a whole number, the
 * product at most {@link IMPORT_LIMITS}.maxCubeCells. Checked before anything is allocated, so a
 * few bytes declaring a cube of 10^18 cells are refused at once.
 */
export function cubeSizeProblem(sizes: readonly unknown[]): string | null {
  let cells = 1;
  for (const [d, size] of sizes.entries()) {
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0)
      return `size ${d + 1} is ${JSON.stringify(size)}, not a whole number`;
    cells *= size;
  }
  if (cells > IMPORT_LIMITS.maxCubeCells)
    return `the cube has ${cells.toLocaleString('en-GB')} cells, more than the limit of ${IMPORT_LIMITS.maxCubeCells.toLocaleString('en-GB')}`;
  return null;
}
