import { describe, expect, it } from 'vitest';
import { dossierInputsFixture } from '../../../test/support/dossier-inputs-fixture.js';
import type { DossierBlock } from '../dossier-blocks.js';
import { dossierModel } from '../dossier-model.js';
import { renderDossierHtml } from '../render-html.js';
import { visitReportNl } from './messages-nl.js';
import { visitReportEn } from './messages-en.js';
import { visitReportDocument } from './visit-report-document.js';
import type { VisitReportVisit } from './visit-report-model.js';

const visit: VisitReportVisit = {
  id: 'visit-twente',
  date: '2027-02-08',
  venue: 'Universiteit Twente, Enschede',
  hosts: 'Innovatieplatform Twente',
  participants: null,
  status: 'done',
  agenda: [
    { position: 1, topic: 1, title: 'Het regionale innovatiesysteem' },
    { position: 2, topic: null, title: 'Rondleiding' },
  ],
  findings: [
    { topic: 3, text: 'Het fonds is klein voor de vraag.', created_at: '2027-02-09T10:00:00Z' },
    { topic: 1, text: 'Weinig projecten met de overheid.', created_at: '2027-02-08T15:00:00Z' },
  ],
  commitments: [
    {
      description: 'Contactpunt registreren',
      owner: 'Novel-T',
      due_date: '2027-03-01',
      status: 'open',
      overdue: true,
    },
    {
      description: 'Verslag rondsturen',
      owner: 'Platform',
      due_date: null,
      status: 'done',
      overdue: false,
    },
  ],
};

const texts = (blocks: readonly DossierBlock[]) =>
  blocks.flatMap((b) =>
    b.kind === 'paragraph' || b.kind === 'heading'
      ? [b.text]
      : b.kind === 'table'
        ? b.table.rows.map((r) => r.join(' | '))
        : [],
  );

describe('the visit report as a document', () => {
  const dossier = dossierModel(dossierInputsFixture());

  it('lays out the agenda, the findings under their topic, the commitments and the sources', () => {
    const doc = visitReportDocument({ visit, dossier }, 'nl');
    expect(doc.cover.kicker).toBe('Innovatieplatform · Bezoekverslag');
    expect(doc.sections.map((s) => s.id)).toEqual([
      'agenda',
      'findings',
      'commitments',
      'practices',
      'figures',
      'sources',
    ]);
    const [agenda, findings, commitments] = doc.sections;
    expect(texts(agenda!.blocks)).toContain('2 | Rondleiding | algemeen');
    const found = texts(findings!.blocks);
    // Topic 1's finding under topic 1's heading; topic 2 says it has none; then topic 3's.
    const topic1 = found.indexOf('Thema 1: Het regionale innovatiesysteem');
    expect(found[topic1 + 1]).toBe('Weinig projecten met de overheid.');
    expect(found).toContain('Bij dit thema is geen bevinding vastgelegd.');
    expect(found.indexOf('Het fonds is klein voor de vraag.')).toBeGreaterThan(topic1);
    expect(texts(commitments!.blocks)).toEqual([
      expect.stringContaining('Afspraken: 2, waarvan open: 1.'),
      'Contactpunt registreren | Novel-T | 1 maart 2027 | open, datum verstreken',
      'Verslag rondsturen | Platform | geen datum afgesproken | gedaan',
    ]);
  });

  it('says so where nothing was recorded, in English too', () => {
    const empty = { ...visit, agenda: [], findings: [], commitments: [] };
    const doc = visitReportDocument({ visit: empty, dossier }, 'en');
    const all = doc.sections.flatMap((s) => texts(s.blocks));
    expect(all).toContain('No agenda was recorded for this visit.');
    expect(all).toContain('No commitment was recorded at this visit.');
    expect(all.filter((t) => t === 'No finding was recorded on this topic.')).toHaveLength(3);
    const html = renderDossierHtml(doc);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Visit report');
  });

  it('has every text in both languages, none empty', () => {
    expect(Object.keys(visitReportEn).sort()).toEqual(Object.keys(visitReportNl).sort());
    for (const text of [...Object.values(visitReportNl), ...Object.values(visitReportEn)])
      expect(text.trim()).not.toBe('');
  });
});
