import { sendJson } from '../../api/client.js';
import type { Finding, VisitDetail } from '../../api/visit-types.js';
import { navigate } from '../../app/router.js';
import { formatDate, t } from '../../i18n/i18n.js';
import { showConflict, versionInput } from '../../ui/conflict-notice.js';
import { h } from '../../ui/dom.js';
import { setFlash } from '../../ui/flash.js';
import { button, formText, selectField, textField } from '../../ui/form-controls.js';
import { formFeedback } from '../../ui/form-feedback.js';
import { writeForm } from '../../ui/write-form.js';

const TOPICS = [1, 2, 3] as const;

const topicChoices = (): [string, string][] =>
  TOPICS.map((n) => [String(n), `${n}. ${t(`topic.${n}`)}`]);

const labels = () => ({ topic: t('finding.topic'), text: t('finding.text') });

/**
 * The findings of a visit per topic, each with a form to change it, and a form to add one; only
 * the findings when `editable` is false (the reader may not write the visit's region).
 */
export function findingsSection(
  visit: VisitDetail,
  returnTo: string,
  editable = true,
): HTMLElement {
  const after = (message: string) => {
    setFlash(message);
    navigate(`${returnTo}#bevindingen`, { replace: true });
  };
  return h(
    'section',
    { class: 'rk-topic', id: 'bevindingen', 'aria-labelledby': 'findings-heading' },
    h('h2', { class: 'utrecht-heading-2', id: 'findings-heading' }, t('finding.heading')),
    h('p', { class: 'utrecht-paragraph' }, t('finding.lead')),
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
          ? h(
              'ul',
              { class: 'rk-cards' },
              findings.map((f) => findingCard(f, after, editable)),
            )
          : h('p', { class: 'utrecht-paragraph rk-small' }, t('finding.none')),
      );
    }),
    editable ? addFindingForm(visit, after) : null,
  );
}

function findingCard(
  finding: Finding,
  after: (message: string) => void,
  editable: boolean,
): HTMLElement {
  const prefix = `finding-${finding.id}`;
  const form = h(
    'form',
    { class: 'rk-form rk-form--inline', 'data-testid': 'finding-edit-form' },
    formFeedback(),
    versionInput(finding.version),
    selectField(
      {
        id: `${prefix}-topic`,
        name: 'topic',
        label: t('finding.topic'),
        value: String(finding.topic),
      },
      topicChoices(),
    ),
    textField({
      id: `${prefix}-text`,
      name: 'text',
      label: t('finding.text'),
      value: finding.text,
      multiline: true,
      required: true,
    }),
    h('div', { class: 'rk-form__actions' }, button(t('finding.save'))),
  );
  writeForm(form, {
    labels: labels(),
    send: () =>
      sendJson<Finding>('PATCH', `/api/findings/${encodeURIComponent(finding.id)}`, {
        version: Number(formText(form, 'version')),
        topic: Number(formText(form, 'topic')),
        text: formText(form, 'text'),
      }),
    onDone: () => after(t('finding.saved')),
    onConflict: (current) => {
      const saved = current as Finding | undefined;
      showConflict(
        form,
        saved,
        saved
          ? [
              [t('finding.topic'), t(`topic.${saved.topic}` as 'topic.1')],
              [t('finding.text'), saved.text],
            ]
          : [],
      );
    },
  });
  return h(
    'li',
    { class: 'rk-card', 'data-testid': 'finding' },
    h('p', { class: 'utrecht-paragraph rk-prewrap', 'data-testid': 'finding-text' }, finding.text),
    h(
      'p',
      { class: 'rk-small' },
      t('finding.recorded', { date: formatDate(finding.created_at), version: finding.version }),
    ),
    editable
      ? h(
          'details',
          { class: 'rk-edit' },
          h('summary', { class: 'rk-edit__summary' }, t('finding.edit')),
          form,
        )
      : null,
  );
}

function addFindingForm(visit: VisitDetail, after: (message: string) => void): HTMLElement {
  const form = h(
    'form',
    {
      class: 'rk-form',
      'aria-labelledby': 'finding-add-heading',
      'data-testid': 'finding-add-form',
    },
    formFeedback(),
    selectField(
      { id: 'finding-add-topic', name: 'topic', label: t('finding.topic'), required: true },
      [['', t('form.choose')], ...topicChoices()],
    ),
    textField({
      id: 'finding-add-text',
      name: 'text',
      label: t('finding.text'),
      multiline: true,
      required: true,
    }),
    h(
      'div',
      { class: 'rk-form__actions' },
      button(t('finding.add.submit'), { id: 'finding-add-submit' }),
    ),
  );
  writeForm(form, {
    labels: labels(),
    send: () =>
      sendJson<Finding>('POST', `/api/visits/${encodeURIComponent(visit.id)}/findings`, {
        topic: formText(form, 'topic') ? Number(formText(form, 'topic')) : null,
        text: formText(form, 'text'),
      }),
    onDone: () => after(t('finding.added')),
  });
  return h(
    'div',
    { class: 'rk-form-block' },
    h('h3', { class: 'utrecht-heading-3', id: 'finding-add-heading' }, t('finding.add')),
    form,
  );
}
