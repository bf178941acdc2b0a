import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { sharedDataDir } from './test-store.js';

/** The header of CORDIS's current project file (`project.csv`). */
export const CORDIS_PROJECT_HEADER =
  'id;acronym;status;title;startDate;endDate;totalCost;ecMaxContribution;legalBasis;topics;ecSignatureDate;frameworkProgramme;masterCall;subCall;fundingScheme;nature;objective;contentUpdateDate;rcn;grantDoi';

/**
 * The cells of one row of CORDIS's current project file (CORDIS_PROJECT_HEADER): the project id
 * and rcn, status, dates, costs, legal basis (already quoted for the file) and the framework
 * programme; the fields the importer does not read stay empty.
 */
export function currentProjectCells(project: {
  readonly rcn: string;
  readonly status: string;
  readonly start: string;
  readonly end: string;
  readonly total: string;
  readonly max: string;
  readonly basis: string;
}): string[] {
  const { rcn, status, start, end, total, max, basis } = project;
  const empty = (n: number) => Array<string>(n).fill('');
  return [
    rcn,
    '',
    status,
    '',
    start,
    end,
    total,
    max,
    basis,
    ...empty(2),
    'H2020',
    ...empty(6),
    rcn,
    '',
  ];
}

/** The header of CORDIS's 2017-2020 project file (`cordis-h2020projects.csv`). */
export const CORDIS_H2020_PROJECTS_HEADER =
  'rcn;id;acronym;status;programme;topics;frameworkProgramme;title;startDate;endDate;projectUrl;objective;totalCost;ecMaxContribution;call;fundingScheme;coordinator;coordinatorCountry;participants;participantCountries;subjects';

/**
 * The legal-basis code each programme part of the eunets extract was cut from: eunets
 * (zambujo/eunets, data/cordis-programmes.yml) assigns a project the part whose code its CORDIS
 * `programme` codes start with, at the level written here; this is that table read backwards.
 */
export const PROGRAMME_PART_LEGAL_BASIS: Readonly<Record<string, string>> = {
  ERC: 'H2020-EU.1.1.',
  FET: 'H2020-EU.1.2.',
  MSCA: 'H2020-EU.1.3.',
  RI: 'H2020-EU.1.4.',
  LEIT: 'H2020-EU.2.1.',
  ARF: 'H2020-EU.2.2.',
  'Innovation in SMEs': 'H2020-EU.2.3.',
  SC1: 'H2020-EU.3.1.',
  SC2: 'H2020-EU.3.2.',
  SC3: 'H2020-EU.3.3.',
  SC4: 'H2020-EU.3.4.',
  SC5: 'H2020-EU.3.5.',
  SC6: 'H2020-EU.3.6.',
  SC7: 'H2020-EU.3.7.',
  SEWP: 'H2020-EU.4.',
  SWAFS: 'H2020-EU.5.',
  JRC: 'H2020-EU.6.',
  EIT: 'H2020-EU.7.',
  Euratom: 'H2020-Euratom',
};

/**
 * rcn -> the project's legal-basis codes (joined by `;`) as far as the shared data tells them:
 * the code of each of its programme parts in cordis/h2020_programme_parts_eunets.csv.gz (see
 * PROGRAMME_PART_LEGAL_BASIS). Each is a true legal basis of the project, at the level of the
 * programme part: CORDIS may name a deeper code (H2020-EU.2.1.1. where this says H2020-EU.2.1.).
 */
export function eunetsLegalBases(dataDir: string = sharedDataDir): Map<string, string> {
  const lines = cordisGzLines(dataDir, 'h2020_programme_parts_eunets.csv.gz');
  const codes = new Map<string, string[]>();
  for (const line of lines.slice(1)) {
    if (line.trim() === '') continue;
    const [rcn, part] = line.split(',') as [string, string];
    const code = PROGRAMME_PART_LEGAL_BASIS[part.trim()];
    if (code === undefined) throw new Error(`programme part without a legal basis: ${part}`);
    const list = codes.get(rcn) ?? [];
    if (!list.includes(code)) list.push(code);
    codes.set(rcn, list);
  }
  return new Map([...codes].map(([rcn, list]) => [rcn, list.join(';')]));
}

/** The lines of a gzipped file in the cordis folder of `dataDir`, header first. */
function cordisGzLines(dataDir: string, file: string): string[] {
  return gunzipSync(readFileSync(join(dataDir, 'cordis', file)))
    .toString('utf8')
    .split('\n');
}

