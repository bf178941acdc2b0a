/**
 * npm run bench:stemmer — the Dutch suffix stemmer that SQLite's full-text search uses
 * (`src/storage/sqlite/dutch-suffix-stem.ts`) against the Snowball Dutch stemmer
 * (snowball-stemmers, the algorithm PostgreSQL's 'dutch' configuration runs), on real words: the
 * starter good practices' texts and the names of the Dutch organisations in the CORDIS
 * organisation file (`cordis/h2020_organisations_2017_odfest.csv`).
 *
 * Speed: every word (with repeats, as an index sees them) stemmed by each, the two taking turns,
 * N times after a round that warms both up; the median words/s. Quality: the distinct words grouped by stem; a pair of words is
 * joined when they get the same stem. The table counts the pairs each joins and the pairs only
 * one joins, with examples, so that a reader can judge whether they are forms of one word.
 *
 *   tsx bench/stemmer.ts [--runs 9]
 */
import { join } from 'node:path';
import snowball from 'snowball-stemmers';
import { csvRecordBatches } from '../src/importers/text/csv-records.js';
import { LineReader } from '../src/importers/text/line-reader.js';
import { STARTER_PRACTICES } from '../src/services/starter/starter-practices.js';
import {
  dutchSuffixStem,
  searchNormalise,
  searchWords,
} from '../src/storage/sqlite/dutch-suffix-stem.js';
import { sharedDataDir } from '../test/support/test-store.js';

const runsArg = process.argv.indexOf('--runs');
const runs = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 9;
const dutch = snowball.newStemmer('dutch');
const STEMMERS = {
  ours: (word: string) => dutchSuffixStem(word),
  snowball: (word: string) => dutch.stem(searchNormalise(word)),
};
type StemmerName = keyof typeof STEMMERS;

async function dutchOrganisationNames(): Promise<string[]> {
  const path = join(sharedDataDir, 'cordis', 'h2020_organisations_2017_odfest.csv');
  const reader = await LineReader.open(path);
  const names: string[] = [];
  let name = -1;
  let country = -1;
  for await (const batch of csvRecordBatches(reader, { delimiter: ',' }, () => undefined)) {
    for (const { fields } of batch) {
      if (name === -1) {
        name = fields.indexOf('name');
        country = fields.indexOf('country');
      } else {
        const value = fields[name];
        if (fields[country] === 'NL' && value) names.push(value);
      }
    }
  }
  return names;
}

const texts = [
  ...STARTER_PRACTICES.flatMap((p) => [
    p.title,
    p.description,
    p.resources,
    p.evidence,
    p.transfer_potential,
  ]),
  ...(await dutchOrganisationNames()),
];
const words = texts
  .flatMap(searchWords)
  .map(searchNormalise)
  .filter((w) => /\p{L}/u.test(w));
const distinct = [...new Set(words)].sort();
console.log(
  `${texts.length.toLocaleString('en-GB')} texts (${STARTER_PRACTICES.length} practices, the rest Dutch organisation names): ${words.length.toLocaleString('en-GB')} words, ${distinct.length.toLocaleString('en-GB')} distinct`,
);

// Speed.
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const times: Record<StemmerName, number[]> = { ours: [], snowball: [] };
let sink = 0;
// The first round warms both up (the JIT) and is not counted.
for (const stem of Object.values(STEMMERS)) for (const word of words) sink += stem(word).length;
for (let run = 0; run < runs; run++) {
  for (const name of Object.keys(STEMMERS) as StemmerName[]) {
    const stem = STEMMERS[name];
    const started = performance.now();
    for (const word of words) sink += stem(word).length;
    times[name].push(performance.now() - started);
  }
}
console.log('\n| stemmer | median ms | words/s | runs (ms) |');
console.log('| --- | ---: | ---: | --- |');
for (const name of Object.keys(times) as StemmerName[]) {
  const ms = median(times[name]);
  console.log(
    `| ${name} | ${ms.toFixed(1)} | ${Math.round((words.length / ms) * 1000).toLocaleString('en-GB')} | ${times[name].map((t) => t.toFixed(1)).join(', ')} |`,
  );
}
if (sink === 0) console.log('(no stems)');

// Quality: pairs of distinct words that share a stem.
function joinedPairs(name: StemmerName): Set<string> {
  const byStem = new Map<string, string[]>();
  for (const word of distinct) {
    const stem = STEMMERS[name](word);
    byStem.set(stem, [...(byStem.get(stem) ?? []), word]);
  }
  const pairs = new Set<string>();
  for (const group of byStem.values())
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) pairs.add(`${group[i]} ~ ${group[j]}`);
  return pairs;
}
const ours = joinedPairs('ours');
const theirs = joinedPairs('snowball');
const only = (a: Set<string>, b: Set<string>) => [...a].filter((p) => !b.has(p));
const oursOnly = only(ours, theirs);
const snowballOnly = only(theirs, ours);
const sample = (title: string, pairs: string[]) => {
  const step = Math.ceil(pairs.length / 25);
  const shown = pairs.filter((_, i) => i % step === 0);
  return `\n${title} (${step > 1 ? `every ${step}th of ${pairs.length}` : 'all'}):\n  ${shown.join('\n  ')}`;
};
console.log('\n| | ours | snowball |');
console.log('| --- | ---: | ---: |');
console.log(`| pairs of distinct words joined | ${ours.size} | ${theirs.size} |`);
console.log(`| joined by this one only | ${oursOnly.length} | ${snowballOnly.length} |`);
console.log(
  `| distinct stems | ${new Set(distinct.map(STEMMERS.ours)).size} | ${new Set(distinct.map(STEMMERS.snowball)).size} |`,
);
console.log(sample('Joined by ours only', oursOnly));
console.log(sample('Joined by Snowball only', snowballOnly));
