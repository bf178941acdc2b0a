import type { ImportContext, Importer } from '../importer.js';
import { parseQuoted } from '../text/csv-records.js';
import { CsvHeader } from '../text/csv-table.js';
import { CORDIS_PROJECT_COLUMNS, readCordisProjects } from './cordis-projects-csv.js';
import { isCordisOrganizationHeader, readCordisOrganizations } from './cordis-organizations-csv.js';
import { CordisSink } from './cordis-sink.js';
import { EUNETS_PARTICIPATION_COLUMNS, readEunetsParticipations } from './eunets-participations.js';
import { readEunetsProgrammeParts } from './eunets-programme-parts.js';
import { ODFEST_COLUMNS, readOdfestOrganisations } from './odfest-organisations.js';
import { openTextFile } from '../open-text-file.js';

export const CORDIS_KIND = 'cordis';

/**
 * CORDIS Horizon 2020 data, recognised by the header: participations (rcn, role, pic, type,
 * contribution, country, ...), programme parts (rcn, programme_part), organisations with address
 * (orgId, name, activityType, street, postCode, city, country, ...), and CORDIS's own
 * semicolon-separated project and organisation files. Writes projects, actors (placed), and
 * participations; see each reader for the rules.
 */
export const cordisImporter: Importer = {
  kind: CORDIS_KIND,
  description:
    'CORDIS H2020 participations, programme parts, organisations, and CORDIS project/organisation CSV files',
  async run(ctx: ImportContext): Promise<void> {
    const reader = await openTextFile(ctx, 'a CORDIS CSV file (.csv or .csv.gz)');
    const head = await reader.head();
    const first = head[0];
    if (first === undefined || first.trim() === '')
      ctx.refuseFile(1, '(header)', 'the file is empty');
    const comma = headerOf(first, ',');
    const semicolon = headerOf(first, ';');
    const hasAll = (h: CsvHeader, names: readonly string[]) => names.every((n) => h.has(n));
    let read: ((ctx: ImportContext, r: typeof reader, s: CordisSink) => Promise<void>) | undefined;
    if (hasAll(comma, EUNETS_PARTICIPATION_COLUMNS)) read = readEunetsParticipations;
    else if (hasAll(comma, ['rcn', 'programme_part'])) read = readEunetsProgrammeParts;
    else if (hasAll(comma, ODFEST_COLUMNS)) read = readOdfestOrganisations;
    else if (isCordisOrganizationHeader(semicolon)) read = readCordisOrganizations;
    else if (hasAll(semicolon, CORDIS_PROJECT_COLUMNS)) read = readCordisProjects;
    if (!read) {
      const other = [';', '\t'].some((d) =>
        hasAll(headerOf(first, d), EUNETS_PARTICIPATION_COLUMNS),
      )
        ? ' (the columns are there, but the delimiter is not a comma)'
        : hasAll(comma, CORDIS_PROJECT_COLUMNS) || isCordisOrganizationHeader(comma)
          ? ' (a CORDIS project/organisation file, but comma-separated: CORDIS writes them with semicolons)'
          : '';
      ctx.refuseFile(
        1,
        '(header)',
        `not a CORDIS file: expected participations (rcn, role, pic, type, contribution, country...), programme parts (rcn, programme_part), organisations (orgId, name, activityType, city, country...) or CORDIS project/organisation files; found ${JSON.stringify(first.slice(0, 100))}${other}`,
      );
    }
    const sink = await CordisSink.open(ctx);
    await read(ctx, reader, sink);
    sink.finish();
  },
};

function headerOf(line: string, delimiter: string): CsvHeader {
  const parsed = line.includes('"') ? parseQuoted(line, delimiter, '"') : line.split(delimiter);
  return new CsvHeader(
    (Array.isArray(parsed) ? parsed : line.split(delimiter)).map((c) => c.trim()),
  );
}
