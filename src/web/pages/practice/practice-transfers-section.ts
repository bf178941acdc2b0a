import { sendJson } from '../../api/client.js';
import type { PracticeRecord } from '../../api/visit-types.js';
import { href } from '../../app/router.js';
import { nameOf, t } from '../../i18n/i18n.js';
import { h } from '../../ui/dom.js';
import { button, formText, selectField, textField } from '../../ui/form-controls.js';
import { actionForm } from '../../ui/action-form.js';
import type { Choice } from '../../ui/region-choices.js';
import { writeForm } from '../../ui/write-form.js';
import { pageSection } from '../../ui/page-section.js';
import { CARDS, itemList } from '../../ui/item-list.js';

/** The regions a practice went to, with the outcome, and the form to add one. */
export function transfersSection(
  practice: PracticeRecord,
  regions: Choice[],
  reload: (message: string) => void,
): HTMLElement {
  const labels = {
    to_region: t('transfer.region'),
    year: t('transfer.year'),
    outcome: t('transfer.outcome'),
  };
  const form = actionForm(
    { labelledBy: 'transfer-add-heading', testId: 'transfer-form' },
    [
      selectField(
        { id: 'transfer-region', name: 'to_region', label: labels.to_region, required: true },
        [['', t('form.choose')], ...regions],
      ),
      textField({
        id: 'transfer-year',
        name: 'year',
        label: labels.year,
        type: 'number',
        inputmode: 'numeric',
      }),
      textField({
        id: 'transfer-outcome',
        name: 'outcome',
        label: labels.outcome,
        multiline: true,
        rows: 3,
      }),
    ],
    button(t('transfer.add.submit'), { id: 'transfer-submit' }),
  );
  writeForm(form, {
    labels,
    send: () => {
      const year = formText(form, 'year').trim();
      return sendJson<PracticeRecord>(
        'POST',
        `/api/practices/${encodeURIComponent(practice.id)}/transfers`,
        {
          to_region: formText(form, 'to_region'),
          year: year === '' ? null : Number(year),
          outcome: formText(form, 'outcome').trim() || null,
        },
      );
    },
    onDone: () => reload(t('transfer.added')),
  });
  return pageSection(
    'transfers-heading',
    t('transfer.heading'),
    itemList(
      CARDS,
      practice.transfers,
      (x) => [
        h(
          'p',
          { class: 'rk-card__title' },
          h('a', { class: 'utrecht-link', href: href(`/regio/${x.region}`) }, nameOf(x)),
          x.year ? ` (${x.year})` : '',
        ),
        h('p', { class: 'utrecht-paragraph rk-prewrap' }, x.outcome ?? t('transfer.outcome.none')),
      ],
      { testId: 'transfers', none: t('transfer.none') },
    ),
    h('h3', { class: 'utrecht-heading-3', id: 'transfer-add-heading' }, t('transfer.add')),
    form,
  );
}
