import { describe, expect, it } from 'vitest';
import { keysetBatches } from './keyset-batches.js';

describe('keyset batches', () => {
  const rows = [1, 2, 3, 4, 5].map((id) => ({ id }));
  const page = async (after: { id: number } | undefined, size: number) =>
    rows.filter((r) => after === undefined || r.id > after.id).slice(0, size);

  it('walks every row once, a page at a time, asking after the last key', async () => {
    const asked: (number | undefined)[] = [];
    const pages: number[][] = [];
    const asking = async (after: { id: number } | undefined, size: number) => {
      asked.push(after?.id);
      return page(after, size);
    };
    for await (const batch of keysetBatches(asking, 2)) {
      pages.push(batch.map((r) => r.id));
    }
    expect(pages).toEqual([[1, 2], [3, 4], [5]]);
    expect(asked).toEqual([undefined, 2, 4]);
  });

  it('asks once more when the last page is exactly full, and yields no empty page', async () => {
    const pages: number[][] = [];
    for await (const batch of keysetBatches(page, 5)) pages.push(batch.map((r) => r.id));
    expect(pages).toEqual([[1, 2, 3, 4, 5]]);
  });
});
