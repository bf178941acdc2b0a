import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedDataDir } from '../../../test/support/test-store.js';
import { placeKey } from '../../domain/place-key.js';
import { COROP_NUTS3, coropCode, municipalityCode } from './corop-nuts3.js';

describe('COROP areas as NUTS3 regions', () => {
  it('covers the 40 COROP areas of the CBS place table under their CBS names', async () => {
    const text = await readFile(
      join(sharedDataDir, 'nl', 'nl_woonplaats_gemeente_corop_2024.csv'),
      'utf8',
    );
    const corop = new Map<string, string>();
    for (const line of text.trim().split('\n').slice(1)) {
      // The last two fields never hold commas (a municipality name may: "Nuenen, Gerwen en ...").
      const f = line.split(',');
      corop.set(`CR${f.at(-2)}`, f.at(-1)!.trim());
    }
    expect(corop.size).toBe(40);
    for (const [code, name] of corop) expect(COROP_NUTS3[code]?.name, code).toBe(name);
  });

  it("matches GISCO's NUTS3 names (Twente = NL213)", async () => {
    const json = JSON.parse(
      await readFile(join(sharedDataDir, 'geo', 'NL_NUTS_RG_03M_2021_4326_LEVL_3.geojson'), 'utf8'),
    ) as {
      features: { properties: { NUTS_ID: string; NAME_LATN: string } }[];
    };
    const names = new Map(json.features.map((f) => [f.properties.NUTS_ID, f.properties.NAME_LATN]));
    expect(names.size).toBe(40);
    for (const { nuts3, name } of Object.values(COROP_NUTS3)) {
      expect(placeKey(names.get(nuts3) ?? ''), nuts3).toBe(placeKey(name));
    }
    expect(COROP_NUTS3.CR12?.nuts3).toBe('NL213');
  });

  it('writes codes as CBS does', () => {
    expect(coropCode('12')).toBe('CR12');
    expect(coropCode('3')).toBe('CR03');
    expect(municipalityCode('153')).toBe('GM0153');
    expect(municipalityCode('x')).toBeNull();
  });
});
