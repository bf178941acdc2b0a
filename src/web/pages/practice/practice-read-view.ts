import type { PracticeRecord } from '../../api/visit-types.js';
import type { Viewer } from '../../app/permissions.js';
import { formatDate, nameOf, t } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/messages-nl.js';
import { h } from '../../ui/dom.js';
import { languageNote } from '../../ui/language-note.js';
import { editNotice } from '../../ui/edit-permission.js';
import { practiceLabels } from './practice-form.js';

/** A good practice as text, for readers who may not change it, with how to get that right. */
export function practiceReadView(practice: PracticeRecord, viewer: Viewer): HTMLElement {
  const labels = practiceLabels();
  const fact = (label: string, value: string | null) =>
    value ? [h('dt', null, label), h('dd', { class: 'rk-prewrap' }, value)] : null;
  return h(
    'div',
    { 'data-testid': 'practice-read' },
    practiceStatusLine(practice),
    editNotice(viewer),
    languageNote(practice.language),
    h(
      'dl',
      { class: 'rk-details' },
      fact(labels.region, nameOf(practice.region)),
      fact(labels.topic, t(`topic.${practice.topic}` as MessageKey)),
      fact(labels.key_areas, practice.key_areas.map(nameOf).join(', ')),
      fact(labels.description, practice.description),
      fact(labels.resources, practice.resources),
      fact(labels.evidence, practice.evidence),
      fact(labels.transfer_potential, practice.transfer_potential),
      fact(labels.contact, practice.contact),
      fact(labels.source_url, practice.source_url),
    ),
  );
}

/** The practice's status and when it was last changed, at which version. */
export function practiceStatusLine(practice: PracticeRecord): HTMLElement {
  return h(
    'p',
    { class: 'utrecht-paragraph', 'data-testid': 'practice-status' },
    h('strong', null, t(`practice.status.${practice.status}`)),
    ' · ',
    t('practice.updated', {
      date: formatDate(practice.updated_at, true),
      version: practice.version,
    }),
  );
}
