import { getJson, sendJson } from '../../api/client.js';
import type { PracticeRecord } from '../../api/visit-types.js';
import type { PageView } from '../../app/page.js';
import { href, navigate, type Route } from '../../app/router.js';
import { nameOf, t } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/messages-nl.js';
import { showConflict, versionInput } from '../../ui/conflict-notice.js';
import { h } from '../../ui/dom.js';
import { setFlash, takeFlash } from '../../ui/flash.js';
import { button } from '../../ui/form-controls.js';
import { actionForm } from '../../ui/action-form.js';
import { mayEditRegion, mayEditSomeRegion } from '../../app/permissions.js';
import { currentViewer, editNotice } from '../../ui/edit-permission.js';
import { editableRegionChoices } from '../../ui/editable-region-choices.js';
import { writeForm } from '../../ui/write-form.js';
import { framedPageView, type PageFrame } from '../../ui/page-view.js';
import {
  practiceChoices,
  practiceFields,
  practiceFormBody,
  practiceLabels,
} from './practice-form.js';
import { practiceReadView, practiceStatusLine } from './practice-read-view.js';
import { transfersSection } from './practice-transfers-section.js';
import { pageSection } from '../../ui/page-section.js';

const toList = (): PageFrame => ({ back: { href: href('/praktijken'), text: t('practice.back') } });

/** A new good practice: the form, saved as a draft. */
export async function practiceNewPage(): Promise<PageView> {
  const [all, viewer] = await Promise.all([practiceChoices(), currentViewer()]);
  if (!mayEditSomeRegion(viewer))
    return framedPageView(toList(), t('practice.new.title'), editNotice(viewer));
  const choices = { ...all, regions: editableRegionChoices(all.regions, viewer) };
  const form = h(
    'form',
    { class: 'rk-form', 'aria-labelledby': 'practice-heading', 'data-testid': 'practice-form' },
    practiceFields(null, choices),
    h('div', { class: 'rk-form__actions' }, button(t('practice.create'), { id: 'practice-save' })),
  );
  writeForm(form, {
    labels: practiceLabels(),
    send: () => sendJson<PracticeRecord>('POST', '/api/practices', practiceFormBody(form)),
    onDone: (practice) => {
      setFlash(t('practice.created', { title: practice.title }));
      navigate(href(`/praktijken/${encodeURIComponent(practice.id)}`));
    },
  });
  return framedPageView(
    { ...toList(), headingId: 'practice-heading' },
    t('practice.new.title'),
    h('p', { class: 'utrecht-paragraph' }, t('practice.new.lead')),
    form,
  );
}

/** One good practice for its editors: the form to change it, publishing, and its transfers. */
export async function practiceEditPage(route: Route): Promise<PageView> {
  const id = route.params[0] ?? '';
  const viewer = await currentViewer();
  // Drafts are for those who edit: others read the published practice only.
  const drafts = mayEditSomeRegion(viewer) ? '?include_drafts=true' : '';
  const [practice, choices] = await Promise.all([
    getJson<PracticeRecord>(`/api/practices/${encodeURIComponent(id)}${drafts}`),
    practiceChoices(),
  ]);
  if (!mayEditRegion(viewer, practice.region.code))
    return framedPageView(toList(), practice.title, practiceReadView(practice, viewer));
  const self = href(`/praktijken/${encodeURIComponent(practice.id)}`);
  const reload = (message: string) => {
    setFlash(message);
    navigate(self, { replace: true });
  };
  const conflict = (form: HTMLFormElement) => (current: unknown) => {
    const saved = current as PracticeRecord | undefined;
    const labels = practiceLabels();
    showConflict(
      form,
      saved,
      saved
        ? [
            [labels.title, saved.title],
            [labels.region, nameOf(saved.region)],
            [labels.topic, t(`topic.${saved.topic}` as MessageKey)],
            [labels.key_areas, saved.key_areas.map(nameOf).join(', ')],
            [labels.description, saved.description],
            [labels.resources, saved.resources ?? ''],
            [labels.evidence, saved.evidence ?? ''],
            [labels.transfer_potential, saved.transfer_potential ?? ''],
            [labels.contact, saved.contact ?? ''],
            [t('practice.status'), t(`practice.status.${saved.status}`)],
          ]
        : [],
    );
  };

  const form = h(
    'form',
    {
      class: 'rk-form',
      'aria-labelledby': 'practice-edit-heading',
      'data-testid': 'practice-form',
    },
    versionInput(practice.version),
    practiceFields(practice, choices),
    h('div', { class: 'rk-form__actions' }, button(t('practice.save'), { id: 'practice-save' })),
  );
  writeForm(form, {
    labels: practiceLabels(),
    send: () =>
      sendJson<PracticeRecord>('PATCH', `/api/practices/${encodeURIComponent(practice.id)}`, {
        version: Number((form.elements.namedItem('version') as HTMLInputElement).value),
        ...practiceFormBody(form),
      }),
    onDone: () => reload(t('practice.saved')),
    onConflict: conflict(form),
  });

  const publishForm = actionForm(
    { labelledBy: 'practice-status-heading', testId: 'publish-form' },
    [versionInput(practice.version)],
    button(t('practice.publish'), { id: 'practice-publish' }),
  );
  writeForm(publishForm, {
    labels: {},
    send: () =>
      sendJson<PracticeRecord>(
        'POST',
        `/api/practices/${encodeURIComponent(practice.id)}/publish`,
        {
          version: Number((publishForm.elements.namedItem('version') as HTMLInputElement).value),
        },
      ),
    onDone: () => reload(t('practice.published')),
    onConflict: conflict(publishForm),
  });

  return framedPageView(
    toList(),
    practice.title,
    takeFlash(),
    pageSection(
      'practice-status-heading',
      t('practice.status'),
      practiceStatusLine(practice),
      practice.status === 'draft'
        ? [h('p', { class: 'utrecht-paragraph' }, t('practice.draft.lead')), publishForm]
        : h(
            'p',
            { class: 'utrecht-paragraph' },
            h(
              'a',
              { class: 'utrecht-link', href: href('/praktijken', { q: practice.title }) },
              t('practice.inList'),
            ),
          ),
    ),
    pageSection('practice-edit-heading', t('practice.edit'), form),
    transfersSection(practice, choices.regions, reload),
  );
}
