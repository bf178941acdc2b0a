import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableChecksums } from '../../test/support/table-checksums.js';
import { sharedDataDir, testBackend } from '../../test/support/test-store.js';
import { deflatedRepeat, zipFile } from '../../test/support/zip-file.js';
import type { Store } from '../storage/store.js';
import { ImportRefusedError } from './import-refused-error.js';
import { IMPORT_KINDS } from './import-kinds.js';
import { IMPORTERS } from './index.js';
import { runImport, type RunImportOptions } from './run-import.js';
import { TEXT_ENCODINGS } from './text/text-decoding.js';
import { openSeededStore } from '../../test/support/seeded-store.js';

/** A real file of each kind, cut to its first lines: the seed every mutation starts from. */
const SAMPLES: Record<string, { path: string[]; lines?: number }[]> = {
  eurostat: [
    { path: ['official', 'eurostat_tsv', 'tgs00024.tsv'], lines: 12 },
    { path: ['official', 'eurostat_sdmxcsv', 'isoc_bde15ar2_sdmx.csv'], lines: 12 },
    { path: ['official', 'eurostat_jsonstat', 'eurostat_rd_e_gerdreg.json'] },
  ],
  cordis: [{ path: ['cordis', 'h2020_organisations_2017_odfest.csv'], lines: 12 }],
  'cbs-places': [{ path: ['nl', 'nl_woonplaats_gemeente_corop_2024.csv'], lines: 12 }],
  tercet: [{ path: ['official', 'tercet', 'pc2020_NL_NUTS-2021_v2.0_selection.csv'], lines: 12 }],
  geo: [{ path: ['geo', 'NL_NUTS_RG_03M_2021_4326_LEVL_2.geojson'] }],
};

async function sample(kind: string, index: number): Promise<string> {
  const list = SAMPLES[kind];
  if (!list) {
    const text = await readFile(
      new URL(`../../content/templates/${kind}.csv`, import.meta.url),
      'utf8',
    );
    return text.split('\n').slice(0, 8).join('\n');
  }
  const s = list[index % list.length]!;
  const bytes = await readFile(join(sharedDataDir, ...s.path));
  const text = (s.path.at(-1)!.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  return s.lines ? text.split(/\r?\n/).slice(0, s.lines).join('\n') : text;
}

const textMutation = fc.record({
  sample: fc.nat({ max: 2 }),
  lineEnding: fc.constantFrom('\n', '\r\n', '\r'),
  encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'latin1', 'utf-16le'),
  readAs: fc.constantFrom(undefined, ...TEXT_ENCODINGS),
  quoting: fc.constantFrom('none', 'quoted', 'stray', 'unclosed', 'doubled'),
  longField: fc.option(fc.integer({ min: 1_000, max: 160_000 }), { nil: undefined }),
  bytes: fc.option(
    fc.record({ at: fc.nat(), value: fc.uint8Array({ minLength: 1, maxLength: 3 }) }),
    { nil: undefined },
  ),
  cut: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
  compression: fc.constantFrom('none', 'gzip', 'gzip-cut'),
});
type TextMutation = typeof textMutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, m: TextMutation): Buffer {
  const lines = text.split('\n');
  const i = Math.min(1, lines.length - 1);
  const line = lines[i] ?? '';
  const comma = Math.max(0, line.search(/[,;\t]/));
  if (m.quoting === 'quoted')
    lines[i] = `"${line.slice(0, comma).replaceAll('"', '""')}"${line.slice(comma)}`;
  if (m.quoting === 'stray') lines[i] = `${line.slice(0, 2)}"${line.slice(2)}`;
  if (m.quoting === 'unclosed') lines[i] = `"${line}`;
  if (m.quoting === 'doubled') lines[i] = `"a ""b"" c",${line}`;
  if (m.longField !== undefined) lines[i] = `${lines[i]}${'x'.repeat(m.longField)}`;
  const joined = lines.join(m.lineEnding);
  let bytes =
    m.encoding === 'utf-8-bom'
      ? Buffer.from(`\uFEFF${joined}`, 'utf8')
      : Buffer.from(joined, m.encoding === 'utf-8' ? 'utf8' : m.encoding);
  if (m.bytes) {
    const at = m.bytes.at % (bytes.length + 1);
    bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(m.bytes.value), bytes.subarray(at)]);
  }
  if (m.cut !== undefined) bytes = bytes.subarray(0, Math.floor(bytes.length * m.cut));
  if (m.compression !== 'none') {
    const gz = gzipSync(bytes);
    bytes = m.compression === 'gzip' ? gz : gz.subarray(0, Math.max(1, gz.length - 9));
  }
  return bytes;
}

