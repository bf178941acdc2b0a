import { refreshIndicatorSummary } from '../../src/storage/indicator-summary-refresh.js';
import type { ExportOptions, ExportRequest } from '../../src/services/export/export-file.js';
import type { Row, Store } from '../../src/storage/store.js';
import { upsertTables } from './upsert-tables.js';

/** The hand-made indicator of the export tests. */
export const TEST_INDICATOR = 'test_rd_pc_gdp';

/** An export of {@link TEST_INDICATOR} for the regions of level 2, with further options. */
export function testIndicatorExport(
  what: string,
  format: string,
  options: ExportOptions = {},
): ExportRequest {
  return { what, format, indicators: [TEST_INDICATOR], level: 2, ...options };
}

/** The twelve Dutch provinces (NUTS 2) in code order. */
export const NL_PROVINCES = [
  'NL11',
  'NL12',
  'NL13',
  'NL21',
  'NL22',
  'NL23',
  'NL31',
  'NL32',
  'NL33',
  'NL34',
  'NL41',
  'NL42',
] as const;

/** The value of {@link TEST_INDICATOR} for a province in 2020: 1.25 per position, NL34 missing. */
export function testIndicatorValue(region: string, year: number): number | null {
  const i = NL_PROVINCES.indexOf(region as (typeof NL_PROVINCES)[number]);
  if (year === 2019) return i === 0 ? -0.5 : i === 1 ? 0.0000001 : 1 + i / 8;
  return region === 'NL34' ? null : (i + 1) * 1.25;
}

/**
 * A data set, an import run and an indicator with values for the twelve Dutch provinces in 2019
 * and 2020 (NL34 has no value in 2020, flag `:`; NL12 is estimated, flag `e`), plus one value of
 * Overijssel's COROP area NL213 (level 3). Needs the NUTS regions loaded.
 */
export async function seedTestIndicator(store: Store): Promise<void> {
  await store.transaction(async (tx) => {
    await upsertTables(tx, {
      datasets: [
        {
          id: 'test:rd',
          title: 'R&D test values, "hand-made", for exports',
          publisher: 'Regiokracht tests',
          licence: 'CC0',
          url: 'https://example.org/rd',
          retrieved_at: '2026-11-01',
        },
      ],
      imports: [
        {
          id: 'eurostat-test0000000000',
          dataset_id: 'test:rd',
          kind: 'eurostat',
          file: 'rd-test.csv',
          checksum: 'c0ffee',
          started_at: '2026-11-02T10:00:00.000Z',
          finished_at: '2026-11-02T10:00:01.000Z',
          rows_read: 25,
          rows_inserted: 25,
          rows_updated: 0,
          rows_refused: 0,
          status: 'done',
        },
      ],
      indicators: [
        {
          id: TEST_INDICATOR,
          name_en: 'R&D, % of GDP (test)',
          name_nl: 'R&D, % van het bbp (test)',
          unit: 'PC_GDP',
          aggregation: 'rate',
          dataset_id: 'test:rd',
        },
      ],
    });
    const rows: Row[] = [2019, 2020].flatMap((year) =>
      NL_PROVINCES.map((region) => ({
        indicator_id: TEST_INDICATOR,
        region_code: region,
        year,
        value: testIndicatorValue(region, year),
        flags: year === 2020 && region === 'NL34' ? ':' : region === 'NL12' ? 'e' : null,
        import_id: 'eurostat-test0000000000',
      })),
    );
    rows.push({
      indicator_id: TEST_INDICATOR,
      region_code: 'NL213',
      year: 2020,
      value: 3.5,
      flags: null,
      import_id: 'eurostat-test0000000000',
    });
    await upsertTables(tx, {
      indicator_values: rows,
    });
    // As an import does: the indicator list's levels and years, in the same transaction.
    await refreshIndicatorSummary(tx.db, [TEST_INDICATOR]);
  });
}

/** A formula a spreadsheet would run if the guard failed. */
export const FORMULA_NAME = '=HYPERLINK("http://evil.example","click")';

/**
 * Besides the small network: a regional project with text that CSV must quote (commas, quotes, a
 * line break, accents), an organisation in Greece, and one whose name is a formula. Needs the
 * NUTS regions and {@link loadSmallNetwork}.
 */
export async function seedTrickyParticipations(store: Store): Promise<void> {
  await store.transaction(async (tx) => {
    // One upsert writes the columns of its first row: every row names the same columns.
    const actor = (row: Record<string, string | number | null>) => ({
      short_name: null,
      is_sme: null,
      kvk: null,
      city: null,
      ...row,
    });
    await upsertTables(tx, {
      actors: [
        actor({
          id: 'KVK-00000001',
          name: 'Sensortechniek "Twente", B.V.\nEnschede',
          helix_role: 'business',
          region_code: 'NL213',
          country_code: 'NL',
          is_sme: 1,
          kvk: '00000001',
          city: 'Enschede',
        }),
        actor({
          id: 'fryslan',
          name: 'Kennisinstelling Fryslân; Ljouwert',
          helix_role: 'research',
          region_code: 'NL12',
          country_code: 'NL',
        }),
        actor({
          id: 'athena',
          name: 'Athena Research Centre',
          helix_role: 'research',
          region_code: 'EL30',
          country_code: 'EL',
        }),
        actor({
          id: 'formula',
          name: FORMULA_NAME,
          short_name: '+31 53 000',
          helix_role: 'other',
          region_code: 'NL213',
          country_code: 'NL',
          city: '@Enschede',
        }),
      ],
      projects: [
        {
          id: 'OPOOST-2021-0042',
          acronym: 'SENS,DEMO "2"',
          programme: 'OP Oost',
          funding_source: 'regional',
          start_date: '2022-01-01',
          end_date: '2024-12-31',
        },
      ],
    });
    const take = (actor_id: string, contribution_eur: number | null, total: number | null) => ({
      project_id: 'OPOOST-2021-0042',
      actor_id,
      role: 'participant',
      contribution_eur,
      total_cost_eur: total,
    });
    await upsertTables(tx, {
      participations: [
        take('KVK-00000001', 150000.5, 300000),
        take('fryslan', 0.1, 0.30000000000000004),
        take('athena', null, 99999999.99),
      ],
    });
  });
}

/**
 * A tiny, strict RFC 4180 reader for the export tests: records end with CRLF, fields are quoted
 * when they hold a comma, quote or line break, quotes inside are doubled. Returns the records,
 * header first.
 */
export function parseRfc4180(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"') {
      if (field !== '') throw new Error(`a quote inside an unquoted field at ${i}`);
      quoted = true;
    } else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else if (c === '\r' || c === '\n') {
      throw new Error(`a bare line break outside quotes at ${i}`);
    } else field += c;
  }
  if (quoted) throw new Error('a quoted field is not closed');
  if (field !== '' || record.length > 0) throw new Error('the last record has no CRLF');
  return records;
}

/** CSV text as objects keyed by the header. */
export function csvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = parseRfc4180(text);
  if (!header) throw new Error('no header');
  for (const row of rows) {
    if (row.length !== header.length) throw new Error(`a record with ${row.length} fields`);
  }
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]!])));
}

/** The whole body of an export as text, or as bytes. */
export async function bodyText(body: AsyncIterable<string | Uint8Array>): Promise<string> {
  return (await bodyBytes(body)).toString('utf8');
}

export async function bodyBytes(body: AsyncIterable<string | Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of body) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts);
}
