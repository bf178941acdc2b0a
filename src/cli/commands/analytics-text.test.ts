import { describe, expect, it } from 'vitest';
import { cliDatabase, initWithH2020 } from '../../../test/support/cli-database.js';
import { runCli } from '../../../test/support/cli-run.js';

// A SQLite file with the regions, the CBS places and the real H2020 data: the text the analytics
// commands print, in English and in Dutch.

/** Runs a command that must succeed and gives what it printed. */
async function printed(db: string, ...args: string[]): Promise<string> {
  const result = await runCli('--db', db, ...args);
  expect(result.code, result.err).toBe(0);
  return result.out;
}

/** A key area's id as the analytics give it (`topsectoren-2011/lsh`), or its bare code. */
const KEY_AREA_ID = /topsectoren-2011\/|\b(agri-food|horticulture|htsm|lsh|creative|water)\b/;

describe('the text of the analytics commands', () => {
  const { db } = cliDatabase('rk-analytics-text-', initWithH2020, 400_000);

  it('names the key areas, never their ids, in clusters and similar, in the language asked for', async () => {
    const clusters = {
      en: await printed(db, 'clusters', 'NL213'),
      nl: await printed(db, 'clusters', 'NL213', '--lang', 'nl'),
    };
    expect(clusters.en).toContain('Spearheads of Twente (NL213)');
    expect(clusters.en).toMatch(
      /^Key areas not covered by a spearhead: .*Horticulture & Starting Materials/m,
    );
    expect(clusters.nl).toContain('Speerpunten van Twente (NL213)');
    expect(clusters.nl).toMatch(
      /^Sleutelgebieden zonder speerpunt: .*Tuinbouw & Uitgangsmaterialen/m,
    );
    expect(clusters.nl).toContain('Clustersterren (deelnames');
    for (const out of Object.values(clusters)) expect(out).not.toMatch(KEY_AREA_ID);

    const similar = {
      en: await printed(db, 'similar', 'NL213'),
      nl: await printed(db, 'similar', 'NL213', '--lang', 'nl'),
    };
    expect(similar.en).toContain('Regions like Twente (NL213), in the key areas of Top sectors');
    expect(similar.en).toMatch(/they lead in/);
    expect(similar.nl).toContain('Regio’s die lijken op Twente (NL213)');
    expect(similar.nl).toMatch(/Logistiek|Water & Maritiem|Creatieve Industrie/);
    for (const out of Object.values(similar)) expect(out).not.toMatch(KEY_AREA_ID);
  });

  it('prints "not measured" with the reason for T and network measures a region is too small for, in both languages', async () => {
    // Flevoland's projects have business participants only: T is 0 by its formula, not measured.
    const helix = {
      en: await printed(db, 'helix', 'NL230'),
      nl: await printed(db, 'helix', 'NL230', '--lang', 'nl'),
    };
    expect(helix.en).toMatch(
      /^T: not measured \(none of the \d+ projects has a participant from /m,
    );
    expect(helix.nl).toMatch(
      /^T: niet gemeten \(geen van de \d+ projecten heeft een deelnemer uit /m,
    );
    for (const out of Object.values(helix)) expect(out).not.toMatch(/^T = /m);
    // Its organisations share no project among themselves: no assortativity, no modularity.
    const network = {
      en: await printed(db, 'network', 'NL230'),
      nl: await printed(db, 'network', 'NL230', '--lang', 'nl'),
    };
    expect(network.en).toMatch(/assortativity by helix role not measured/);
    expect(network.en).toMatch(
      /^Not measured:\n {2}assortativity, modularity: none of the \d+ organisations shares a project with another from the region; at least one link is needed$/m,
    );
    expect(network.nl).toMatch(/assortativiteit naar helixrol niet gemeten/);
    expect(network.nl).toMatch(
      /^Niet gemeten:\n {2}assortativiteit, modulariteit: geen van de \d+ organisaties/m,
    );
  });

  it('says once that no organisation is placed in a region without any, with no zero counts or empty tables', async () => {
    // Zuidoost-Friesland has no organisation placed in it in the H2020 data.
    const json = JSON.parse(await printed(db, 'network', 'NL126', '--json'));
    expect(json.available).toBe(true);
    expect(json.coverage.region_organisations).toBe(0);
    const { placed_participations: placed, unplaced_participations: unplaced } = json.coverage;
    const en = await printed(db, 'network', 'NL126');
    expect(en.split('\n').slice(0, 3)).toEqual([
      'Collaboration network of Zuidoost-Friesland (NL126): not measured',
      'No organisation in CORDIS is placed in Zuidoost-Friesland (NL126), so its collaboration network cannot be measured there; zeros would say nothing about the region.',
      `Of the ${(placed + unplaced).toLocaleString('en-GB')} participations of organisations in the Netherlands, ${unplaced.toLocaleString('en-GB')} (${Math.round((unplaced / (placed + unplaced)) * 100)}%) could not be placed in a region; they count at country level only, and organisations of Zuidoost-Friesland (NL126) may be among them.`,
    ]);
    const nl = await printed(db, 'network', 'NL126', '--lang', 'nl');
    expect(nl).toMatch(/^Samenwerkingsnetwerk van Zuidoost-Friesland \(NL126\): niet gemeten$/m);
    expect(nl).toContain('Geen organisatie uit CORDIS is in Zuidoost-Friesland (NL126) geplaatst');
    const helix = await printed(db, 'helix', 'NL126');
    expect(helix).toMatch(/^Triple helix of Zuidoost-Friesland \(NL126\): not measured$/m);
    // No counts of 0 and no table of role pairs, configurations or organisations.
    for (const out of [en, nl, helix]) {
      expect(out).not.toMatch(/\b0 (organisations|organisaties|projects|links)\b/);
      expect(out).not.toMatch(/^-+ {2}-+/m);
    }
  });

  it('numbers the reason of each missing LQ in keyareas and says it once under the table', async () => {
    // Zuidwest-Friesland as the reference: it has no activity in some key areas Twente has.
    const json = JSON.parse(
      await printed(db, 'keyareas', 'NL213', '--reference', 'NL125', '--lang', 'nl', '--json'),
    );
    const reasons = [
      ...new Set(
        (json.areas as { not_measured: { reason: string }[] }[]).flatMap((a) =>
          a.not_measured.map((m) => m.reason),
        ),
      ),
    ];
    expect(reasons.length).toBeGreaterThan(0);
    const nl = await printed(db, 'keyareas', 'NL213', '--reference', 'NL125', '--lang', 'nl');
    expect(nl).toContain(
      `Waarom een waarde ontbreekt: ${reasons.map((r, i) => `(${i + 1}) ${r}`).join('; ')}`,
    );
    expect(nl).toMatch(/ – \(1\)$/m);
    expect(nl).not.toMatch(/ –$/m);
  });

  it('prints keyareas wholly in Dutch with --lang nl, under a header that names region, taxonomy and measure', async () => {
    const nl = await printed(db, 'keyareas', 'NL213', '--lang', 'nl');
    expect(nl.split('\n')[0]).toBe(
      'Sleutelgebieden van Twente (NL213) in Topsectoren (2011), gemeten in deelnames; LQ ten opzichte van Nederland',
    );
    expect(nl).toMatch(/^sleutelgebied +waarde +aandeel in NL +LQ$/m);
    expect(nl).toContain('Niet ingedeeld (geen sleutelgebied)');
    expect(nl).toContain('Samen gemeten (de indeling kan ze niet uit elkaar houden): Agri & Food');
    for (const english of ['Key areas', 'Unclassified', 'Measured together', 'participations'])
      expect(nl).not.toContain(english);
    const en = await printed(db, 'keyareas', 'NL213');
    expect(en.split('\n')[0]).toBe(
      'Key areas of Twente (NL213) in Top sectors (2011), measured in participations; LQ against Netherlands',
    );
  });

  it('names organisations without a name in the source in bridges as partners does, in both languages', async () => {
    const json = JSON.parse(await printed(db, 'bridges', 'NL213', 'DE', '--top', '200', '--json'));
    const there = json.there as { id: string; name: string | null }[];
    const unnamed = there.filter((o) => o.name === null);
    expect(unnamed.length).toBeGreaterThan(0);
    expect(there.filter((o) => o.name === o.id)).toEqual([]);
    const pic = unnamed[0]!.id.replace('PIC', '');
    const en = await printed(db, 'bridges', 'NL213', 'DE', '--top', '200');
    expect(en).toContain(`organisation without a name in the source (PIC ${pic})`);
    expect(en).not.toMatch(/^PIC\d+/m);
    const nl = await printed(db, 'bridges', 'NL213', 'DE', '--top', '200', '--lang', 'nl');
    expect(nl).toContain(`organisatie zonder naam in de bron (PIC ${pic})`);
    expect(nl).toContain('Organisaties in Duitsland (DE)');
  });

  it('prints helix, network, links and next-visit in Dutch with --lang nl', async () => {
    const nl = (...args: string[]) => printed(db, ...args, '--lang', 'nl');
    const helix = await nl('helix', 'NL213');
    expect(helix).toMatch(/^Triple helix van Twente \(NL213\): \d+ projecten$/m);
    expect(helix).toMatch(/^rol in de helix +organisaties +deelnames$/m);
    expect(helix).toMatch(/^Bron: /m);
    const network = await nl('network', 'NL213');
    expect(network).toMatch(/^Samenwerkingsnetwerk van Twente \(NL213\): \d+ organisaties/m);
    expect(network).toMatch(/^dichtheid /m);
    // Decimals with a comma in Dutch, as the counts from the figures have a dot between thousands.
    expect(network).toMatch(/^dichtheid \d,\d{4}; /m);
    expect(helix).toMatch(/^T = -?\d+,\d mbit, /m);
    expect(await printed(db, 'network', 'NL213')).toMatch(/^density \d\.\d{4}; /m);
    const links = await nl('links', 'NL213');
    expect(links).toMatch(/^Verbindingen van Twente \(NL213\) \(NUTS 3\): /m);
    // The helix counts the region's projects with a U, I or G participant there; links counts
    // all of them: the difference is the helix's left-out line.
    const counted = Number(/^Triple helix van Twente \(NL213\): (\d+) projecten$/m.exec(helix)![1]);
    const all = Number(/ van zijn (\d+) projecten /.exec(links)?.[1]);
    expect(helix).toMatch(/^Geteld: projecten met een in de regio gevestigde deelnemer uit /m);
    expect(all).toBeGreaterThan(counted);
    expect(helix).toContain(
      all - counted === 1
        ? 'Niet meegeteld: nog 1 project van de regio, waarvan'
        : `Niet meegeteld: nog ${all - counted} projecten van de regio, waarvan`,
    );
    // No indicators in this database: index takes --lang and says what is missing.
    const index = await runCli('--db', db, 'index', '--lang', 'nl');
    expect(index.err).toMatch(/^regiokracht: unknown indicator/);
    const next = await nl('next-visit');
    expect(next).toMatch(
      /^Volgende regio om te bezoeken \(per [\d-]+\); gewichten tijd sinds bezoek /,
    );
    const english = [
      'Triple helix of',
      'helix role',
      'Source:',
      'Collaboration network of',
      'density',
      'betweenness',
      'Links of',
      'org pairs',
      'Next region to visit',
      'recency',
    ];
    for (const out of [helix, network, links, next])
      for (const words of english) expect(out).not.toContain(words);
  });
});
