import { placeKey } from '../../domain/place-key.js';
import { replacedActorRows } from '../placement/actor-placement.js';
import type { ImportContext, Importer } from '../importer.js';
import { RegionIndex } from '../regions/region-index.js';
import { csvRecordBatches } from '../text/csv-records.js';
import { withImportLimits } from '../text/csv-table.js';
import { COROP_NUTS3, coropCode, municipalityCode } from './corop-nuts3.js';
import { PLACE_ALIASES } from './place-aliases.js';
import { DATASETS } from '../datasets.js';
import { openTextFile } from '../open-text-file.js';

export const CBS_PLACES_KIND = 'cbs-places';

const COLUMNS = {
  placeCode: 'woonplaatscode',
  place: 'woonplaats',
  municipalityCode: 'gemeentecode',
  municipality: 'gemeente',
  corop: 'corop-gebiedcode',
} as const;

/**
 * The CBS place-name table (Woonplaatscode, Woonplaats, Gemeentecode, Gemeente, COROP-gebiedcode,
 * COROP-gebied; comma- or semicolon-separated). Fills `municipalities` (GM0153, name, CR12,
 * NUTS3 from the COROP area), `places` (WP3510, name, place key) and `place_aliases` (see
 * PLACE_ALIASES), then places the Dutch organisations already loaded again.
 */
