import type { Finding, VisitDetail } from '../../api/visit-types.js';
import { formatDate, t } from '../../i18n/i18n.js';
import { h } from '../../ui/dom.js';
import { formText, selectField, textField } from '../../ui/form-controls.js';
import { visitRecordSection, type RecordKind } from './record-card.js';

const TOPICS = [1, 2, 3] as const;

const topicChoices = (): [string, string][] =>
  TOPICS.map((n) => [String(n), `${n}. ${t(`topic.${n}`)}`]);

/** A finding: its topic and text; a new one chooses its topic. */
const FINDING: RecordKind<Finding> = {
  kind: 'finding',
  collection: 'findings',
  anchor: 'bevindingen',
  labels: () => ({ topic: t('finding.topic'), text: t('finding.text') }),
  fields: (prefix, finding) => [
    finding
      ? selectField(
          {
            id: `${prefix}-topic`,
            name: 'topic',
            label: t('finding.topic'),
            value: String(finding.topic),
          },
          topicChoices(),
        )
      : selectField(
          { id: `${prefix}-topic`, name: 'topic', label: t('finding.topic'), required: true },
          [['', t('form.choose')], ...topicChoices()],
        ),
    textField({
      id: `${prefix}-text`,
      name: 'text',
      label: t('finding.text'),
      value: finding?.text,
      multiline: true,
      required: true,
    }),
  ],
  values: (form) => ({
    topic: formText(form, 'topic') ? Number(formText(form, 'topic')) : null,
    text: formText(form, 'text'),
  }),
  shown: (finding) => [
    h('p', { class: 'utrecht-paragraph rk-prewrap', 'data-testid': 'finding-text' }, finding.text),
    h(
      'p',
      { class: 'rk-small' },
      t('finding.recorded', { date: formatDate(finding.created_at), version: finding.version }),
    ),
  ],
  savedRows: (saved) => [
    [t('finding.topic'), t(`topic.${saved.topic}` as 'topic.1')],
    [t('finding.text'), saved.text],
  ],
};

/**
 * The findings of a visit per topic, each with a form to change it, and a form to add one; only
 * the findings when `editable` is false (the reader may not write the visit's region).
 */
export function findingsSection(
  visit: VisitDetail,
  returnTo: string,
  editable = true,
): HTMLElement {
  return visitRecordSection(FINDING, visit, { returnTo, editable }, (card) =>
    TOPICS.map((topic) => {
      const findings = visit.findings.filter((f) => f.topic === topic);
      return h(
        'div',
        { 'data-testid': `findings-topic-${topic}` },
        h(
          'h3',
          { class: 'utrecht-heading-3 rk-topic__heading' },
          h('span', { class: 'rk-topic__number' }, String(topic)),
          t(`topic.${topic}`),
        ),
        findings.length
          ? h('ul', { class: 'rk-cards' }, findings.map(card))
          : h('p', { class: 'utrecht-paragraph rk-small' }, t('finding.none')),
      );
    }),
  );
}
