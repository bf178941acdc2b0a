import { trendLine } from '../charts/trend-line.js';
import type { DossierBlock, DossierSection } from '../dossier-blocks.js';
import type { DossierModel } from '../dossier-model.js';
import type { MessageKey, Texts } from '../i18n.js';
import { indexBenchmarkBlock } from './index-benchmark.js';
import { figureBlock } from './figure-block.js';
import { filledFrom, groupLabel, lqText } from './labels.js';
import { itemLines, listItems, part, tablePart } from './list-part.js';
import { contactChannelsText, fundInstrumentsText } from './sme-labels.js';

export function topic3Section(model: DossierModel, x: Texts): DossierSection {
  const name = x.name(model.region.name);
  const t3 = model.topic3;
  const idx = t3.index;
  const blocks: DossierBlock[] = [
    { kind: 'paragraph', tone: 'lead', text: x.t('topic.3.lead', { name }) },
  ];

  blocks.push({ kind: 'heading', text: x.t('index.heading') });
  const indexName = x.name(idx.computed_for.name);
  if (idx.computed_for.code !== model.region.code)
    blocks.push({
      kind: 'paragraph',
      tone: 'note',
      text: x.t('index.computedFor', {
        name: indexName,
        code: idx.computed_for.code,
        region: name,
      }),
    });
  if (idx.value === null || idx.relative === null || idx.year === null) {
    blocks.push({
      kind: 'paragraph',
      tone: 'empty',
      text: idx.reason
        ? x.t('index.none.reason', { name: indexName, reason: x.name(idx.reason) })
        : x.t('index.none', { name: indexName }),
    });
  } else {
    blocks.push({
      kind: 'facts',
      items: [
        idx.edition === null
          ? { label: x.t('index.year'), value: String(idx.year) }
          : {
              label: x.t('index.edition'),
              value: x.t('index.edition.value', {
                edition: idx.edition,
                from: idx.edition - (idx.lag ?? 0),
                to: idx.edition,
              }),
            },
        { label: x.t('index.value'), value: x.number(idx.value, 3) },
        {
          label: x.t('index.relative', { reference: x.reference(idx.reference) }),
          value: x.number(idx.relative, 1),
        },
        { label: x.t('index.group'), value: groupLabel(x, idx.group, idx.band) },
        {
          label: x.t('index.rank'),
          value: x.t('index.rank.value', { rank: idx.rank ?? '', of: idx.of }),
        },
        {
          label: x.t('index.rankRange'),
          value: idx.rank_range
            ? x.t('index.rankRange.value', { best: idx.rank_range[0], worst: idx.rank_range[1] })
            : x.t('value.unknown'),
        },
      ],
    });
    if (idx.group && idx.band && idx.rank !== null && idx.rank_range)
      blocks.push({
        kind: 'paragraph',
        text: x.t('index.reading', {
          relative: x.number(idx.relative, 1),
          reference: x.reference(idx.reference),
          name: indexName,
          year: idx.year,
          group: x.t(`index.group.${idx.group}` as MessageKey),
          band: x.t(`index.band.${idx.band}` as MessageKey),
          rank: idx.rank,
          of: idx.of,
          best: idx.rank_range[0],
          worst: idx.rank_range[1],
        }),
      });
    blocks.push({
      kind: 'paragraph',
      tone: 'note',
      text: x.t('index.groups.note', {
        leader: idx.groups.leader,
        strong: idx.groups.strong,
        moderate: idx.groups.moderate,
      }),
    });
  }
  const trend = idx.trend.filter((p) => p.relative !== null);
  if (idx.trend.length) {
    const first = trend[0];
    const last = trend.at(-1);
    blocks.push(
      figureBlock(
        'index-trend',
        x.t('index.trend.title', {
          name: indexName,
          reference: x.reference(idx.reference),
        }),
        (head) =>
          trendLine({
            ...head,
            description:
              first && last
                ? x.t('index.trend.desc', {
                    from: first.year,
                    to: last.year,
                    first: x.number(first.relative!, 1),
                    last: x.number(last.relative!, 1),
                    reference: x.reference(idx.reference),
                  })
                : x.t('index.trend.empty'),
            points: trend.map((p) => ({ year: p.year, value: p.relative! })),
            format: (v) => x.number(v, 1),
            reference: {
              value: 100,
              label: x.t('index.trend.reference', { reference: x.reference(idx.reference) }),
            },
            emptyLabel: x.t('index.trend.empty'),
          }),
        {
          caption: x.t('index.trend.table'),
          columns: [
            // In edition mode every row is an edition, not a data year.
            { label: x.t(idx.edition === null ? 'index.year' : 'index.edition') },
            { label: x.t('index.value'), align: 'right' },
            {
              label: x.t('index.relative', { reference: x.reference(idx.reference) }),
              align: 'right',
            },
            { label: x.t('index.rank'), align: 'right' },
          ],
          rows: idx.trend.map((p) => [
            String(p.year),
            x.number(p.index, 3),
            p.relative === null ? x.t('value.unknown') : x.number(p.relative, 1),
            String(p.rank),
          ]),
        },
      ),
    );
  }
  const benchmark = indexBenchmarkBlock(model, x);
  if (benchmark) blocks.push(benchmark);
  if (idx.value !== null && idx.indicators.length)
    blocks.push({
      kind: 'table',
      table: {
        caption: x.t('index.indicators'),
        columns: [
          { label: x.t('index.indicator'), width: 2.6 },
          { label: x.t('index.score'), align: 'right', width: 0.8 },
          { label: x.t('index.dataYear'), align: 'right', width: 0.6 },
          { label: x.t('index.filled'), width: 1 },
          { label: x.t('index.development'), width: 1.6 },
        ],
        rows: idx.indicators.map((i) => [
          x.name(i.name),
          i.score === null ? x.t('value.unknown') : x.number(i.score, 2),
          i.year === null ? x.t('value.unknown') : String(i.year),
          filledFrom(x, i.filled_from),
          i.first === null || i.last === null
            ? x.t('value.unknown')
            : x.t('index.development.value', {
                first: x.number(i.first, 2),
                from: measuredIn(x, i.first_data_year, i.first_year),
                last: x.number(i.last, 2),
                to: measuredIn(x, i.last_data_year, i.last_year),
              }),
        ]),
      },
    });

  blocks.push(
    ...tablePart(
      x,
      'spearheads',
      { name },
      {
        columns: [
          { label: x.t('spearheads.name') },
          { label: x.t('spearheads.description'), width: 1.6 },
          { label: x.t('spearheads.keyareas'), width: 1.6 },
        ],
        list: t3.spearheads,
        row: (s) => [
          x.name(s.name),
          s.description ?? x.t('value.none'),
          s.key_areas.map((k) => `${x.name(k.name)} (${x.number(k.weight, 1)})`).join(', ') ||
            x.t('value.none'),
        ],
      },
    ),
  );

  blocks.push(
    ...tablePart(
      x,
      'stars',
      { name },
      {
        lead: x.t('stars.lead', { of: t3.compared_with }),
        columns: [
          { label: x.t('stars.area'), width: 1.6 },
          { label: x.t('stars.stars'), align: 'right', width: 0.7 },
          { label: x.t('stars.which'), width: 1.4 },
          { label: x.t('keyareas.lq'), align: 'right', width: 0.5 },
          { label: x.t('stars.sizeRank'), align: 'right', width: 0.7 },
        ],
        list: t3.stars,
        row: (s) => {
          const which = [
            s.size ? x.t('stars.size') : null,
            s.specialisation ? x.t('stars.specialisation') : null,
            s.focus ? x.t('stars.focus') : null,
          ].filter((w): w is string => w !== null);
          return [
            x.name(s.key_area),
            String(s.stars),
            which.length ? which.join(', ') : x.t('stars.none.which'),
            lqText(x, s.lq),
            s.size_rank === null
              ? x.t('value.unknown')
              : x.t('index.rank.value', { rank: s.size_rank, of: s.of }),
          ];
        },
      },
    ),
  );

  blocks.push(
    ...part(x.t('funds.heading'), t3.funds.length > 0, x.t('funds.none', { name }), () => [
      listItems(t3.funds, (f) => ({
        title: f.name,
        lines: itemLines([
          [x.t('funds.size'), f.size_eur === null ? null : x.eur(f.size_eur)],
          [x.t('funds.instruments'), fundInstrumentsText(x, f.instruments)],
          [x.t('funds.sectors'), f.target_sectors.join(', ')],
          [x.t('funds.manager'), f.manager],
          [x.t('funds.url'), f.url],
        ]),
      })),
    ]),
  );

  blocks.push(
    ...part(x.t('sme.heading'), t3.contact_points.length > 0, x.t('sme.none', { name }), () => [
      listItems(t3.contact_points, (c) => ({
        title: c.name,
        lines: itemLines([
          [x.t('sme.organisation'), c.organisation],
          [x.t('sme.channels'), contactChannelsText(x, c.channels)],
          [
            x.t('sme.served'),
            c.smes_served_per_year === null
              ? x.t('sme.served.unknown')
              : x
                  .t('sme.served.value', {
                    n: x.number(c.smes_served_per_year),
                    year: c.smes_served_year ?? '',
                  })
                  .trim(),
          ],
          [
            x.t('sme.regions'),
            c.regions.map((r) => x.name({ nl: r.name_nl, en: r.name_en })).join(', '),
          ],
          [x.t('sme.url'), c.url],
        ]),
      })),
    ]),
  );
  return { id: 'topic-3', title: x.t('topic.3'), blocks };
}

/**
 * The year a value was measured, with the edition that carried it forward where that differs
 * ("2012, edition 2015"); empty when neither is known.
 */
function measuredIn(x: Texts, measured: number | null, edition: number | null): string {
  if (measured === null) return edition === null ? '' : String(edition);
  if (edition === null || edition === measured) return String(measured);
  return x.t('index.measured.carried', { year: measured, edition });
}
