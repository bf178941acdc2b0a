import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseQuoted } from '../../src/importers/text/csv-records.js';
import {
  CORDIS_PROJECT_HEADER,
  currentProjectCells,
  eunetsCell,
  eunetsLegalBases,
  eunetsParticipations,
} from './cordis-project-file.js';
import { sharedDataDir } from './test-store.js';

/** The header of CORDIS's current organisation file (`organization.csv` of the CSV exports). */
export const CORDIS_ORGANIZATION_HEADER =
  'projectID;projectAcronym;organisationID;vatNumber;name;shortName;SME;activityType;street;postCode;city;country;nutsCode;geolocation;organizationURL;contactForm;contentUpdateDate;rcn;order;role;ecContribution;netEcContribution;totalCost;endOfParticipation;active';

/** The TERCET postcode files of shared/data used to give organisations a NUTS3 code. */
const TERCET_FILES = [
  'pc2020_NL_NUTS-2021_v2.0_selection.csv',
  'pc2020_BE_NUTS-2021_v1.0_selection.csv',
  'pc2024_DE_NUTS-2024_v1.0.csv',
  'pc2024_AT_NUTS-2024_v1.0.csv',
];

/** What the made files hold, counted from the source rows (for the tests to compare with). */
export interface CordisOrganizationFiles {
  readonly projectFile: string;
  readonly organizationFile: string;
  /** Organisation rows (participations) written. */
  readonly rows: number;
  readonly projects: number;
  /** Organisations per country, and those of them given a nutsCode. */
  readonly organisations: ReadonlyMap<string, number>;
  readonly withNuts: ReadonlyMap<string, number>;
  /** The sum of the ecContribution cells written. */
  readonly contribution: number;
}

/** The columns of the eunets extract that the organisation file and its project file need. */
const PARTICIPATION_COLUMNS = [
  'rcn',
  'role',
  'pic',
  'contribution',
  'start_date',
  'end_date',
  'max_contribution',
  'total_cost',
] as const;

/**
 * Writes a CORDIS `project.csv` and `organization.csv` in the current CORDIS layout (`;`-separated,
 * the headers above) into `dir`, made from the real data in shared/data; nothing of it is
 * committed. How it is made:
 *
 * - the organisations are those of cordis/h2020_organisations_2017_odfest.csv in `countries`
 *   (orgId = PIC -> organisationID; name, shortName, activityType, street, postCode, city,
 *   country as given there);
 * - each is joined to its participations in cordis/h2020_participations_eunets.csv.gz (pic):
 *   one row per participation, grouped by project (rcn), with role and ecContribution (also
 *   written as netEcContribution); the organisation's own totalCost is not in the extract and
 *   stays empty;
 * - nutsCode: the NUTS3 code of the organisation's postcode in the GISCO TERCET files of
 *   official/tercet/ (NL and BE selections in NUTS 2021; DE and AT complete, in NUTS 2024); the
 *   2017 organisation extract carries no postcodes, so in the shared data none matches, and the
 *   code comes instead from the city when it is the name of exactly one NUTS 2021 region of level
 *   3 of that country in geo/NUTS_RG_60M_2021_4326_LEVL_3.geojson (the part before a comma, each
 *   side of a `/`, `Arr.` dropped, umlauts as AE/OE/UE: `MUENCHEN` -> DE212 `München,
 *   Kreisfreie Stadt`, `LEUVEN` -> BE242 `Arr. Leuven`, `WIEN` -> AT130); empty otherwise;
 * - SME, vatNumber, geolocation and the other columns the sources lack are empty;
 * - the eunets extract has no grant numbers, so the record number stands in for it: project.csv
 *   has `id` = `rcn` = the eunets rcn (dates, total cost and maximum contribution from eunets),
 *   and organization.csv's projectID is that number;
 * - project.csv's `legalBasis`: the codes of the project's programme parts (see eunetsLegalBases
 *   in cordis-project-file.ts); `topics` stays empty.
 */
