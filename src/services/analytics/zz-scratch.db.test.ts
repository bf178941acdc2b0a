import { it } from 'vitest';
import { openStore } from '../../main.js';
import { loadAnalyticsData } from './analytics-data.js';
import { deriveData } from './derived-data.js';
import { provenanceFingerprint } from './provenance.js';
import { regionHelix } from './region-helix.js';

it('scratch', async () => {
  const store = await openStore({ dbPath: '/tmp/scratch2.db' });
  let t = performance.now();
  await provenanceFingerprint(store);
  console.log('fp', performance.now() - t);
  t = performance.now();
  const d = await loadAnalyticsData(store);
  console.log('load', performance.now() - t);
  t = performance.now();
  const dd = deriveData(d);
  console.log('derive', performance.now() - t);
  t = performance.now();
  regionHelix(d, dd, 'NL213');
  console.log('helix', performance.now() - t);
  t = performance.now();
  const rows = await store.db
    .selectFrom('participations')
    .select(['project_id', 'actor_id', 'contribution_eur'])
    .execute();
  console.log('kysely select parts', performance.now() - t, rows.length);
  t = performance.now();
  await store.close();
}, 300000);
