/**
 * Counts the turns the event loop takes while `work` runs: a check that long work gives other
 * requests their chance. Counting stops when `work` settles, whether it succeeds or fails.
 */
export async function eventLoopTurnsDuring<T>(
  work: () => Promise<T>,
): Promise<{ result: T; turns: number }> {
  let turns = 0;
  let running = true;
  const turn = () => {
    turns++;
    if (running) setImmediate(turn);
  };
  setImmediate(turn);
  try {
    const result = await work();
    return { result, turns };
  } finally {
    running = false;
  }
}
