import type { ImportContext } from '../importer.js';
import { readCsvTable } from '../text/csv-table.js';
import type { LineReader } from '../text/line-reader.js';
import type { CordisSink } from './cordis-sink.js';
import { actorIdOfPic, parseActivityType, parsePic } from './cordis-values.js';

/** Columns that mark the organisation nodes of the ODFest 2017 H2020 network dump. */
export const ODFEST_COLUMNS = ['orgId', 'name', 'activityType', 'city', 'country'] as const;

/**
 * Reads organisations with their address (orgId = PIC, name, shortName, activityType, street,
 * postCode, city, country; the other network columns are ignored). Each becomes the actor
 * `PIC<orgId>`, replacing a placeholder made from a participations file; Dutch organisations are
 * placed by postcode or city. A row without an orgId is skipped (it cannot be linked).
 */
export async function readOdfestOrganisations(
  ctx: ImportContext,
  reader: LineReader,
  sink: CordisSink,
): Promise<void> {
  ctx.setFormat('cordis-organisations');
  const col: Record<string, number> = {};
  const seen = new Map<string, number>();
  await readCsvTable(
    ctx,
    reader,
    { delimiter: ',' },
    (header) => {
      for (const c of [
        'orgId',
        'name',
        'shortName',
        'activityType',
        'street',
        'postCode',
        'city',
        'country',
      ])
        col[c] = header.index(c);
    },
    (f, line) => {
      const text = (name: string) => {
        const i = col[name] ?? -1;
        const v = i === -1 ? '' : (f[i] ?? '').trim();
        return v === '' ? null : v;
      };
      if ((f[col.orgId!] ?? '').trim() === '') {
        // One organisation of the 2017 dump has no PIC: it cannot be linked to anything.
        ctx.skip('organisation without a PIC (orgId empty)', `row ${line}: ${text('name') ?? ''}`);
        return;
      }
      const pic = parsePic(f[col.orgId!]);
      const type = parseActivityType(f[col.activityType!]);
      if (!pic.ok) ctx.refuse(line, 'orgId', pic.reason);
      if (!type.ok) ctx.refuse(line, 'activityType', type.reason);
      const country = sink.country(f[col.country!], line, 'country');
      if (!pic.ok || !type.ok || country === undefined) return;
      const id = actorIdOfPic(pic.value);
      const previous = seen.get(id);
      if (previous !== undefined) {
        ctx.refuse(line, 'orgId', `duplicate of row ${previous} (PIC ${pic.value})`);
        return;
      }
      seen.set(id, line);
      sink.addActor({
        id,
        pic: pic.value,
        name: text('name') ?? id,
        shortName: text('shortName'),
        activityType: type.value.type,
        helixRole: type.value.role,
        isSme: null,
        street: text('street'),
        postcode: text('postCode'),
        city: text('city'),
        country,
      });
    },
  );
}