export const cbsPlacesImporter: Importer = {
  kind: CBS_PLACES_KIND,
  description:
    'CBS woonplaatsen with municipality and COROP area -> municipalities, places, aliases',
  async run(ctx: ImportContext): Promise<void> {
    ctx.setFormat('cbs-woonplaatsen');
    const reader = await openTextFile(ctx, 'the CBS place table as CSV');
    const head = await reader.head();
    const first = head[0];
    if (first === undefined || first.trim() === '')
      ctx.refuseFile(1, '(header)', 'the file is empty');
    const delimiter =
      [',', ';', '\t'].find((d) => first.toLowerCase().split(d).includes(COLUMNS.placeCode)) ?? ',';
    const regions = await RegionIndex.loadForImport(ctx);
    await ctx.useDataset(DATASETS.cbsPlaces);
    const municipalities = ctx.writer('municipalities', ['code']);
    const places = ctx.writer('places', ['code'], { after: [municipalities] });
    let cols: Record<keyof typeof COLUMNS, number> | undefined;
    let width = 0;
    const seenPlaces = new Map<string, number>();
    const seenMunicipalities = new Map<string, { name: string; corop: string; row: number }>();
    const placeList: {
      code: string;
      key: string;
      municipality: string;
      municipalityName: string;
    }[] = [];
    const records = csvRecordBatches(reader, withImportLimits({ delimiter }), (p) =>
      ctx.refuse(p.line, p.field ?? '(row)', p.reason),
    );
    for await (const batch of records) {
      for (const { fields, line } of batch) {
        if (!cols) {
          const header = fields.map((f) => f.trim().toLowerCase());
          const missing = Object.values(COLUMNS).filter((c) => !header.includes(c));
          if (missing.length > 0) {
            ctx.refuseFile(
              1,
              missing.join(', '),
              `not the CBS place table: missing column(s) ${missing.join(', ')}; expected Woonplaatscode, Woonplaats, Gemeentecode, Gemeente, COROP-gebiedcode`,
            );
          }
          cols = Object.fromEntries(
            Object.entries(COLUMNS).map(([k, c]) => [k, header.indexOf(c)]),
          ) as Record<keyof typeof COLUMNS, number>;
          width = header.length;
          continue;
        }
        ctx.rowsRead(1);
        if (fields.length !== width) {
          ctx.refuse(
            line,
            '(row)',
            `expected ${width} fields, found ${fields.length} (truncated line or wrong delimiter?)`,
          );
          continue;
        }
        const get = (k: keyof typeof COLUMNS) => (fields[cols![k]] ?? '').trim();
        const placeDigits = get('placeCode');
        const name = get('place');
        const municipality = municipalityCode(get('municipalityCode'));
        const municipalityName = get('municipality');
        const corop = coropCode(get('corop'));
        if (!/^\d{1,4}$/.test(placeDigits)) {
          ctx.refuse(
            line,
            'Woonplaatscode',
            `"${placeDigits}" is not a woonplaats code (1-4 digits)`,
          );
          continue;
        }
        if (name === '') {
          ctx.refuse(line, 'Woonplaats', 'empty');
          continue;
        }
        if (!municipality) {
          ctx.refuse(
            line,
            'Gemeentecode',
            `"${get('municipalityCode')}" is not a municipality code`,
          );
          continue;
        }
        const nuts3 = corop ? COROP_NUTS3[corop]?.nuts3 : undefined;
        if (!corop || !nuts3) {
          ctx.refuse(line, 'COROP-gebiedcode', `"${get('corop')}" is not a COROP area (1-40)`);
          continue;
        }
        if (!regions.has(nuts3)) {
          ctx.refuse(line, 'COROP-gebiedcode', `its NUTS3 region ${nuts3} is not in the database`);
          continue;
        }
        const code = `WP${placeDigits.padStart(4, '0')}`;
        const previous = seenPlaces.get(code);
        if (previous !== undefined) {
          ctx.refuse(line, 'Woonplaatscode', `duplicate of row ${previous} (${code})`);
          continue;
        }
        seenPlaces.set(code, line);
        const known = seenMunicipalities.get(municipality);
        if (known && (known.name !== municipalityName || known.corop !== corop)) {
          ctx.refuse(
            line,
            'Gemeente',
            `${municipality} is "${known.name}" in ${known.corop} in row ${known.row}`,
          );
          continue;
        }
        if (!known) {
          seenMunicipalities.set(municipality, { name: municipalityName, corop, row: line });
          municipalities.add({
            code: municipality,
            name: municipalityName,
            corop_code: corop,
            nuts3_code: nuts3,
            source_id: DATASETS.cbsPlaces.id,
          });
        }
        const key = placeKey(name);
        places.add({
          code,
          name,
          name_key: key,
          municipality_code: municipality,
          source_id: DATASETS.cbsPlaces.id,
        });
        placeList.push({ code, key, municipality, municipalityName });
      }
      await ctx.flush();
    }
    if (!cols) ctx.refuseFile(1, '(header)', 'the file is empty');
    await places.flush();
    await ctx.upsert('place_aliases', ['alias_key'], aliasRows(ctx, placeList));
    if (!ctx.refusing) {
      const moved = await replacedActorRows(ctx.tx.db);
      await ctx.upsert('actors', ['id'], moved);
      if (moved.length > 0) ctx.note(`${moved.length} Dutch organisations placed again`);
    }
  },
};

/** The alias rows whose place is in the table; aliases that do not resolve are noted. */
function aliasRows(
  ctx: ImportContext,
  places: readonly { code: string; key: string; municipality: string; municipalityName: string }[],
) {
  const byKey = new Map<string, typeof places>();
  for (const p of places) byKey.set(p.key, [...(byKey.get(p.key) ?? []), p]);
  const rows = [];
  for (const alias of PLACE_ALIASES) {
    let candidates = byKey.get(placeKey(alias.place)) ?? [];
    if (alias.municipality) {
      const want = placeKey(alias.municipality);
      candidates = candidates.filter((p) => placeKey(p.municipalityName) === want);
    }
    if (candidates.length > 1) {
      candidates = candidates.filter(
        (p) =>
          placeKey(p.municipalityName.replace(/\s*\([^)]*\)\s*$/, '')) === placeKey(alias.place),
      );
    }
    const target = candidates.length === 1 ? candidates[0] : undefined;
    if (!target) {
      ctx.skip('place alias whose place is not in the table (or not unique)', alias.alias);
      continue;
    }
    rows.push({
      alias_key: placeKey(alias.alias),
      place_code: target.code,
      source_id: DATASETS.cbsPlaces.id,
    });
  }
  return rows;
}
