import { describe, expect, it } from 'vitest';
import {
  testIndicatorExport,
  NL_PROVINCES,
  TEST_INDICATOR,
  bodyText,
  testIndicatorValue,
} from '../../../test/support/export-fixture.js';
import { useHandMadeExport } from '../../../test/support/hand-made-export.js';
import { testBackend } from '../../../test/support/test-store.js';
import type { RegionsGeoJson } from './regions-geojson.js';

describe(`region and network exports of hand-made data on ${testBackend}`, () => {
  const now = () => new Date('2026-11-28T10:00:00Z');
  const data = useHandMadeExport(now);
  const { exported, text } = data;

  describe('regions as GeoJSON', () => {
    it('has the twelve provinces with boundaries, values of the latest year, and the source', async () => {
      const file = await exported(testIndicatorExport('regions', 'geojson', { country: 'NL' }));
      expect(file.filename).toBe(`regions-${TEST_INDICATOR}-2020-level2-NL.geojson`);
      expect(file.contentType).toMatch(/^application\/geo\+json/);
      const doc = JSON.parse(await bodyText(file.body)) as RegionsGeoJson;
      expect(doc).toMatchObject({ type: 'FeatureCollection', level: 2, year: 2020 });
      expect(doc.years).toEqual([2019, 2020]);
      expect(doc.features.map((f) => f.id)).toEqual([...NL_PROVINCES]);
      for (const f of doc.features) {
        expect(Object.keys(f.properties)).toEqual([
          'code',
          'name_nl',
          'name_en',
          'value',
          'unit',
          'flags',
        ]);
        expect(f.properties.value).toBe(testIndicatorValue(f.id, 2020));
        expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
      }
      expect(doc.features.find((f) => f.id === 'NL34')!.properties).toMatchObject({
        value: null,
        flags: ':',
      });
      expect(doc.source.datasets[0]).toMatchObject({
        id: 'test:rd',
        publisher: 'Regiokracht tests',
        licence: 'CC0',
        retrieved_at: '2026-11-01',
      });
      expect(doc.source.imports[0]).toMatchObject({ file: 'rd-test.csv', checksum: 'c0ffee' });
      expect(doc.geometry_source.datasets[0]).toMatchObject({ publisher: 'Eurostat GISCO' });
    });

    it('shows the year asked for', async () => {
      const doc = JSON.parse(
        await text(testIndicatorExport('regions', 'geojson', { year: 2019, country: 'NL' })),
      ) as RegionsGeoJson;
      expect(doc.features[0]!.properties.value).toBe(-0.5);
    });

    it('refuses a year without values as not found, naming the years that have them', async () => {
      const request = testIndicatorExport('regions', 'geojson', { year: 2017, country: 'NL' });
      await expect(exported(request)).rejects.toMatchObject({
        code: 'NOT_FOUND',
        message: expect.stringMatching(
          /no value of .* for a region of level 2 in NL in 2017; years with values: 2019, 2020\./,
        ) as unknown,
      });
      const doc = JSON.parse(await text({ ...request, allowEmpty: true })) as RegionsGeoJson;
      expect(doc.features).toHaveLength(NL_PROVINCES.length);
      expect(doc.features.every((f) => f.properties.value === null)).toBe(true);
    });

    it('takes exactly one indicator and a level from 0 to 3', async () => {
      await expect(
        exported({ what: 'regions', format: 'geojson', indicators: [TEST_INDICATOR, 'x'] }),
      ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
      await expect(
        exported({ what: 'regions', format: 'geojson', indicators: [TEST_INDICATOR], level: 4 }),
      ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    });
  });

  it('writes the network of a region as GEXF through the analytics', async () => {
    const file = await exported({ what: 'network', format: 'gexf', region: 'nl213' });
    expect(file).toMatchObject({
      filename: 'network-NL213.gexf',
      contentType: 'application/gexf+xml; charset=utf-8',
    });
    const gexf = await bodyText(file.body);
    expect(gexf).toContain('<gexf');
    expect(gexf).toContain('<node id="ut"');
    await expect(
      exported({ what: 'network', format: 'gexf', region: 'XX99' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
