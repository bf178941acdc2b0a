import type { DossierBlock, DossierItem, DossierSection } from '../dossier-blocks.js';
import type { DossierModel, DossierPractice } from '../dossier-model.js';
import type { Texts } from '../i18n.js';
import { organisationText, roleLabel } from './labels.js';
import { linksBlocks } from './links-part.js';
import { emptyBlock, listItems, part, tablePart } from './list-part.js';
import { hasNoPlacedOrganisations, notMeasuredText } from './measurement.js';

export function practiceItem(model: DossierModel, x: Texts, p: DossierPractice): DossierItem {
  const name = x.name(model.region.name);
  const reasons = p.reasons.map((r) => {
    if (r.kind === 'gap' && r.key_area)
      return r.practice_region_lq === null || r.practice_region_lq === undefined
        ? x.t('practices.reason.gap.unknown', {
            area: x.name(r.key_area.name),
            name,
            ours: x.number(r.region_lq ?? 0, 2),
          })
        : x.t('practices.reason.gap', {
            area: x.name(r.key_area.name),
            region: x.name(p.region.name),
            theirs: x.number(r.practice_region_lq, 2),
            name,
            ours: x.number(r.region_lq ?? 0, 2),
          });
    if (r.kind === 'specialised' && r.key_area)
      return x.t('practices.reason.specialised', {
        name,
        area: x.name(r.key_area.name),
        lq: x.number(r.region_lq ?? 0, 2),
      });
    const t = r.transfer!;
    return x.t('practices.reason.transfer', {
      region: x.name({ nl: t.name_nl, en: t.name_en }),
      year: t.year === null ? '' : ` (${t.year})`,
      outcome: t.outcome ? `: ${t.outcome}` : '',
    });
  });
  return {
    title: p.title,
    subtitle: `${x.name(p.region.name)} (${p.region.code}) · ${x.t('practices.topic')} ${p.topic}`,
    lines: [
      { label: x.t('practices.why'), text: reasons.join(' ') || x.t('practices.reason.none') },
      { label: x.t('practices.description'), text: p.description },
      ...(p.key_areas.length
        ? [{ label: x.t('practices.keyareas'), text: p.key_areas.map((k) => x.name(k)).join(', ') }]
        : []),
      ...(p.evidence ? [{ label: x.t('practices.evidence'), text: p.evidence }] : []),
      ...(p.transfer_potential
        ? [{ label: x.t('practices.transfer'), text: p.transfer_potential }]
        : []),
      ...(p.contact ? [{ label: x.t('practices.contact'), text: p.contact }] : []),
      ...(p.source_url ? [{ label: x.t('practices.source'), text: p.source_url }] : []),
      ...languageNote(x, p.language),
    ],
  };
}

/** A note when a practice's texts are in another language than the dossier's. */
function languageNote(x: Texts, language: string): { label: string; text: string }[] {
  if (language === x.lang || (language !== 'nl' && language !== 'en')) return [];
  return [{ label: x.t('practices.language'), text: x.t(`practices.language.${language}`) }];
}

export function connectingSection(model: DossierModel, x: Texts): DossierSection {
  const name = x.name(model.region.name);
  const c = model.connecting;
  const blocks: DossierBlock[] = [
    { kind: 'paragraph', tone: 'lead', text: x.t('topic.connect.lead', { name }) },
  ];

  blocks.push({ kind: 'heading', text: x.t('practices.gaps.heading', { name }) });
  // Without measured LQs no key area is known to lag behind: "none below 1" would be a finding.
  const unmeasured =
    notMeasuredText(model, x) ??
    (hasNoPlacedOrganisations(model) ? x.t('practices.gaps.noPlaced', { name }) : null);
  if (c.gap_key_areas.length)
    blocks.push({
      kind: 'paragraph',
      text: x.t('practices.gaps.lead', {
        name,
        areas: x.list(c.gap_key_areas.map((g) => `${x.name(g.name)} (${x.number(g.lq, 2)})`)),
      }),
    });
  // Set as the other sections' "nothing here", which it is.
  else if (unmeasured) blocks.push(emptyBlock(unmeasured));
  else blocks.push({ kind: 'paragraph', text: x.t('practices.gaps.nogaps', { name }) });
  if (c.practices_for_gaps.length)
    blocks.push(listItems(c.practices_for_gaps, (p) => practiceItem(model, x, p)));
  else if (c.gap_key_areas.length) blocks.push(emptyBlock(x.t('practices.gaps.none')));

  blocks.push(
    ...part(
      x.t('practices.own.heading'),
      c.own_practices.length > 0,
      x.t('practices.own.none', { name }),
      () => [listItems(c.own_practices, (p) => practiceItem(model, x, p))],
    ),
  );

  blocks.push(
    ...tablePart(
      x,
      'similar',
      { name },
      {
        columns: [
          { label: x.t('similar.region'), width: 1.2 },
          { label: x.t('similar.similarity'), align: 'right', width: 0.6 },
          { label: x.t('similar.explanation'), width: 3.2 },
        ],
        list: c.similar_regions,
        row: (s) => [
          `${x.name(s.name)} (${s.code})`,
          x.percent(s.similarity, 0),
          x.name(s.explanation),
        ],
      },
    ),
  );

  blocks.push(...linksBlocks(model, x));

  blocks.push(
    ...tablePart(
      x,
      'partners',
      {},
      {
        lead: x.t('partners.lead', { scope: model.region.country, name }),
        columns: [
          { label: x.t('partners.organisation'), width: 1.5 },
          { label: x.t('partners.region'), width: 1 },
          { label: x.t('partners.role'), width: 0.7 },
          { label: x.t('partners.reason'), width: 3 },
        ],
        list: c.partners,
        row: (p) => [
          organisationText(x, p),
          x.name(p.region.name),
          roleLabel(x, p.role),
          x.name(p.reason),
        ],
      },
    ),
  );
  return { id: 'connecting', title: x.t('topic.connect'), blocks };
}
