import { sendJson } from '../../api/client.js';
import type { Commitment, CommitmentStatus, VisitDetail } from '../../api/visit-types.js';
import { dutchToday } from '../../app/dutch-today.js';
import { navigate } from '../../app/router.js';
import { formatDate, t } from '../../i18n/i18n.js';
import { showConflict, versionInput } from '../../ui/conflict-notice.js';
import { h } from '../../ui/dom.js';
import { setFlash } from '../../ui/flash.js';
import { button, formText, selectField, textField } from '../../ui/form-controls.js';
import { formFeedback } from '../../ui/form-feedback.js';
import { overdueMark } from '../../ui/overdue-mark.js';
import { writeForm } from '../../ui/write-form.js';

const STATUSES: readonly CommitmentStatus[] = ['open', 'done', 'dropped'];

const labels = () => ({
  description: t('commitment.description'),
  owner: t('commitment.owner'),
  due_date: t('commitment.due'),
  status: t('commitment.status'),
});

/**
 * The commitments of a visit with their owner, due date and status; forms to change and add them
 * unless `editable` is false (the reader may not write the visit's region).
 */
export function commitmentsSection(
  visit: VisitDetail,
  returnTo: string,
  editable = true,
): HTMLElement {
  const after = (message: string) => {
    setFlash(message);
    navigate(`${returnTo}#toezeggingen`, { replace: true });
  };
  const today = dutchToday();
  return h(
    'section',
    { class: 'rk-topic', id: 'toezeggingen', 'aria-labelledby': 'commitments-heading' },
    h('h2', { class: 'utrecht-heading-2', id: 'commitments-heading' }, t('commitment.heading')),
    h('p', { class: 'utrecht-paragraph' }, t('commitment.lead')),
    visit.commitments.length
      ? h(
          'ul',
          { class: 'rk-cards', 'data-testid': 'commitments' },
          visit.commitments.map((c) => commitmentCard(c, today, after, editable)),
        )
      : h('p', { class: 'utrecht-paragraph' }, t('commitment.none')),
    editable ? addCommitmentForm(visit, after) : null,
  );
}

function commitmentFields(prefix: string, c: Commitment | null) {
  return [
    textField({
      id: `${prefix}-description`,
      name: 'description',
      label: t('commitment.description'),
      value: c?.description,
      multiline: true,
      rows: 2,
      required: true,
    }),
    textField({
      id: `${prefix}-owner`,
      name: 'owner',
      label: t('commitment.owner'),
      value: c?.owner,
      required: true,
    }),
    textField({
      id: `${prefix}-due`,
      name: 'due_date',
      label: t('commitment.due'),
      value: c?.due_date,
      type: 'date',
      hint: t('form.date.hint'),
    }),
  ];
}

function commitmentCard(
  c: Commitment,
  today: string,
  after: (message: string) => void,
  editable: boolean,
): HTMLElement {
  const prefix = `commitment-${c.id}`;
  const form = h(
    'form',
    { class: 'rk-form rk-form--inline', 'data-testid': 'commitment-edit-form' },
    formFeedback(),
    versionInput(c.version),
    commitmentFields(prefix, c),
    selectField(
      { id: `${prefix}-status`, name: 'status', label: t('commitment.status'), value: c.status },
      STATUSES.map((s) => [s, t(`commitment.status.${s}`)]),
    ),
    h('div', { class: 'rk-form__actions' }, button(t('commitment.save'))),
  );
  writeForm(form, {
    labels: labels(),
    send: () =>
      sendJson<Commitment>('PATCH', `/api/commitments/${encodeURIComponent(c.id)}`, {
        version: Number(formText(form, 'version')),
        description: formText(form, 'description'),
        owner: formText(form, 'owner'),
        due_date: formText(form, 'due_date') || null,
        status: formText(form, 'status'),
      }),
    onDone: () => after(t('commitment.saved')),
    onConflict: (current) => {
      const saved = current as Commitment | undefined;
      showConflict(
        form,
        saved,
        saved
          ? [
              [t('commitment.description'), saved.description],
              [t('commitment.owner'), saved.owner],
              [t('commitment.due'), saved.due_date ? formatDate(saved.due_date) : ''],
              [t('commitment.status'), t(`commitment.status.${saved.status}`)],
            ]
          : [],
      );
    },
  });
  return h(
    'li',
    {
      class: `rk-card rk-commitment${c.overdue ? ' rk-commitment--overdue' : ''}`,
      'data-testid': 'commitment',
    },
    h('p', { class: 'utrecht-paragraph rk-prewrap rk-commitment__what' }, c.description),
    h(
      'dl',
      { class: 'rk-details rk-details--compact' },
      h('dt', null, t('commitment.owner')),
      h('dd', null, c.owner),
      h('dt', null, t('commitment.due')),
      h('dd', null, c.due_date ? formatDate(c.due_date) : t('commitment.due.none')),
      h('dt', null, t('commitment.status')),
      h(
        'dd',
        { 'data-testid': 'commitment-status' },
        t(`commitment.status.${c.status}`),
        c.overdue ? [' · ', overdueMark(c.due_date, today)] : null,
      ),
    ),
    editable
      ? h(
          'details',
          { class: 'rk-edit' },
          h('summary', { class: 'rk-edit__summary' }, t('commitment.edit')),
          form,
        )
      : null,
  );
}

function addCommitmentForm(visit: VisitDetail, after: (message: string) => void): HTMLElement {
  const form = h(
    'form',
    {
      class: 'rk-form',
      'aria-labelledby': 'commitment-add-heading',
      'data-testid': 'commitment-add-form',
    },
    formFeedback(),
    commitmentFields('commitment-add', null),
    h(
      'div',
      { class: 'rk-form__actions' },
      button(t('commitment.add.submit'), { id: 'commitment-add-submit' }),
    ),
  );
  writeForm(form, {
    labels: labels(),
    send: () =>
      sendJson<Commitment>('POST', `/api/visits/${encodeURIComponent(visit.id)}/commitments`, {
        description: formText(form, 'description'),
        owner: formText(form, 'owner'),
        due_date: formText(form, 'due_date') || null,
      }),
    onDone: () => after(t('commitment.added')),
  });
  return h(
    'div',
    { class: 'rk-form-block' },
    h('h3', { class: 'utrecht-heading-3', id: 'commitment-add-heading' }, t('commitment.add')),
    form,
  );
}