/** Tried and held per category, for the suite's closing count. */
const tally = new Map<string, { tried: number; held: number }>();
function count(categories: readonly string[], held: boolean): void {
  for (const c of categories) {
    const t = tally.get(c) ?? { tried: 0, held: 0 };
    t.tried++;
    if (held) t.held++;
    tally.set(c, t);
  }
}

describe(`fuzzed import files on ${testBackend}: a clean import or a one-line refusal naming file, row and field, the database unchanged`, () => {
  let store: Store;
  let dir: string;
  let n = 0;
  beforeAll(async () => {
    store = await openSeededStore({ keyAreas: true });
    dir = await mkdtemp(join(tmpdir(), 'regiokracht-fuzz-'));
  });
  afterAll(async () => {
    await store.close();
    console.log([...tally].map(([c, t]) => `${c}: ${t.tried} tried, ${t.held} held`).join('\n'));
  });

  /** Imports `bytes` as `kind`; the property every hostile file must keep. */
  async function holds(kind: string, bytes: Buffer, name: string, options: RunImportOptions = {}) {
    const path = join(dir, `${++n}-${name}`);
    await writeFile(path, bytes);
    const before = await tableChecksums(store);
    try {
      await runImport(store, IMPORTERS[kind]!, path, { ...options, allowNewRegions: false });
      return true;
    } catch (error) {
      expect(error, String(error)).toBeInstanceOf(ImportRefusedError);
      const refusal = error as ImportRefusedError;
      expect(refusal.message).not.toMatch(
        /\n|unexpected error|Invalid string length|Cannot read propert|is not a function/,
      );
      expect(refusal.message).toContain(path);
      expect(refusal.rowErrors[0]).toMatchObject({
        file: path,
        row: expect.any(Number),
        field: expect.any(String),
      });
      expect(await tableChecksums(store)).toEqual(before);
      return true;
    }
  }

  for (const kind of IMPORT_KINDS) {
    it(`${kind}: encodings, line endings, quoting, field sizes, truncation and compression`, async () => {
      await fc.assert(
        fc.asyncProperty(textMutation, async (m) => {
          const bytes = mutate(await sample(kind, m.sample), m);
          const categories = [
            `encodings (${m.encoding}${m.readAs ? ` read as ${m.readAs}` : ''})`,
            'line endings',
            'quoting',
            ...(m.longField !== undefined ? ['sizes'] : []),
            ...(m.bytes !== undefined || m.cut !== undefined ? ['damaged bytes'] : []),
            ...(m.compression !== 'none' ? ['compression'] : []),
          ].map((c) => (c.startsWith('encodings') ? 'encodings' : c));
          const held = await holds(
            kind,
            bytes,
            `${kind}.txt`,
            m.readAs ? { encoding: m.readAs } : {},
          );
          count(categories, held);
        }),
        { numRuns: 6, seed: 16 + kind.length },
      );
    });
  }

  it('XLSX templates: damaged workbooks, oversized and hostile parts', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('actors');
    const text = await sample('actors', 0);
    for (const line of text.split('\n')) sheet.addRow(line.split(','));
    const valid = Buffer.from(await workbook.xlsx.writeBuffer());
    const hostile = fc.oneof(
      fc
        .record({ cut: fc.double({ min: 0.05, max: 0.99, noNaN: true }) })
        .map(({ cut }) => valid.subarray(0, Math.floor(valid.length * cut))),
      fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }).map(({ at, value }) => {
        const copy = Buffer.from(valid);
        copy[at % copy.length] = value;
        return copy;
      }),
      fc.integer({ min: 101, max: 1024 }).map((mib) =>
        zipFile([
          {
            name: 'xl/worksheets/sheet1.xml',
            deflated: deflatedRepeat(0x20, mib),
            size: mib * 1024 * 1024,
            crc: 0,
          },
        ]),
      ),
      fc
        .uint8Array({ maxLength: 2000 })
        .map((junk) => zipFile([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.from(junk) }])),
      fc.constant(valid),
    );
    await fc.assert(
      fc.asyncProperty(
        hostile,
        fc.constantFrom(...['actors', 'clusters', 'funds']),
        async (bytes, kind) => {
          count(['XLSX'], await holds(kind, bytes, `${kind}.xlsx`));
        },
      ),
      { numRuns: 16, seed: 16 },
    );
  });

  it('JSON-stat: cube sizes, category positions and values', async () => {
    const dimension = (codes: Record<string, unknown>) => ({ category: { index: codes } });
    const cube = fc.record({
      size: fc.array(
        fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constantFrom(1e9, -1, 2.5, 2 ** 53)),
        { minLength: 4, maxLength: 4 },
      ),
      position: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constantFrom(999_999_999, -1, 0.5)),
      value: fc.oneof(fc.double(), fc.string(), fc.constant(null)),
    });
    await fc.assert(
      fc.asyncProperty(cube, async ({ size, position, value }) => {
        const json = {
          version: '2.0',
          class: 'dataset',
          id: ['freq', 'unit', 'geo', 'time'],
          size,
          dimension: {
            freq: dimension({ A: 0 }),
            unit: dimension({ NR: 0 }),
            geo: dimension({ NL21: 0, NL22: position }),
            time: dimension({ '2020': 0 }),
          },
          value: { '0': value, '1': 2 },
          extension: { id: 'fuzz' },
        };
        count(
          ['JSON-stat'],
          await holds('eurostat', Buffer.from(JSON.stringify(json)), 'cube.json'),
        );
      }),
      { numRuns: 16, seed: 16 },
    );
  });

  it('GeoJSON: coordinates, rings, duplicate features and unknown region codes', async () => {
    const base = JSON.parse(await sample('geo', 0)) as {
      features: { properties: Record<string, unknown>; geometry: { coordinates: unknown } }[];
    };
    const hostile = fc.record({
      coordinate: fc.oneof(fc.double(), fc.string(), fc.constant(null), fc.constant(1e308)),
      duplicate: fc.boolean(),
      code: fc.option(fc.constantFrom('NL99', 'QQ11', 'NL2', 'nl21', ''), { nil: undefined }),
      open: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(hostile, async (h) => {
        const data = structuredClone(base);
        const first = data.features[0]!;
        const ring = (first.geometry.coordinates as unknown[][][])[0]!;
        const target = (
          Array.isArray(ring[0]) && Array.isArray(ring[0][0]) ? ring[0] : ring
        ) as unknown[][];
        target[1] = [h.coordinate, 52];
        if (h.open) target.pop();
        if (h.duplicate) data.features.push(structuredClone(first));
        if (h.code !== undefined) first.properties.NUTS_ID = h.code;
        count(
          ['GeoJSON'],
          await holds(
            'geo',
            Buffer.from(JSON.stringify(data)),
            'NUTS_RG_03M_2021_4326_LEVL_2.geojson',
          ),
        );
      }),
      { numRuns: 16, seed: 16 },
    );
  });
});
