import { datasetTitles } from '../../services/sources/dataset-title.js';
import type { DossierBlock, DossierSection } from '../dossier-blocks.js';
import type { DossierModel } from '../dossier-model.js';
import type { MessageKey, Texts } from '../i18n.js';
import { coverageText, notMeasuredText } from './measurement.js';

/** The file name with its folder (cordis/h2020_participations_eunets.csv.gz), not the machine's path. */
function shortFile(file: string): string {
  const parts = file.split(/[\\/]/).filter((p) => p.length > 0);
  return parts.slice(-2).join('/');
}

export function appendixSection(model: DossierModel, x: Texts): DossierSection {
  const blocks: DossierBlock[] = [
    { kind: 'paragraph', tone: 'lead', text: x.t('topic.appendix.lead') },
  ];
  const notMeasured = notMeasuredText(model, x);
  blocks.push({
    kind: 'source',
    title: x.t('sources.coverage'),
    lines: [
      { label: x.t('sources.coverage'), text: coverageText(model, x) },
      ...(notMeasured ? [{ label: x.t('sources.coverage'), text: notMeasured }] : []),
    ],
  });
  for (const { key, source, records } of model.sources) {
    const lines: { label: string; text: string }[] = [];
    if (source.datasets.length === 0 && records.length === 0)
      lines.push({ label: x.t('sources.datasets'), text: x.t('sources.none') });
    for (const d of source.datasets)
      lines.push({
        label: x.t('sources.datasets'),
        text: [
          x.t('sources.dataset', {
            title: datasetTitles(d.id, d.title)[x.lang],
            publisher: d.publisher,
            licence: d.licence ?? x.t('sources.licence.none'),
          }),
          d.retrieved_at ? x.t('sources.retrieved', { date: x.date(d.retrieved_at) }) : '',
          d.url ? x.t('sources.url', { url: d.url }) : '',
        ]
          .filter((s) => s.length > 0)
          .join(' '),
      });
    for (const r of records)
      lines.push({
        label: x.t('sources.record'),
        text: r.url
          ? x.t('sources.record.url', { name: r.name, url: r.url })
          : x.t('sources.record.none', { name: r.name }),
      });
    if (source.imports.length === 0 && source.datasets.length > 0)
      lines.push({ label: x.t('sources.imports'), text: x.t('sources.noimports') });
    for (const i of source.imports)
      lines.push({
        label: x.t('sources.imports'),
        text: i.finished_at
          ? x.t('sources.import', {
              file: shortFile(i.file),
              date: x.date(i.finished_at),
              checksum: i.checksum,
            })
          : x.t('sources.import.nodate', { file: shortFile(i.file), checksum: i.checksum }),
      });
    const method = x.lang === 'nl' ? source.method_nl : source.method;
    if (method) lines.push({ label: x.t('sources.method'), text: method });
    blocks.push({ kind: 'source', title: x.t(`sources.key.${key}` as MessageKey), lines });
  }
  return { id: 'sources', title: x.t('topic.appendix'), blocks };
}
