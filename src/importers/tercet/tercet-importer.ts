import { replacedActorRows, normalisePostcode } from '../placement/actor-placement.js';
import type { ImportContext, Importer } from '../importer.js';
import { loadNuts2024To2021 } from '../regions/nuts-converter.js';
import { RegionIndex } from '../regions/region-index.js';
import { readCsvTable } from '../text/csv-table.js';
import { DATASETS } from '../datasets.js';
import { openTextFile } from '../open-text-file.js';

export const TERCET_KIND = 'tercet';

/** Postcode shapes of the countries whose postcodes are used for placement. */
const POSTCODE_SHAPES: Readonly<
  Record<string, { readonly pattern: RegExp; readonly example: string }>
> = {
  NL: { pattern: /^\d{4} ?[A-Z]{2}$/, example: '7543 GV' },
  BE: { pattern: /^\d{4}$/, example: '1000' },
  DE: { pattern: /^\d{5}$/, example: '55774' },
  AT: { pattern: /^\d{4}$/, example: '2014' },
  LU: { pattern: /^\d{4}$/, example: '1009' },
};
const ANY_POSTCODE = /^[A-Z0-9][A-Z0-9 -]{1,9}$/i;

/**
 * GISCO TERCET postcode-to-NUTS flat files: `NUTS3;CODE` or `CODE;NUTS3`, values in single
 * quotes (`'NL213';'7543 GV'`), with or without byte-order mark and CRLF. Every row gives the
 * NUTS3 region of one postcode; the country is the code's first two letters. Writes `postcodes`
 * (postcode stored without spaces, upper case) and places the Dutch organisations again.
 *
 * NUTS 2024 files: a NUTS 2024 code that lies wholly in one NUTS 2021 region is read as that
 * region (DEG0S -> DEG04); codes split over several 2021 regions and unknown codes are skipped
 * with a reason. A postcode not shaped as the country writes it (a Dutch PC4 where TERCET has
 * PC6), a quote that does not close on its line and a repeated postcode refuse the row.
 */
export const tercetImporter: Importer = {
  kind: TERCET_KIND,
  description: 'GISCO TERCET postcode -> NUTS3 flat files (NUTS3;CODE or CODE;NUTS3)',
  async run(ctx: ImportContext): Promise<void> {
    ctx.setFormat('gisco-tercet');
    const reader = await openTextFile(ctx, 'a TERCET CSV file (unzip it first)');
    const head = await reader.head();
    const first = (head[0] ?? '').replace(/'/g, '').trim();
    if (first === '') ctx.refuseFile(1, '(header)', 'the file is empty');
    const delimiter = first.includes(';')
      ? ';'
      : first.includes(',')
        ? ','
        : first.includes('\t')
          ? '\t'
          : ';';
    const names = first.split(delimiter).map((n) => n.trim().toUpperCase());
    const iNuts = names.indexOf('NUTS3');
    const iCode = names.indexOf('CODE');
    if (iNuts === -1 || iCode === -1 || names.length !== 2) {
      ctx.refuseFile(
        1,
        '(header)',
        `not a TERCET file: expected the header NUTS3;CODE or CODE;NUTS3, found ${JSON.stringify(first.slice(0, 60))}`,
      );
    }
    if (delimiter !== ';') {
      ctx.note(`delimiter "${delimiter}" instead of ";": not the official TERCET format`);
    }
    const regions = await RegionIndex.loadForImport(ctx);
    const from2024 = ctx.nutsConversionDir
      ? await loadNuts2024To2021(ctx.nutsConversionDir)
      : new Map<string, string>();
    await ctx.useDataset(DATASETS.tercet);
    const postcodes = ctx.writer('postcodes', ['country_code', 'postcode']);
    const seen = new Map<string, number>();
    await readCsvTable(
      ctx,
      reader,
      { delimiter, quote: "'", multiline: false },
      () => undefined,
      (f, line) => {
        const rawNuts = (f[iNuts] ?? '').trim();
        const rawCode = (f[iCode] ?? '').trim();
        if (rawNuts.includes("'") || rawCode.includes("'")) {
          ctx.refuse(
            line,
            rawNuts.includes("'") ? 'NUTS3' : 'CODE',
            'a single quote does not close',
          );
          return;
        }
        const nuts = rawNuts.toUpperCase();
        if (!/^[A-Z]{2}[0-9A-Z]{3}$/.test(nuts)) {
          ctx.refuse(line, 'NUTS3', `"${rawNuts}" is not a NUTS3 code`);
          return;
        }
        const country = nuts.slice(0, 2);
        const shape = POSTCODE_SHAPES[country];
        const code = rawCode.toUpperCase();
        if (shape ? !shape.pattern.test(code) : !ANY_POSTCODE.test(code)) {
          ctx.refuse(
            line,
            'CODE',
            `"${rawCode}" is not a ${country} postcode${shape ? ` (expected e.g. ${shape.example})` : ''}`,
          );
          return;
        }
        const postcode = normalisePostcode(code);
        const key = `${country}|${postcode}`;
        const previous = seen.get(key);
        if (previous !== undefined) {
          ctx.refuse(line, 'CODE', `duplicate of row ${previous} (postcode ${rawCode})`);
          return;
        }
        seen.set(key, line);
        let nuts2021 = nuts;
        if (!regions.has(nuts) || regions.kindOf(nuts) !== 'nuts') {
          const mapped = from2024.get(nuts);
          if (!mapped || !regions.has(mapped)) {
            ctx.skip(
              'NUTS3 code not in NUTS 2021 and not wholly inside one NUTS 2021 region',
              `row ${line}: ${nuts}`,
            );
            return;
          }
          nuts2021 = mapped;
        }
        postcodes.add({
          country_code: country,
          postcode,
          nuts3_code: nuts2021,
          import_id: ctx.importId,
        });
      },
    );
    await ctx.flush();
    if (!ctx.refusing) {
      await postcodes.flush();
      const moved = await replacedActorRows(ctx.tx.db);
      await ctx.upsert('actors', ['id'], moved);
      if (moved.length > 0) ctx.note(`${moved.length} organisations placed again`);
    }
  },
};
