import { lqBars } from '../charts/lq-bars.js';
import type { DossierBlock, DossierSection } from '../dossier-blocks.js';
import type { DossierModel } from '../dossier-model.js';
import type { MessageKey, Texts } from '../i18n.js';
import { lqText } from './labels.js';
import { figureBlock } from './figure-block.js';
import { emptyBlock, listTable, part } from './list-part.js';
import {
  hasNoPlacedOrganisations,
  measured,
  notMeasuredBlock,
  notMeasuredText,
} from './measurement.js';
import { valueNotes } from './value-notes.js';

export function topic2Section(model: DossierModel, x: Texts): DossierSection {
  const name = x.name(model.region.name);
  const t2 = model.topic2;
  const blocks: DossierBlock[] = [
    { kind: 'paragraph', tone: 'lead', text: x.t('topic.2.lead', { name }) },
  ];
  const unit = ['participations', 'eur', 'organisations'].includes(t2.unit)
    ? x.t(`unit.${t2.unit}` as MessageKey)
    : t2.unit;
  const notMeasured = notMeasuredText(model, x);
  if (notMeasured) {
    blocks.push(notMeasuredBlock(notMeasured));
  } else if (!t2.region_total || t2.areas.length === 0) {
    blocks.push(
      emptyBlock(
        x.t(hasNoPlacedOrganisations(model) ? 'keyareas.noPlaced' : 'keyareas.none', { name }),
      ),
    );
  } else {
    // A share or LQ that is missing shows the number of its reason, listed once under the table.
    const notes = valueNotes();
    const reasons = (a: (typeof t2.areas)[number], measure: 'share_of_national' | 'lq') =>
      a.not_measured.filter((m) => m.measure === measure).map((m) => x.name(m.reason));
    const shareText = (a: (typeof t2.areas)[number]) =>
      a.share_of_national === null
        ? notes.mark(x.t('value.none'), reasons(a, 'share_of_national'))
        : x.percent(a.share_of_national, 1);
    const lqCell = (a: (typeof t2.areas)[number]) =>
      a.lq === null ? notes.mark(lqText(x, a.lq), reasons(a, 'lq')) : lqText(x, a.lq);
    const specialised = t2.areas.filter((a) => a.specialised);
    const country = model.region.country;
    blocks.push(
      figureBlock(
        'key-areas',
        x.t('keyareas.chart.title', { name }),
        (head) =>
          lqBars({
            ...head,
            description: specialised.length
              ? x.t('keyareas.chart.desc', {
                  reference: x.reference(t2.reference),
                  areas: x.list(
                    specialised.map((a) => `${x.name(a.name)} (${x.number(a.lq!, 2)})`),
                  ),
                })
              : x.t('keyareas.chart.desc.none', { reference: x.reference(t2.reference) }),
            referenceLabel: x.t('keyareas.reference', { reference: x.reference(t2.reference) }),
            noteHeading: x.t('keyareas.share', { country }),
            rows: t2.areas.map((a) => ({
              label: x.name(a.name),
              lq: a.lq,
              lqLabel: lqCell(a),
              note: shareText(a),
            })),
          }),
        {
          caption: x.t('keyareas.chart.title', { name }),
          columns: [
            { label: x.t('keyareas.area'), width: 2 },
            { label: x.t('keyareas.value', { unit }), align: 'right' },
            { label: x.t('keyareas.shareColumn'), align: 'right' },
            { label: x.t('keyareas.lq'), align: 'right' },
          ],
          rows: t2.areas.map((a) => [
            x.name(a.name),
            x.number(measured(a.value), 1),
            shareText(a),
            lqCell(a),
          ]),
        },
      ),
    );
    const missing = notes.block(x);
    if (missing) blocks.push(missing);
    blocks.push({
      kind: 'paragraph',
      text: specialised.length
        ? x.t('keyareas.specialised', {
            areas: x.list(specialised.map((a) => `${x.name(a.name)} (${x.number(a.lq!, 2)})`)),
          })
        : x.t('keyareas.specialised.none', { name }),
    });
    const largest = [...t2.areas]
      .filter((a) => a.share_of_national !== null)
      .sort((a, b) => (b.share_of_national ?? 0) - (a.share_of_national ?? 0))[0];
    if (largest)
      blocks.push({
        kind: 'paragraph',
        text: x.t('keyareas.largestShare', {
          name,
          area: x.name(largest.name),
          share: x.percent(largest.share_of_national!, 1),
        }),
      });
    blocks.push({
      kind: 'paragraph',
      tone: 'note',
      text: x.t('keyareas.measure', {
        taxonomy: ['topsectoren-2011', 'sleutelgebieden-2004'].includes(t2.taxonomy)
          ? x.t(`taxonomy.${t2.taxonomy}` as MessageKey)
          : t2.taxonomy,
      }),
    });
    for (const a of t2.areas.filter((r) => r.members.length > 1))
      blocks.push({
        kind: 'paragraph',
        tone: 'note',
        text: x.t('keyareas.together', { areas: x.list(a.members.map((m) => x.name(m))) }),
      });
    if (t2.unclassified.share !== null && t2.unclassified.value !== null)
      blocks.push({
        kind: 'paragraph',
        tone: 'note',
        text: x.t('keyareas.unclassified', {
          name,
          share: x.percent(t2.unclassified.share, 1),
          value: `${x.number(t2.unclassified.value, 1)} ${unit}`,
        }),
      });
  }
  blocks.push(
    ...part(
      x.t('coverage.heading'),
      model.topic3.spearheads.length > 0,
      x.t('coverage.none', { name }),
      () => [
        listTable(
          x.t('coverage.heading'),
          [
            { label: x.t('coverage.area'), width: 1.4 },
            { label: x.t('coverage.weight'), align: 'right', width: 0.6 },
            { label: x.t('coverage.spearheads'), width: 2.4 },
          ],
          t2.coverage.covered,
          (c) => [
            x.name(c.key_area),
            x.number(c.weight, 1),
            c.spearheads.map((s) => x.name(s)).join(', '),
          ],
        ),
        ...(t2.coverage.uncovered.length
          ? [
              {
                kind: 'paragraph' as const,
                text: x.t('coverage.uncovered', {
                  areas: x.list(t2.coverage.uncovered.map((a) => x.name(a))),
                }),
              },
            ]
          : []),
      ],
    ),
  );
  return { id: 'topic-2', title: x.t('topic.2'), blocks };
}
