/**
 * npm run bench:csv — our CSV reader against csv-parse and papaparse on the largest CSV
 * Regiokracht reads, the CORDIS H2020 participations (`cordis/h2020_participations_eunets.csv.gz`,
 * 144,726 rows), in one run.
 *
 * Every reader gets the same bytes the same way: the gzip file read as a stream in 1 MB chunks,
 * decompressed on the fly and decoded as strict UTF-8 ({@link TextDecoding}, which the import
 * needs to name the byte of a bad character); then our line reader and record splitter, or the
 * library in its streaming mode, and each record's fields are counted. Each measure runs in a
 * fresh process (so the peak RSS is the reader's own), the readers taking turns, N times; the
 * table gives the median CPU time (user + system, all threads: less swayed than wall time by a
 * busy machine) with rows per CPU second, the median wall time and the median peak RSS, with a
 * row that only decodes as the floor. Then the same small hostile inputs go through each reader, to show which of the
 * import's guarantees (see src/importers/text/hostile-text.test.ts) each keeps.
 *
 *   tsx bench/csv.ts [--runs 7] [--file PATH]
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import { parse as csvParse } from 'csv-parse';
import Papa from 'papaparse';
import { csvRecordBatches, type CsvProblem } from '../src/importers/text/csv-records.js';
import { LineReader } from '../src/importers/text/line-reader.js';
import { TextDecoding } from '../src/importers/text/text-decoding.js';
import { IMPORT_LIMITS } from '../src/importers/limits.js';
import { sharedDataDir } from '../test/support/test-store.js';

const READERS = ['decode only', 'ours', 'csv-parse', 'papaparse'] as const;
type ReaderName = (typeof READERS)[number];
interface Count {
  rows: number;
  fields: number;
}

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const file = arg('--file') ?? join(sharedDataDir, 'cordis', 'h2020_participations_eunets.csv.gz');

/** The file's text in chunks: 1 MB reads, gunzip, strict UTF-8 (as the line reader does it). */
async function* decodedChunks(path: string): AsyncGenerator<string> {
  const gunzip = createReadStream(path, { highWaterMark: 1024 * 1024 }).pipe(
    createGunzip({ chunkSize: 256 * 1024 }),
  );
  const decoding = new TextDecoding('utf-8');
  for await (const chunk of gunzip as AsyncIterable<Buffer>) {
    const text = decoding.write(chunk);
    if (typeof text !== 'string') throw new Error(`not UTF-8 at byte ${text.offset}`);
    yield text;
  }
}

async function readOurs(path: string, onProblem: (p: CsvProblem) => void): Promise<Count> {
  const reader = await LineReader.open(path, undefined, { limits: IMPORT_LIMITS });
  const count = { rows: 0, fields: 0 };
  const options = {
    delimiter: ',',
    maxFieldChars: IMPORT_LIMITS.maxFieldChars,
    maxRecordChars: IMPORT_LIMITS.maxLineChars,
  };
  for await (const batch of csvRecordBatches(reader, options, onProblem)) {
    for (const record of batch) {
      count.rows++;
      count.fields += record.fields.length;
    }
  }
  return count;
}

async function readCsvParse(chunks: AsyncIterable<string>): Promise<Count> {
  const parser = Readable.from(chunks).pipe(
    csvParse({
      delimiter: ',',
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: IMPORT_LIMITS.maxLineChars,
    }),
  );
  const count = { rows: 0, fields: 0 };
  for await (const record of parser as AsyncIterable<string[]>) {
    count.rows++;
    count.fields += record.length;
  }
  return count;
}

async function readPapaparse(chunks: AsyncIterable<string>): Promise<Count> {
  // Papa's Node stream input with a `chunk` callback: the records of each chunk as one array,
  // as our reader hands out batches (its NODE_STREAM_INPUT duplex, a record per stream event,
  // took over ten times as long).
  const count = { rows: 0, fields: 0 };
  await new Promise<void>((resolve, reject) => {
    Papa.parse<string[]>(Readable.from(chunks) as unknown as File, {
      delimiter: ',',
      skipEmptyLines: true,
      chunk: (result) => {
        for (const record of result.data) {
          count.rows++;
          count.fields += record.length;
        }
      },
      complete: () => resolve(),
      error: (error: Error) => reject(error),
    });
  });
  return count;
}

async function read(name: ReaderName, path: string): Promise<Count> {
  switch (name) {
    case 'decode only': {
      let rows = 0;
      for await (const text of decodedChunks(path))
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) rows++;
      return { rows, fields: 0 };
    }
    case 'ours':
      return readOurs(path, (p) => {
        throw new Error(`line ${p.line}: ${p.reason}`);
      });
    case 'csv-parse':
      return readCsvParse(decodedChunks(path));
    case 'papaparse':
      return readPapaparse(decodedChunks(path));
  }
}

interface Measure extends Count {
  ms: number;
  cpuMs: number;
  rssMb: number;
}

