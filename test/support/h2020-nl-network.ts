import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { CORDIS_ACTIVITY_HELIX, type HelixRole } from '../../src/core/helix-role.js';
import type { CollaborationParticipation } from '../../src/core/network/collaboration-network.js';
import { sharedDataDir } from './test-store.js';

/** The Dutch H2020 participations (country NL) and the helix role of each organisation. */
export interface H2020NlNetworkInput {
  readonly participations: readonly CollaborationParticipation[];
  readonly roleOf: ReadonlyMap<string, HelixRole>;
}

/**
 * Reads cordis/h2020_participations_eunets.csv.gz from the shared data directory and keeps the
 * participations of Dutch organisations: project = rcn, organisation = pic, helix role from the
 * CORDIS activity type. The file has no quoted fields; a quote fails loudly rather than being
 * split wrongly.
 */
export function h2020NlNetworkInput(dataDir: string = sharedDataDir): H2020NlNetworkInput {
  const file = join(dataDir, 'cordis', 'h2020_participations_eunets.csv.gz');
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  if (text.includes('"')) throw new Error(`${file}: quoted fields are not supported here`);
  const lines = text.split('\n');
  const header = lines[0]!.split(',');
  const column = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`${file}: no column ${name}`);
    return i;
  };
  const [rcn, pic, type, country] = ['rcn', 'pic', 'type', 'country'].map(column) as [
    number,
    number,
    number,
    number,
  ];
  const participations: CollaborationParticipation[] = [];
  const roleOf = new Map<string, HelixRole>();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const fields = line.split(',');
    if (fields[country] !== 'NL') continue;
    const organisationId = fields[pic]!;
    const role = CORDIS_ACTIVITY_HELIX[fields[type]!];
    if (role === undefined) throw new Error(`${file}:${i + 1}: unknown type ${fields[type]}`);
    participations.push({ projectId: fields[rcn]!, organisationId });
    if (!roleOf.has(organisationId)) roleOf.set(organisationId, role);
  }
  return { participations, roleOf };
}
