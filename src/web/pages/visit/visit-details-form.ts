import { sendJson } from '../../api/client.js';
import type { VisitDetail, VisitStatus } from '../../api/visit-types.js';
import { navigate } from '../../app/router.js';
import { formatDate, t } from '../../i18n/i18n.js';
import { showConflict, versionInput } from '../../ui/conflict-notice.js';
import { h } from '../../ui/dom.js';
import { setFlash } from '../../ui/flash.js';
import { button, formText, selectField, textField } from '../../ui/form-controls.js';
import { actionForm } from '../../ui/action-form.js';
import { writeForm } from '../../ui/write-form.js';

const STATUSES: readonly VisitStatus[] = ['planned', 'done', 'cancelled'];

const labels = () => ({
  date: t('visits.date'),
  venue: t('visits.venue'),
  hosts: t('visits.hosts'),
  participants: t('visits.participants'),
  status: t('visits.status'),
});

/**
 * The form to change a visit's own details and its status (planned, held, cancelled), sent with
 * the version read; a stale version shows what is saved now and keeps the user's text.
 */
export function visitDetailsForm(visit: VisitDetail, returnTo: string): HTMLElement {
  const l = labels();
  const form = actionForm(
    { testId: 'visit-edit-form' },
    [
      versionInput(visit.version),
      textField({
        id: 'visit-edit-date',
        name: 'date',
        label: l.date,
        type: 'date',
        value: visit.date,
        required: true,
        hint: t('form.date.hint'),
      }),
      textField({ id: 'visit-edit-venue', name: 'venue', label: l.venue, value: visit.venue }),
      textField({
        id: 'visit-edit-hosts',
        name: 'hosts',
        label: l.hosts,
        value: visit.hosts,
        multiline: true,
        rows: 2,
      }),
      textField({
        id: 'visit-edit-participants',
        name: 'participants',
        label: l.participants,
        value: visit.participants,
        multiline: true,
        rows: 3,
      }),
      selectField(
        { id: 'visit-edit-status', name: 'status', label: l.status, value: visit.status },
        STATUSES.map((s) => [s, t(`visit.status.${s}`)]),
      ),
    ],
    button(t('visit.edit.submit'), { id: 'visit-edit-submit' }),
  );
  writeForm(form, {
    labels: l,
    send: () =>
      sendJson<VisitDetail>('PATCH', `/api/visits/${encodeURIComponent(visit.id)}`, {
        version: Number(formText(form, 'version')),
        date: formText(form, 'date'),
        venue: formText(form, 'venue').trim() || null,
        hosts: formText(form, 'hosts').trim() || null,
        participants: formText(form, 'participants').trim() || null,
        status: formText(form, 'status'),
      }),
    onDone: () => {
      setFlash(t('visit.edit.done'));
      navigate(returnTo, { replace: true });
    },
    onConflict: (current) => {
      const saved = current as VisitDetail | undefined;
      showConflict(
        form,
        saved,
        saved
          ? [
              [l.date, formatDate(saved.date)],
              [l.venue, saved.venue ?? ''],
              [l.hosts, saved.hosts ?? ''],
              [l.participants, saved.participants ?? ''],
              [l.status, t(`visit.status.${saved.status as VisitStatus}`)],
            ]
          : [],
      );
    },
  });
  return h(
    'details',
    { class: 'rk-edit', 'data-testid': 'visit-edit' },
    h('summary', { class: 'rk-edit__summary' }, t('visit.edit')),
    form,
  );
}
