import type { ImportContext } from '../importer.js';

/**
 * Removes the links of the given owners that the file no longer lists (members of a cluster,
 * key areas of a practice...), so that a template imported again mirrors the file; returns how
 * many were removed.
 */
export async function removeStaleLinks(
  ctx: ImportContext,
  table:
    | 'actor_key_areas'
    | 'cluster_members'
    | 'cluster_key_areas'
    | 'contact_point_regions'
    | 'contact_point_municipalities'
    | 'fund_regions'
    | 'good_practice_key_areas',
  ownerColumn: 'actor_id' | 'cluster_id' | 'contact_point_id' | 'fund_id' | 'practice_id',
  linkColumn: 'actor_id' | 'key_area_id' | 'region_code' | 'municipality_code',
  keep: ReadonlyMap<string, ReadonlySet<string>>,
): Promise<number> {
  let removed = 0;
  for (const [owner, links] of keep) {
    // The table/column combinations are fixed by the callers; Kysely cannot check them generically.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    let q = (ctx.tx.db as any).deleteFrom(table).where(ownerColumn, '=', owner);
    if (links.size > 0) q = q.where(linkColumn, 'not in', [...links]);
    const result = (await q.executeTakeFirst()) as { numDeletedRows: bigint };
    removed += Number(result.numDeletedRows);
  }
  return removed;
}

/**
 * The owners that have links in `table` before the import: only their links can go stale, so
 * only theirs need remembering while a file is read (a new owner's links all come from the
 * file). Keeps what an import holds per row independent of the file's length.
 */
export async function ownersWithLinks(
  ctx: ImportContext,
  table: 'actor_key_areas',
  ownerColumn: 'actor_id',
): Promise<Set<string>> {
  const rows = await ctx.tx.db.selectFrom(table).select(ownerColumn).distinct().execute();
  return new Set(rows.map((r) => r[ownerColumn]));
}
