import type { Row } from '../../storage/store.js';
import type { ImportContext, TableWriter } from '../importer.js';

type LinkTable =
  | 'actor_key_areas'
  | 'cluster_members'
  | 'cluster_key_areas'
  | 'contact_point_regions'
  | 'contact_point_municipalities'
  | 'fund_regions'
  | 'good_practice_key_areas';
type OwnerColumn = 'actor_id' | 'cluster_id' | 'contact_point_id' | 'fund_id' | 'practice_id';
type LinkColumn = 'actor_id' | 'key_area_id' | 'region_code' | 'municipality_code';

/**
 * A table that links a template's rows to other things (members of a cluster, key areas of a
 * practice, regions of a fund...): queues the links of each row and, once the file is read,
 * removes the links it no longer lists, so that a template imported again mirrors the file.
 */
export class TemplateLinks {
  private readonly writer: TableWriter;
  /** Per owner, the links the file lists. */
  private readonly listed = new Map<string, Set<string>>();

  constructor(
    private readonly ctx: ImportContext,
    private readonly table: LinkTable,
    private readonly ownerColumn: OwnerColumn,
    private readonly linkColumn: LinkColumn,
    after: readonly TableWriter[],
  ) {
    this.writer = ctx.writer(table, [ownerColumn, linkColumn], { after });
  }

  /**
   * Queues an owner's links, each the link column with any more (`weight`, `role`). With
   * `mayGoStale` false (an owner with no links before the import) they are not remembered: all
   * the owner's links then come from the file.
   */
  add(owner: string, links: readonly Row[], mayGoStale = true): void {
    if (mayGoStale) this.listed.set(owner, new Set(links.map((l) => String(l[this.linkColumn]))));
    for (const link of links) this.writer.add({ [this.ownerColumn]: owner, ...link });
  }

  /** Writes the queued links. */
  flush(): Promise<void> {
    return this.writer.flush();
  }

  /** Removes the links of the owners read that the file no longer lists; returns how many. */
  async removeStale(): Promise<number> {
    let removed = 0;
    for (const [owner, links] of this.listed) {
      // The table/column combinations are fixed by the callers; Kysely cannot check them generically.
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      let q = (this.ctx.tx.db as any).deleteFrom(this.table).where(this.ownerColumn, '=', owner);
      if (links.size > 0) q = q.where(this.linkColumn, 'not in', [...links]);
      const result = (await q.executeTakeFirst()) as { numDeletedRows: bigint };
      removed += Number(result.numDeletedRows);
    }
    return removed;
  }
}

/**
 * Writes the queued links of each table, then removes, table after table, the links the file no
 * longer lists and notes how many went, as `3 key areas of practices removed (no longer in the
 * file)` where `what` is 'key areas of practices'.
 */
export async function removeStaleLinks(
  ctx: ImportContext,
  what: string,
  tables: readonly TemplateLinks[],
): Promise<void> {
  for (const links of tables) await links.flush();
  let removed = 0;
  for (const links of tables) removed += await links.removeStale();
  if (removed > 0) ctx.note(`${removed} ${what} removed (no longer in the file)`);
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