/**
 * The rows of cordis/h2020_participations_eunets.csv.gz split on commas, empty lines left out,
 * and the numbers of named columns, in the order asked.
 */
export function eunetsParticipations(dataDir: string = sharedDataDir): {
  readonly rows: readonly string[][];
  columns<const N extends readonly string[]>(names: N): { [K in keyof N]: number };
} {
  const [head, ...lines] = cordisGzLines(dataDir, 'h2020_participations_eunets.csv.gz');
  const header = head!.split(',');
  return {
    rows: lines.filter((line) => line !== '').map((line) => line.split(',')),
    columns: (names) => names.map((name) => header.indexOf(name)) as never,
  };
}

/** A cell of the eunets extract as the CORDIS files give it: `NA` (no value) becomes empty. */
export function eunetsCell(value: string | undefined): string {
  return value === undefined || value === 'NA' ? '' : value;
}

/** The columns of the eunets extract that a project row is made from. */
const PROJECT_COLUMNS = [
  'rcn',
  'start_date',
  'end_date',
  'max_contribution',
  'total_cost',
] as const;

/** What a made project file holds, counted from the source rows. */
export interface CordisProjectFile {
  readonly path: string;
  readonly projects: number;
  /** Projects given at least one legal-basis code. */
  readonly withLegalBasis: number;
  /** Legal-basis codes written, over all projects. */
  readonly codes: number;
  /** The record numbers of the projects written. */
  readonly rcns: ReadonlySet<string>;
}

/**
 * Writes a CORDIS project file in the current layout (`project.csv`) or the 2017-2020 one
 * (`cordis-h2020projects.csv`, legal basis in `programme`) into `dir`, for every project of the
 * real data in shared/data; nothing of it is committed. How it is made:
 *
 * - one row per project (rcn) of cordis/h2020_participations_eunets.csv.gz, with its start and end
 *   date, total cost and maximum EC contribution as given there (`NA` left empty);
 * - legal basis: the codes of eunetsLegalBases (the project's programme parts, at that level),
 *   `;`-joined and quoted when there are several; empty for a project without a part;
 * - the extract has no grant numbers, so the record number stands in for `id` (as in the
 *   organisation file of cordis-organization-file.ts);
 * - `topics` and every other column the sources lack (status, acronym, title, call, ...) are empty:
 *   no file in shared/data gives a project's call topic, and none is made up.
 */
export async function writeCordisProjectFile(
  dir: string,
  layout: 'current' | '2017-2020',
  dataDir: string = sharedDataDir,
): Promise<CordisProjectFile> {
  const legalBases = eunetsLegalBases(dataDir);
  const eunets = eunetsParticipations(dataDir);
  const [iRcn, iStart, iEnd, iMax, iTotal] = eunets.columns(PROJECT_COLUMNS);
  const rows = new Map<string, string>();
  let withLegalBasis = 0;
  let codeCount = 0;
  for (const f of eunets.rows) {
    const rcn = f[iRcn]!;
    if (rows.has(rcn)) continue;
    const codes = legalBases.get(rcn) ?? '';
    if (codes) {
      withLegalBasis++;
      codeCount += codes.split(';').length;
    }
    const [start, end, total, max] = [
      eunetsCell(f[iStart]),
      eunetsCell(f[iEnd]),
      eunetsCell(f[iTotal]),
      eunetsCell(f[iMax]),
    ];
    const basis = codes.includes(';') ? `"${codes}"` : codes;
    const cells =
      layout === 'current'
        ? currentProjectCells({ rcn, status: '', start, end, total, max, basis })
        : [
            rcn,
            rcn,
            '',
            '',
            basis,
            '',
            'H2020',
            '',
            start,
            end,
            '',
            '',
            total,
            max,
            '',
            '',
            '',
            '',
            '',
            '',
            '',
          ];
    rows.set(rcn, cells.join(';'));
  }
  const path = join(dir, layout === 'current' ? 'project.csv' : 'cordis-h2020projects.csv');
  const head = layout === 'current' ? CORDIS_PROJECT_HEADER : CORDIS_H2020_PROJECTS_HEADER;
  await writeFile(path, [head, ...rows.values()].join('\n') + '\n');
  return {
    path,
    projects: rows.size,
    withLegalBasis,
    codes: codeCount,
    rcns: new Set(rows.keys()),
  };
}
