import { describe, expect, it } from 'vitest';
import { inEventLoopSlices } from './event-loop-slices.js';

/** Chunks made by work that never waits (as a body read from SQLite is), about 2 ms each. */
async function* busyChunks(n: number): AsyncGenerator<string> {
  for (let i = 0; i < n; i++) {
    const until = performance.now() + 2;
    while (performance.now() < until);
    yield `chunk ${i}\n`;
  }
}

/** Reads the whole body; says which came first, its end or a callback queued for the next turn. */
async function firstOf(body: AsyncIterable<string>): Promise<string[]> {
  const order: string[] = [];
  let chunks = 0;
  setImmediate(() => order.push(`turn after ${chunks} chunks`));
  for await (const chunk of body) if (chunk) chunks++;
  order.push(`end after ${chunks} chunks`);
  await new Promise((resolve) => setImmediate(resolve));
  return order;
}

describe('a response body made in event-loop slices', () => {
  it('lets a request waiting for the next turn be answered between two slices of the body', async () => {
    const order = await firstOf(inEventLoopSlices(busyChunks(20), 5));
    expect(order[0]).toMatch(/^turn after \d+ chunks$/);
    expect(order[1]).toBe('end after 20 chunks');
    const turnAfter = Number(/\d+/.exec(order[0]!)![0]);
    expect(turnAfter).toBeLessThan(20);
  });

  it('without the slices, holds up that request until the body has ended (the peer)', async () => {
    const order = await firstOf(busyChunks(20));
    expect(order).toEqual(['end after 20 chunks', 'turn after 20 chunks']);
  });

  it('passes every chunk on, in order', async () => {
    const chunks: string[] = [];
    for await (const chunk of inEventLoopSlices(busyChunks(5), 1)) chunks.push(chunk);
    expect(chunks).toEqual([0, 1, 2, 3, 4].map((i) => `chunk ${i}\n`));
  });
});
