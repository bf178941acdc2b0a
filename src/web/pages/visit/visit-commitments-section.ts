import type { Commitment, CommitmentStatus, VisitDetail } from '../../api/visit-types.js';
import { dutchToday } from '../../app/dutch-today.js';
import { formatDate, t } from '../../i18n/i18n.js';
import { h } from '../../ui/dom.js';
import { formText, selectField, textField } from '../../ui/form-controls.js';
import { overdueMark } from '../../ui/overdue-mark.js';
import { visitRecordSection, type RecordKind } from './record-card.js';

const STATUSES: readonly CommitmentStatus[] = ['open', 'done', 'dropped'];

/**
 * A commitment: what, who and by when; a saved one also has its status, and is marked when it is
 * overdue on `today`.
 */
function commitmentKind(today: string): RecordKind<Commitment> {
  return {
    kind: 'commitment',
    collection: 'commitments',
    anchor: 'toezeggingen',
    labels: () => ({
      description: t('commitment.description'),
      owner: t('commitment.owner'),
      due_date: t('commitment.due'),
      status: t('commitment.status'),
    }),
    fields: (prefix, c) => [
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
      c
        ? selectField(
            {
              id: `${prefix}-status`,
              name: 'status',
              label: t('commitment.status'),
              value: c.status,
            },
            STATUSES.map((s) => [s, t(`commitment.status.${s}`)]),
          )
        : null,
    ],
    values: (form, editing) => ({
      description: formText(form, 'description'),
      owner: formText(form, 'owner'),
      due_date: formText(form, 'due_date') || null,
      ...(editing ? { status: formText(form, 'status') } : {}),
    }),
    shown: (c) => [
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
    ],
    savedRows: (saved) => [
      [t('commitment.description'), saved.description],
      [t('commitment.owner'), saved.owner],
      [t('commitment.due'), saved.due_date ? formatDate(saved.due_date) : ''],
      [t('commitment.status'), t(`commitment.status.${saved.status}`)],
    ],
    cardClass: (c) => `rk-card rk-commitment${c.overdue ? ' rk-commitment--overdue' : ''}`,
  };
}

/**
 * The commitments of a visit with their owner, due date and status; forms to change and add them
 * unless `editable` is false (the reader may not write the visit's region).
 */
export function commitmentsSection(
  visit: VisitDetail,
  returnTo: string,
  editable = true,
): HTMLElement {
  return visitRecordSection(commitmentKind(dutchToday()), visit, { returnTo, editable }, (card) =>
    visit.commitments.length
      ? h('ul', { class: 'rk-cards', 'data-testid': 'commitments' }, visit.commitments.map(card))
      : h('p', { class: 'utrecht-paragraph' }, t('commitment.none')),
  );
}
