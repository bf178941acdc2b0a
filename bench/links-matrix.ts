/**
 * The bench row of the region-to-region matrix: every pair of Dutch NUTS3 regions and countries
 * from the participations, ours against a pandas group-by of the same pairs in the same run.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAnalyticsData } from '../src/services/analytics/analytics-data.js';
import { linkNetwork, linkNodeCode } from '../src/services/analytics/link-network.js';
import type { Store } from '../src/storage/store.js';
import { debianPython } from '../test/support/python.js';

const PANDAS = `
import json, sys, time
import pandas as pd
d = json.load(open(sys.argv[1]))
df = pd.DataFrame(d, columns=['project', 'actor', 'node', 'ec'])
def matrix():
    m = df.merge(df, on='project')
    m = m[m.node_x < m.node_y]
    keys = ['node_x', 'node_y']
    shared = m.drop_duplicates(keys + ['project'])
    out = shared.groupby(keys).agg(projects=('project', 'size'), ec=('ec_x', 'sum'))
    out['pairs'] = m.drop_duplicates(['actor_x', 'actor_y']).groupby(keys).size()
    per_node = df.drop_duplicates(['node', 'project']).groupby('node').size()
    return out, per_node
matrix()
t = []
for _ in range(3):
    s = time.perf_counter(); out, per_node = matrix(); t.append(time.perf_counter() - s)
print(json.dumps({'version': pd.__version__, 'seconds': sorted(t)[1], 'pairs': int(len(out)),
  'shared': int(out.projects.sum()), 'organisation_pairs': int(out.pairs.sum())}))
`;

/** Times the matrix (median of 3) and the pandas peer on the same rows; returns the bench rows. */
export async function linksMatrixRows(
  store: Store,
): Promise<{ work: string; ours: string; peer: string; target: string; verdict: string }[]> {
  const data = await loadAnalyticsData(store);
  linkNetwork(data, 'NL', 3);
  const runs: number[] = [];
  let network = linkNetwork(data, 'NL', 3);
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    network = linkNetwork(data, 'NL', 3);
    runs.push(performance.now() - started);
  }
  const ours = runs.sort((a, b) => a - b)[1]!;
  const pairs = [...network.matrix.pairs.values()];
  const shared = pairs.reduce((s, p) => s + p.sharedProjects, 0);
  const orgPairs = pairs.reduce((s, p) => s + p.organisationPairs, 0);
  const dir = mkdtempSync(join(tmpdir(), 'rk-bench-links-'));
  try {
    const file = join(dir, 'participations.json');
    writeFileSync(
      file,
      JSON.stringify(
        data.participations.project_id.flatMap((projectId, i) => {
          const actorId = data.participations.actor_id[i]!;
          const placed = data.actors.get(actorId)?.region_code;
          if (!placed) return [];
          const ec = data.projects.get(projectId)?.ec_max_contribution_eur ?? 0;
          return [[projectId, actorId, linkNodeCode(placed, 'NL', 3), ec]];
        }),
      ),
    );
    const peer = JSON.parse(
      execFileSync(debianPython, ['-c', PANDAS, file], { encoding: 'utf8' }),
    ) as {
      version: string;
      seconds: number;
      pairs: number;
      shared: number;
      organisation_pairs: number;
    };
    const same =
      peer.pairs === pairs.length && peer.shared === shared && peer.organisation_pairs === orgPairs;
    const peerMs = peer.seconds * 1000;
    const seconds = (ms: number) => `${(ms / 1000).toFixed(3)} s`;
    return [
      {
        work: `region-to-region matrix, ${network.nodes.length} Dutch NUTS3 regions and countries, ${pairs.length} pairs, median of 3`,
        ours: seconds(ours),
        peer: `pandas ${peer.version} group-by: ${seconds(peerMs)} (ours ${(ours / peerMs).toFixed(2)}x its time; ${same ? 'same' : 'DIFFERENT'} pairs and counts)`,
        target: '< 1 s, within 2x of pandas',
        verdict: ours < 1000 && ours <= 2 * peerMs && same ? 'met' : 'missed',
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