export async function writeCordisOrganizationFiles(
  dir: string,
  countries: readonly string[] = ['NL', 'BE', 'DE', 'AT'],
  dataDir: string = sharedDataDir,
): Promise<CordisOrganizationFiles> {
  const nutsOf = tercetPostcodes(dataDir);
  const nutsOfCity = nuts3ByName(dataDir);
  const legalBases = eunetsLegalBases(dataDir);
  const orgs = odfestOrganisations(dataDir, new Set(countries));
  const eunets = eunetsParticipations(dataDir);
  const [iRcn, iRole, iPic, iContribution, iStart, iEnd, iMax, iTotal] =
    eunets.columns(PARTICIPATION_COLUMNS);
  const byProject = new Map<string, string[][]>();
  const projectRows = new Map<string, string[]>();
  for (const f of eunets.rows) {
    if (!orgs.has(f[iPic]!)) continue;
    const rcn = f[iRcn]!;
    const list = byProject.get(rcn) ?? [];
    list.push(f);
    byProject.set(rcn, list);
    projectRows.set(
      rcn,
      currentProjectCells({
        rcn,
        status: 'CLOSED',
        start: eunetsCell(f[iStart]),
        end: eunetsCell(f[iEnd]),
        total: eunetsCell(f[iTotal]),
        max: eunetsCell(f[iMax]),
        basis: cell(legalBases.get(rcn) ?? ''),
      }),
    );
  }
  const projects = [...byProject.keys()].sort((a, b) => Number(a) - Number(b));
  const orgLines = [CORDIS_ORGANIZATION_HEADER];
  const organisations = new Map<string, number>();
  const withNuts = new Map<string, number>();
  const counted = new Set<string>();
  let contribution = 0;
  for (const rcn of projects) {
    let order = 0;
    for (const f of byProject.get(rcn)!) {
      const org = orgs.get(f[iPic]!)!;
      const nuts =
        (org.postCode && nutsOf.get(`${org.country}|${postcodeKey(org.postCode)}`)) ||
        nutsOfCity.get(`${org.country}|${nameKey(org.city)}`) ||
        '';
      if (!counted.has(org.id)) {
        counted.add(org.id);
        organisations.set(org.country, (organisations.get(org.country) ?? 0) + 1);
        if (nuts) withNuts.set(org.country, (withNuts.get(org.country) ?? 0) + 1);
      }
      const amount = f[iContribution] === 'NA' ? '' : (f[iContribution] ?? '');
      if (amount) contribution += Number(amount);
      orgLines.push(
        [
          rcn,
          '',
          org.id,
          '',
          org.name,
          org.shortName,
          '',
          org.activityType,
          org.street,
          org.postCode,
          org.city,
          org.country,
          nuts,
          '',
          '',
          '',
          '',
          '',
          String(++order),
          f[iRole]!,
          amount,
          amount,
          '',
          '',
          '',
        ]
          .map(cell)
          .join(';'),
      );
    }
  }
  const projectFile = join(dir, 'project.csv');
  const organizationFile = join(dir, 'organization.csv');
  await writeFile(
    projectFile,
    [CORDIS_PROJECT_HEADER, ...projects.map((p) => projectRows.get(p)!.join(';'))].join('\n') +
      '\n',
  );
  await writeFile(organizationFile, orgLines.join('\n') + '\n');
  return {
    projectFile,
    organizationFile,
    rows: orgLines.length - 1,
    projects: projects.length,
    organisations,
    withNuts,
    contribution,
  };
}

interface OdfestOrganisation {
  readonly id: string;
  readonly name: string;
  readonly shortName: string;
  readonly activityType: string;
  readonly street: string;
  readonly postCode: string;
  readonly city: string;
  readonly country: string;
}

function odfestOrganisations(
  dataDir: string,
  countries: ReadonlySet<string>,
): Map<string, OdfestOrganisation> {
  const file = join(dataDir, 'cordis', 'h2020_organisations_2017_odfest.csv');
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  const header = parseQuoted(lines[0]!, ',', '"') as string[];
  const at = (name: string) => header.indexOf(name);
  const out = new Map<string, OdfestOrganisation>();
  let pending = '';
  for (const line of lines.slice(1)) {
    if (line === '' && pending === '') continue;
    // A few streets are quoted over two lines: join until the record is complete.
    const record = pending ? `${pending}\n${line}` : line;
    const f = parseQuoted(record, ',', '"');
    if (!Array.isArray(f)) {
      pending = record;
      continue;
    }
    pending = '';
    const get = (name: string) => (f[at(name)] ?? '').trim();
    if (!countries.has(get('country'))) continue;
    out.set(get('orgId'), {
      id: get('orgId'),
      name: get('name'),
      shortName: get('shortName'),
      activityType: get('activityType'),
      street: get('street'),
      postCode: get('postCode'),
      city: get('city'),
      country: get('country'),
    });
  }
  return out;
}

/** `<country>|<postcode>` -> NUTS3, from the TERCET files (`'NL213';'7522 NB'`). */
function tercetPostcodes(dataDir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of TERCET_FILES) {
    const lines = readFileSync(join(dataDir, 'official', 'tercet', name), 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/);
    const header = lines[0]!.split(';');
    const iNuts = header.indexOf('NUTS3');
    const iCode = header.indexOf('CODE');
    for (const line of lines.slice(1)) {
      if (line.trim() === '') continue;
      const f = line.split(';').map((v) => v.replace(/'/g, '').trim());
      const nuts = f[iNuts]!;
      out.set(`${nuts.slice(0, 2)}|${postcodeKey(f[iCode]!)}`, nuts);
    }
  }
  return out;
}

/**
 * `<country>|<name key>` -> NUTS3 for names that only one NUTS 2021 level-3 region of the
 * country carries (see the comment of {@link writeCordisOrganizationFiles}).
 */
function nuts3ByName(dataDir: string): Map<string, string> {
  const geo = JSON.parse(
    readFileSync(join(dataDir, 'geo', 'NUTS_RG_60M_2021_4326_LEVL_3.geojson'), 'utf8'),
  ) as { features: { properties: { NUTS_ID: string; CNTR_CODE: string; NUTS_NAME: string } }[] };
  const found = new Map<string, Set<string>>();
  for (const { properties: p } of geo.features) {
    for (const variant of p.NUTS_NAME.split('/')) {
      const name = variant.replace(/^\s*Arr\.\s*(de\s+)?/i, '').split(',')[0]!;
      const key = `${p.CNTR_CODE}|${nameKey(name)}`;
      const set = found.get(key) ?? new Set<string>();
      set.add(p.NUTS_ID);
      found.set(key, set);
    }
  }
  const out = new Map<string, string>();
  for (const [key, codes] of found) if (codes.size === 1) out.set(key, [...codes][0]!);
  return out;
}

/** A place name as a key: upper case, umlauts as AE/OE/UE, ß as SS, accents dropped. */
function nameKey(name: string): string {
  return name
    .replace(/ä/gi, 'ae')
    .replace(/ö/gi, 'oe')
    .replace(/ü/gi, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();
}

function postcodeKey(postcode: string): string {
  return postcode.replace(/\s+/g, '').toUpperCase();
}

/** A cell of a `;`-separated CORDIS file: quoted when it holds `;` or `"`. */
function cell(value: string): string {
  return /[;"\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
