import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedDataDir } from '../../../test/support/test-store.js';
import { DATA_FILES, eurostatTsvUrl } from './data-manifest.js';
import { pullItems } from './pull-source.js';

const PUBLISHER_HOSTS = [
  'gisco-services.ec.europa.eu',
  'ec.europa.eu',
  'cordis.europa.eu',
  'service.pdok.nl',
  'datasets.cbs.nl',
];

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name !== 'README.md')
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

describe('the manifest of the open data set', () => {
  it('lists every data file of the shared data directory, at the same path', async () => {
    const mirror = DATA_FILES.filter((f) => f.inMirror).map((f) => f.path);
    expect([...mirror].sort()).toEqual(await filesUnder(sharedDataDir));
  });

  it('gives every file its own path, a publisher, a licence and a description', () => {
    const paths = DATA_FILES.map((f) => f.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const file of DATA_FILES) {
      expect(file.path, file.path).toMatch(/^[a-z_]+\/[\w./-]+$/);
      expect(file.licence.length, file.path).toBeGreaterThan(5);
      expect(file.description.length, file.path).toBeGreaterThan(20);
    }
  });

  it("gives every publisher's address as https on a publisher's own host", () => {
    for (const file of DATA_FILES.filter((f) => f.url !== null)) {
      const url = new URL(file.url ?? '');
      expect(url.protocol, file.path).toBe('https:');
      expect(PUBLISHER_HOSTS, file.path).toContain(url.host);
    }
  });

  it('points every file only a mirror has to a publisher download or a landing page, or says there is none', () => {
    const official = new Set(DATA_FILES.filter((f) => f.url !== null).map((f) => f.path));
    const mirrorOnly = DATA_FILES.filter((f) => f.url === null);
    for (const file of mirrorOnly) {
      for (const equivalent of file.publisherEquivalents ?? []) {
        expect(official, `${file.path} -> ${equivalent}`).toContain(equivalent);
      }
    }
    const without = mirrorOnly
      .filter((f) => !f.publisherEquivalents?.length && !f.landingPage)
      .map((f) => f.path);
    // The 2011 bulk snapshots have no current equivalent that could be confirmed.
    expect(without.every((p) => p.startsWith('official/eurostat_tsv/tgs_2011/'))).toBe(true);
  });

  it('counts 57 mirror files and 41 publisher addresses, 8 of them for files also in the mirror', () => {
    expect(DATA_FILES.filter((f) => f.inMirror)).toHaveLength(57);
    expect(DATA_FILES.filter((f) => f.url !== null)).toHaveLength(41);
    expect(DATA_FILES.filter((f) => f.url !== null && f.inMirror)).toHaveLength(8);
  });

  it('asks the Eurostat dissemination API for gzipped TSV', () => {
    expect(eurostatTsvUrl('nama_10r_3gdp')).toBe(
      'https://ec.europa.eu/eurostat/api/dissemination/sdmx/2.1/data/NAMA_10R_3GDP?format=TSV&compressed=true',
    );
  });

  it("pulls the publishers' addresses from the publishers and the mirror paths from a mirror", () => {
    const official = pullItems(DATA_FILES, { kind: 'publishers' });
    expect(official.map((i) => i.address)).toContain(
      'https://gisco-services.ec.europa.eu/distribution/v2/nuts/geojson/NUTS_RG_60M_2021_4326_LEVL_0.geojson',
    );
    expect(official.map((i) => i.address)).toContain(
      'https://cordis.europa.eu/data/cordis-h2020projects-csv.zip',
    );
    const mirror = pullItems(DATA_FILES, { kind: 'mirror-url', base: 'https://mirror.test/d/' });
    expect(mirror.find((i) => i.file.path.startsWith('geo/NUTS_RG_60M'))?.address).toBe(
      'https://mirror.test/d/geo/NUTS_RG_60M_2021_4326_LEVL_0.geojson',
    );
    const local = pullItems(DATA_FILES, { kind: 'mirror-dir', dir: '/srv/mirror' });
    expect(local.find((i) => i.file.path === 'nl/nl_woonplaats_gemeente_corop_2024.csv')).toEqual(
      expect.objectContaining({
        address: '/srv/mirror/nl/nl_woonplaats_gemeente_corop_2024.csv',
        url: 'file:///srv/mirror/nl/nl_woonplaats_gemeente_corop_2024.csv',
      }),
    );
  });
});