/** One measure, in this process: prints `{ms, rows, fields, rssMb}` as JSON. */
async function measureOne(name: ReaderName): Promise<void> {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const count = await read(name, file);
  const cpu = process.cpuUsage(cpuBefore);
  const ms = performance.now() - started;
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const rssMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ ms, cpuMs, ...count, rssMb }));
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function measureAll(): Promise<void> {
  const runs = Number(arg('--runs') ?? 7);
  const self = fileURLToPath(import.meta.url);
  const results = new Map<ReaderName, Measure[]>(READERS.map((r) => [r, []]));
  console.log(`${file}: ${runs} runs per reader, each in a fresh process, in turns`);
  for (let run = 0; run < runs; run++) {
    for (const name of READERS) {
      const child = spawnSync(
        process.execPath,
        [...process.execArgv, self, '--one', name, '--file', file],
        { encoding: 'utf8' },
      );
      if (child.status !== 0) throw new Error(`${name}: ${child.stderr}`);
      results.get(name)!.push(JSON.parse(child.stdout.trim().split('\n').pop()!));
    }
  }
  console.log(
    '\n| reader | rows | fields | median CPU ms | rows per CPU s | median wall ms | median peak RSS | runs (CPU ms) |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const [name, list] of results) {
    const cpuMs = median(list.map((r) => r.cpuMs));
    const rows = list[0]!.rows;
    const cells = [
      name,
      rows.toLocaleString('en-GB'),
      list[0]!.fields.toLocaleString('en-GB'),
      cpuMs.toFixed(0),
      Math.round((rows / cpuMs) * 1000).toLocaleString('en-GB'),
      median(list.map((r) => r.ms)).toFixed(0),
      `${median(list.map((r) => r.rssMb)).toFixed(0)} MB`,
      list.map((r) => r.cpuMs.toFixed(0)).join(', '),
    ];
    console.log(`| ${cells.join(' | ')} |`);
  }
}

/** Small hostile inputs; what each reader makes of them. */
const CASES: { name: string; bytes: Buffer }[] = [
  { name: 'CR line ends', bytes: Buffer.from('a,b\r1,2\r3,4\r') },
  { name: 'CRLF line ends', bytes: Buffer.from('a,b\r\n1,2\r\n3,4\r\n') },
  {
    name: 'record after a quoted field over 2 lines (its line number)',
    bytes: Buffer.from('a,b\n"x\ny",2\n3,4\n'),
  },
  { name: 'CORDIS stray quotes', bytes: Buffer.from('a,b\n"ASSOCIATION "NCSA"",2\n') },
  { name: 'unclosed quote', bytes: Buffer.from('a,b\n"open,2\n3,4\n') },
  { name: 'Latin-1 byte in UTF-8', bytes: Buffer.from([0x61, 0x2c, 0x62, 0x0a, 0xe2, 0x2c, 0x32]) },
  {
    name: `field over ${IMPORT_LIMITS.maxFieldChars.toLocaleString('en-GB')} characters`,
    bytes: Buffer.from(`a,b\n${'x'.repeat(IMPORT_LIMITS.maxFieldChars + 1)},2\n`),
  },
];

async function* rawChunks(path: string): AsyncGenerator<string> {
  // The libraries as they come: their own decoding of the bytes (Buffer to UTF-8 string).
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) yield chunk.toString();
}

async function describe(work: () => Promise<unknown>): Promise<string> {
  try {
    return JSON.stringify(await work()).slice(0, 90);
  } catch (error) {
    return `error: ${(error as Error).message}`.slice(0, 90);
  }
}

async function guarantees(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rk-bench-csv-'));
  console.log('\n| input | ours | csv-parse | papaparse |');
  console.log('| --- | --- | --- | --- |');
  for (const c of CASES) {
    const path = join(dir, 'case.csv');
    writeFileSync(path, c.bytes);
    const ours = await describe(async () => {
      const problems: string[] = [];
      const reader = await LineReader.open(path, undefined, { limits: IMPORT_LIMITS });
      const records: string[] = [];
      const options = { delimiter: ',', maxFieldChars: IMPORT_LIMITS.maxFieldChars };
      for await (const batch of csvRecordBatches(reader, options, (p) =>
        problems.push(`line ${p.line} ${p.field ?? ''}: ${p.reason}`),
      ))
        for (const r of batch) records.push(`${r.line}:${r.fields.join('|').slice(0, 12)}`);
      return problems.length ? problems : records;
    });
    const parsed = await describe(async () => {
      const records: string[] = [];
      const parser = Readable.from(rawChunks(path)).pipe(
        csvParse({ relax_quotes: true, relax_column_count: true, info: true }),
      );
      for await (const r of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>)
        records.push(`${r.info.lines}:${r.record.join('|').slice(0, 12)}`);
      return records;
    });
    const papa = await describe(async () => {
      const text = c.bytes.toString();
      const result = Papa.parse<string[]>(text, { skipEmptyLines: true });
      const errors = result.errors.map((e) => `row ${e.row}: ${e.message}`);
      return errors.length ? errors : result.data.map((r) => r.join('|').slice(0, 12));
    });
    console.log(`| ${c.name} | ${ours} | ${parsed} | ${papa} |`);
  }
  rmSync(dir, { recursive: true, force: true });
}

const one = arg('--one');
if (one) await measureOne(one as ReaderName);
else {
  await measureAll();
  await guarantees();
}
