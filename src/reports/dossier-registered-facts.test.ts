import { describe, expect, it } from 'vitest';
import { dossierInputsFixture } from '../../test/support/dossier-inputs-fixture.js';
import type { DossierInputs } from '../services/dossier/dossier-inputs.js';
import { dossierDocument, type DossierBlock, type DossierDocument } from './dossier-document.js';
import { dossierModel } from './dossier-model.js';

const blocks = (doc: DossierDocument, id: string): readonly DossierBlock[] =>
  doc.sections.find((s) => s.id === id)!.blocks;

/** The lines of the item titled `title` in a section. */
const itemLines = (doc: DossierDocument, id: string, title: string) =>
  blocks(doc, id)
    .flatMap((b) => (b.kind === 'items' ? b.items : []))
    .find((i) => i.title === title)?.lines;

/** The lines of the appendix entry titled `title`. */
const sourceLines = (doc: DossierDocument, title: string) =>
  blocks(doc, 'sources')
    .flatMap((b) => (b.kind === 'source' && b.title === title ? [b.lines] : []))
    .at(0);

/** The summary fact labelled `label`. */
const summaryFact = (doc: DossierDocument, label: string) =>
  blocks(doc, 'summary')
    .flatMap((b) => (b.kind === 'facts' ? b.items : []))
    .find((f) => f.label === label)?.value;

/** The fixture as the database gives it: funds, contact points and practices come from no data set. */
function ownFactsWithoutDataSets(): DossierInputs {
  const inputs = dossierInputsFixture();
  const none = { datasets: [], imports: [] };
  return {
    ...inputs,
    sources: {
      ...inputs.sources,
      funds: { ...inputs.sources.funds, ...none },
      contactPoints: { ...inputs.sources.contactPoints, ...none },
      practices: { ...inputs.sources.practices, ...none },
    },
  };
}

describe('the registered facts of a region in the dossier', () => {
  it.each([
    ['nl', 'leningen, participaties (eigen vermogen)', 'telefoon, e-mail'],
    ['en', 'loans, equity', 'phone, e-mail'],
  ] as const)(
    'names fund instruments and contact channels in words, listed with commas: %s',
    (lang, instruments, channels) => {
      const doc = dossierDocument(dossierModel(dossierInputsFixture()), lang);
      const fund = itemLines(doc, 'topic-3', 'Innovatiefonds Oost')!;
      expect(fund.map((l) => l.text)).toContain(instruments);
      expect(fund.map((l) => l.text)).toContain('HTSM, energie');
      expect(itemLines(doc, 'topic-3', 'MKB-loket Twente')!.map((l) => l.text)).toContain(channels);
      expect(JSON.stringify(blocks(doc, 'topic-3'))).not.toMatch(/loans\|equity|HTSM\|energie/);
    },
  );

  it('shows a code outside the closed lists as stored rather than failing', () => {
    const inputs = dossierInputsFixture();
    const fund = { ...inputs.clusters.funds[0]!, instruments: 'loans|crowdfunding' };
    const doc = dossierDocument(
      dossierModel({ ...inputs, clusters: { ...inputs.clusters, funds: [fund] } }),
      'en',
    );
    expect(itemLines(doc, 'topic-3', 'Innovatiefonds Oost')!.map((l) => l.text)).toContain(
      'loans, crowdfunding',
    );
  });

  it.each([
    ['nl', 'Investeringsfondsen', 'Contactpunt voor het mkb', 'Goede voorbeelden', 'Bron'],
    ['en', 'Investment funds', 'SME contact point', 'Good practices', 'Source'],
  ] as const)(
    'lists the source page of every fund, contact point and practice shown in the appendix: %s',
    (lang, funds, contactPoints, practices, label) => {
      const doc = dossierDocument(dossierModel(ownFactsWithoutDataSets()), lang);
      expect(sourceLines(doc, funds)![0]).toEqual({
        label,
        text: 'Innovatiefonds Oost: https://example.org/fonds-oost',
      });
      expect(sourceLines(doc, contactPoints)![0]).toEqual({
        label,
        text: 'MKB-loket Twente: https://example.org/mkb/over',
      });
      const practiceLines = sourceLines(doc, practices)!.filter((l) => l.label === label);
      expect(practiceLines[0]!.text).toBe('Energy lab: https://example.org/lab');
      // One line per practice shown; one without a registered page says so.
      expect(practiceLines).toHaveLength(3);
      expect(practiceLines[1]!.text).toMatch(/: (geen bron geregistreerd|no source registered)\.$/);
      const texts = [funds, contactPoints, practices].flatMap((t) =>
        sourceLines(doc, t)!.map((l) => l.text),
      );
      expect(texts).not.toContain(
        lang === 'nl' ? 'Geen gegevensbron geregistreerd.' : 'No data set recorded.',
      );
    },
  );

  it('says "no data set" only where a figure has neither a data set nor registered records', () => {
    const inputs = ownFactsWithoutDataSets();
    const doc = dossierDocument(
      dossierModel({
        ...inputs,
        clusters: { ...inputs.clusters, funds: [] },
        fundSourceUrls: new Map(),
      }),
      'nl',
    );
    expect(sourceLines(doc, 'Investeringsfondsen')![0]).toEqual({
      label: 'Gegevensbron',
      text: 'Geen gegevensbron geregistreerd.',
    });
  });
});

describe('the summary of what is not registered or not measured', () => {
  it.each([
    ['nl', 'Speerpunten', 'Investeringsfonds', 'niet geregistreerd'],
    ['en', 'Spearheads', 'Investment fund', 'not registered'],
  ] as const)(
    'says spearheads and funds are not registered rather than none: %s',
    (lang, spearheads, fund, notRegistered) => {
      const doc = dossierDocument(dossierModel(dossierInputsFixture({ empty: true })), lang);
      expect(summaryFact(doc, spearheads)).toBe(notRegistered);
      expect(summaryFact(doc, fund)).toBe(notRegistered);
    },
  );

  it('says cluster stars and specialisation are not measured where nothing was compared', () => {
    const doc = dossierDocument(dossierModel(dossierInputsFixture({ empty: true })), 'en');
    expect(summaryFact(doc, 'Cluster stars')).not.toBe('none');
    expect(summaryFact(doc, 'Cluster stars')).toMatch(/not measured/i);
    expect(summaryFact(doc, 'Specialised in')).toMatch(/not measured/i);
  });

  it('says "none" for cluster stars only when key areas were compared and none earned a star', () => {
    const inputs = dossierInputsFixture();
    const stars = inputs.clusters.stars.map((s) => ({ ...s, stars: 0 }));
    const doc = dossierDocument(
      dossierModel({ ...inputs, clusters: { ...inputs.clusters, stars } }),
      'en',
    );
    expect(summaryFact(doc, 'Cluster stars')).toBe('none');
  });
});
