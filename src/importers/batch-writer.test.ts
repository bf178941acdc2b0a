import { describe, expect, it } from 'vitest';
import type { Row, RowValues, TableName } from '../storage/store.js';
import { BatchWriter, type BatchTarget } from './batch-writer.js';

/** A target that records, in order, each bulk announcement and each write. */
class RecordingTarget implements BatchTarget {
  readonly refusing = false;
  readonly events: string[] = [];
  readonly written: RowValues[][] = [];

  beforeBulkWrite(table: TableName, rows: number): Promise<void> {
    this.events.push(`bulk ${table} ${rows}`);
    return Promise.resolve();
  }

  upsert(table: TableName, _key: readonly string[], rows: readonly Row[]): Promise<void> {
    this.events.push(`write ${table} ${rows.length}`);
    return Promise.resolve();
  }

  upsertValues(
    table: TableName,
    _key: readonly string[],
    _columns: readonly string[],
    rows: readonly RowValues[],
  ): Promise<void> {
    this.events.push(`write ${table} ${rows.map((r) => r[0]).join(',')}`);
    this.written.push([...rows]);
    return Promise.resolve();
  }
}

function writers(target: RecordingTarget) {
  const actors = new BatchWriter(target, 'actors', ['id'], { columns: ['id'], inKeyOrder: true });
  const participations = new BatchWriter(target, 'participations', ['actor_id'], {
    columns: ['actor_id'],
    batchSize: 3,
    after: [actors],
  });
  return { actors, participations };
}

describe('BatchWriter', () => {
  it('writes a full batch, and the rows of the writers it comes after first, as a bulk load', async () => {
    const target = new RecordingTarget();
    const { actors, participations } = writers(target);
    for (const id of ['B', 'A']) actors.addValues([id]);
    for (const id of ['A', 'B', 'A']) participations.addValues([id]);
    await participations.flush();
    expect(target.events).toEqual([
      'bulk actors 2',
      'write actors A,B',
      'bulk participations 3',
      'write participations A,B,A',
    ]);
  });

  it('writes a batch that is not full, and the rows ahead of it, without a bulk load', async () => {
    const target = new RecordingTarget();
    const { actors, participations } = writers(target);
    actors.addValues(['C']);
    participations.addValues(['C']);
    await participations.flush();
    await actors.flush();
    expect(target.events).toEqual(['write actors C', 'write participations C']);
  });

  it('writes rows in the order of their key, also when they come in the order of its first column', async () => {
    const target = new RecordingTarget();
    const pairs = new BatchWriter(target, 'participations', ['project_id', 'actor_id'], {
      columns: ['project_id', 'actor_id', 'n'],
      inKeyOrder: true,
    });
    const rows: RowValues[] = [];
    for (let p = 0; p < 40; p++)
      for (let a = 0; a < (p % 7) * 9; a++)
        rows.push([`P${p + 10}`, `A${(a * 37) % 101}`, rows.length]);
    rows.push(['P50', null, 'null first'], ['P50', 'B', 'x']);
    // A second batch: in the order of the first column at first, then not.
    const more: RowValues[] = [
      ['P1', 'B', 0],
      ['P1', 'A', 1],
      ['P2', 'A', 2],
      ['P0', 'C', 3],
      ['P1', 'A', 4],
    ];
    for (const batch of [rows, more]) {
      for (const row of batch) pairs.addValues(row);
      await pairs.flush();
    }
    const inOrder = (batch: RowValues[]) =>
      [...batch].sort((a, b) => order(a[0], b[0]) || order(a[1], b[1]));
    expect(target.written).toEqual([inOrder(rows), inOrder(more)]);
    expect(target.written[1]!.map((r) => r[2])).toEqual([3, 1, 4, 0, 2]);
  });
});

/** Null first, then by value. */
function order(x: unknown, y: unknown): number {
  if (x === y) return 0;
  if (x === null) return -1;
  if (y === null) return 1;
  return (x as string) < (y as string) ? -1 : 1;
}
