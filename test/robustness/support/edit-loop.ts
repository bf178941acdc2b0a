// A client that keeps editing until it is killed: creates a good practice with two key areas,
// then changes its title, over and over, through the practice service. After each committed
// write it prints `ack <id> <title>`, so the parent knows what was acknowledged before the kill.
// Run: node --import tsx test/robustness/support/edit-loop.ts (REGIOKRACHT_DB or DATABASE_URL).
import { readConfig } from '../../../src/config.js';
import { openStore } from '../../../src/main.js';
import { createPractice } from '../../../src/services/practices/create-practice.js';
import { updatePractice } from '../../../src/services/practices/update-practice.js';

const config = readConfig();
const store = await openStore({ dbPath: config.dbPath, databaseUrl: config.databaseUrl });
const deps = { store, now: () => new Date() };
for (let n = 0; ; n++) {
  const practice = await createPractice(deps, {
    title: `Crashtest ${process.pid}-${n}`,
    region: 'NL213',
    topic: 2,
    description: 'Geschreven tot het proces wordt afgebroken.',
    key_areas: ['topsectoren-2011/htsm', 'topsectoren-2011/lsh'],
  });
  process.stdout.write(`ack ${practice.id} ${practice.title}\n`);
  const title = `${practice.title} (bewerkt)`;
  await updatePractice(deps, practice.id, { title, version: practice.version });
  process.stdout.write(`ack ${practice.id} ${title}\n`);
}
