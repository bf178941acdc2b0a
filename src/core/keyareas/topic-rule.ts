/**
 * The most specific of `prefixes` that a CORDIS call-topic code starts with (case-insensitive),
 * or undefined. Topic codes name their call in their first letters (`SFS-05-2015` is a
 * Sustainable Food Security topic, `BG-07-2015` a Blue Growth topic, `WATER-1a-2014` a water
 * topic), so a prefix classifies every topic of a call.
 *
 * @example topicRule('LC-SFS-03-2018', ['SFS-', 'LC-SFS-']) -> 'LC-SFS-'
 * @example topicRule('ICT-05-2017', ['SFS-']) -> undefined
 */
export function topicRule(topic: string, prefixes: Iterable<string>): string | undefined {
  const t = topic.trim().toUpperCase();
  let best: string | undefined;
  for (const prefix of prefixes)
    if (t.startsWith(prefix.toUpperCase()) && (best === undefined || prefix.length > best.length))
      best = prefix;
  return best;
}
