import { sendJson } from '../../api/client.js';
import type { VisitDetail } from '../../api/visit-types.js';
import { navigate } from '../../app/router.js';
import { t } from '../../i18n/i18n.js';
import { showConflict, versionInput } from '../../ui/conflict-notice.js';
import { h, type Child } from '../../ui/dom.js';
import { setFlash } from '../../ui/flash.js';
import { button, formText } from '../../ui/form-controls.js';
import { actionForm } from '../../ui/action-form.js';
import { formFeedback } from '../../ui/form-feedback.js';
import { writeForm } from '../../ui/write-form.js';

/** A record of a visit that is changed with its version: a finding or a commitment. */
export interface VisitRecord {
  readonly id: string;
  readonly version: number;
}

/**
 * What sets one kind of visit record apart; the rest of its card, its forms and its section is
 * the same for every kind. The kind names the message keys (`finding.edit`, `commitment.saved`),
 * the element ids and the test ids.
 */
export interface RecordKind<R extends VisitRecord> {
  readonly kind: 'finding' | 'commitment';
  /** The path below `/api/` where a record is changed, and below the visit where one is added. */
  readonly collection: 'findings' | 'commitments';
  /** The section's anchor on the visit page, where the page returns after a write. */
  readonly anchor: string;
  /** The field labels the write form names in its problems, by field name. */
  readonly labels: () => Readonly<Record<string, string>>;
  /** The fields of the form that changes `record`, or of the form that adds one (null). */
  readonly fields: (prefix: string, record: R | null) => Child;
  /** What the form sends, without the version; `editing` when it changes a record. */
  readonly values: (form: HTMLFormElement, editing: boolean) => Readonly<Record<string, unknown>>;
  /** The card's reading part. */
  readonly shown: (record: R) => Child;
  /** The rows of the conflict notice: the saved record's fields, labelled. */
  readonly savedRows: (saved: R) => [string, string][];
  /** The card's class, where the record marks it (an overdue commitment). */
  readonly cardClass?: (record: R) => string;
}

/** After a write: the message for the next page, and back to the section on the visit page. */
type AfterWrite = (message: string) => void;

/**
 * A visit's section of records of one kind: `body` lays out the records with the card it is
 * given; the cards can be changed and a form adds a record when `editable` (the reader may write
 * the visit's region).
 */
export function visitRecordSection<R extends VisitRecord>(
  spec: RecordKind<R>,
  visit: VisitDetail,
  options: { readonly returnTo: string; readonly editable: boolean },
  body: (card: (record: R) => HTMLElement) => Child,
): HTMLElement {
  const after = afterRecordWrite(options.returnTo, spec.anchor);
  return recordSection(
    spec,
    body((record) => recordCard(spec, record, after, options.editable)),
    options.editable ? addRecordForm(spec, visit, after) : null,
  );
}

/** What a visit record section does after a successful write, for a visit page at `returnTo`. */
function afterRecordWrite(returnTo: string, anchor: string): AfterWrite {
  return (message) => {
    setFlash(message);
    navigate(`${returnTo}#${anchor}`, { replace: true });
  };
}

/**
 * A visit's record section: heading and lead, the records (`body`) and, when `addForm` is given,
 * the form to add one.
 */
function recordSection<R extends VisitRecord>(
  spec: RecordKind<R>,
  body: Child,
  addForm: HTMLElement | null,
): HTMLElement {
  const headingId = `${spec.collection}-heading`;
  return h(
    'section',
    { class: 'rk-topic', id: spec.anchor, 'aria-labelledby': headingId },
    h('h2', { class: 'utrecht-heading-2', id: headingId }, t(`${spec.kind}.heading`)),
    h('p', { class: 'utrecht-paragraph' }, t(`${spec.kind}.lead`)),
    body,
    addForm,
  );
}

/**
 * One record as a card: what it says and, when `editable`, a disclosed form that saves a change
 * with the record's version and shows the saved record on a conflict.
 */
function recordCard<R extends VisitRecord>(
  spec: RecordKind<R>,
  record: R,
  after: AfterWrite,
  editable: boolean,
): HTMLElement {
  const form = h(
    'form',
    { class: 'rk-form rk-form--inline', 'data-testid': `${spec.kind}-edit-form` },
    formFeedback(),
    versionInput(record.version),
    spec.fields(`${spec.kind}-${record.id}`, record),
    h('div', { class: 'rk-form__actions' }, button(t(`${spec.kind}.save`))),
  );
  writeForm(form, {
    labels: spec.labels(),
    send: () =>
      sendJson<R>('PATCH', `/api/${spec.collection}/${encodeURIComponent(record.id)}`, {
        version: Number(formText(form, 'version')),
        ...spec.values(form, true),
      }),
    onDone: () => after(t(`${spec.kind}.saved`)),
    onConflict: (current) => {
      const saved = current as R | undefined;
      showConflict(form, saved, saved ? spec.savedRows(saved) : []);
    },
  });
  return h(
    'li',
    { class: spec.cardClass?.(record) ?? 'rk-card', 'data-testid': spec.kind },
    spec.shown(record),
    editable
      ? h(
          'details',
          { class: 'rk-edit' },
          h('summary', { class: 'rk-edit__summary' }, t(`${spec.kind}.edit`)),
          form,
        )
      : null,
  );
}

/** The form that adds a record of this kind to the visit, under its own heading. */
function addRecordForm<R extends VisitRecord>(
  spec: RecordKind<R>,
  visit: VisitDetail,
  after: AfterWrite,
): HTMLElement {
  const headingId = `${spec.kind}-add-heading`;
  const form = actionForm(
    { labelledBy: headingId, testId: `${spec.kind}-add-form` },
    [spec.fields(`${spec.kind}-add`, null)],
    button(t(`${spec.kind}.add.submit`), { id: `${spec.kind}-add-submit` }),
  );
  writeForm(form, {
    labels: spec.labels(),
    send: () =>
      sendJson<R>(
        'POST',
        `/api/visits/${encodeURIComponent(visit.id)}/${spec.collection}`,
        spec.values(form, false),
      ),
    onDone: () => after(t(`${spec.kind}.added`)),
  });
  return h(
    'div',
    { class: 'rk-form-block' },
    h('h3', { class: 'utrecht-heading-3', id: headingId }, t(`${spec.kind}.add`)),
    form,
  );
}
