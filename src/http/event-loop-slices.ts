/** How long a response body may be made at a stretch before the event loop gets a turn. */
export const SLICE_MS = 5;

/**
 * Passes the chunks of `body` on, giving the event loop a turn (setImmediate) whenever `sliceMs`
 * of work has gone by since the last one. A body read from SQLite settles every step at once, in
 * microtasks only, so without the turns one long export would hold up every other request until
 * it was done.
 *
 * @example
 * reply.send(Readable.from(inEventLoopSlices(file.body)));
 */
export async function* inEventLoopSlices<T>(
  body: AsyncIterable<T> | Iterable<T>,
  sliceMs = SLICE_MS,
): AsyncGenerator<T> {
  let since = performance.now();
  for await (const chunk of body) {
    yield chunk;
    if (performance.now() - since >= sliceMs) {
      await new Promise((resolve) => setImmediate(resolve));
      since = performance.now();
    }
  }
}
