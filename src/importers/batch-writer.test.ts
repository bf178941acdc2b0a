import { describe, expect, it } from 'vitest';
import type { Row, RowValues, TableName } from '../storage/store.js';
import { BatchWriter, type BatchTarget } from './batch-writer.js';

/** A target that records, in order, each bulk announcement and each write. */
class RecordingTarget implements BatchTarget {
  readonly refusing = false;
  readonly events: string[] = [];

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
});
