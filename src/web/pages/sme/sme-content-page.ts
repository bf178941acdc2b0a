import { getJson, sendJson } from '../../api/client.js';
import type { ContactPointRecord, FundRecord } from '../../api/sme-types.js';
import type { PageView } from '../../app/page.js';
import { mayEditRegion, mayEditSomeRegion } from '../../app/permissions.js';
import { href, navigate, type Route } from '../../app/router.js';
import { formatDate, t } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/messages-nl.js';
import { showConflict, versionInput } from '../../ui/conflict-notice.js';
import { h } from '../../ui/dom.js';
import { currentViewer, editNotice } from '../../ui/edit-permission.js';
import { editableRegionChoices } from '../../ui/editable-region-choices.js';
import { setFlash, takeFlash } from '../../ui/flash.js';
import { button } from '../../ui/form-controls.js';
import { actionForm } from '../../ui/action-form.js';
import { dutchRegionChoices, type Choice } from '../../ui/region-choices.js';
import { contactPointCard, fundCard } from '../../ui/sme-cards.js';
import { writeForm } from '../../ui/write-form.js';
import {
  contactPointFields,
  contactPointFormBody,
  contactPointLabels,
} from './contact-point-form.js';
import { fundFields, fundFormBody, fundLabels } from './fund-form.js';
import { pageSection } from '../../ui/page-section.js';
import { framedPageView, type PageFrame } from '../../ui/page-view.js';

type SmeRecord = ContactPointRecord | FundRecord;

/** What differs between contact points and funds on their edit pages. */
interface Kind<R extends SmeRecord> {
  readonly api: string;
  readonly path: string;
  readonly key: 'contact' | 'fund';
  readonly labels: () => Record<string, string>;
  readonly fields: (record: R | null, regions: readonly Choice[]) => (HTMLElement | null)[];
  readonly body: (form: HTMLFormElement) => object;
  readonly card: (record: R) => HTMLElement;
  /** The regions the record touches, for the editor check (a municipality counts as its NUTS3). */
  readonly regions: (record: R) => string[];
}

const CONTACT: Kind<ContactPointRecord> = {
  api: '/api/contact-points',
  path: '/mkb/contactpunten',
  key: 'contact',
  labels: contactPointLabels,
  fields: contactPointFields,
  body: contactPointFormBody,
  card: (c) => contactPointCard(c),
  regions: (c) => [
    ...c.regions.map((r) => r.code),
    ...c.municipalities.flatMap((m) => (m.nuts3 ? [m.nuts3] : [])),
  ],
};

const FUND: Kind<FundRecord> = {
  api: '/api/funds',
  path: '/mkb/fondsen',
  key: 'fund',
  labels: fundLabels,
  fields: fundFields,
  body: fundFormBody,
  card: (f) => fundCard(f),
  regions: (f) => f.regions.map((r) => r.code),
};

const msg = (kind: Kind<never> | Kind<SmeRecord>, name: string) =>
  t(`sme.${kind.key}.${name}` as MessageKey);

const toFinder = (): PageFrame => ({ back: { href: href('/mkb'), text: t('sme.back') } });

async function newPage<R extends SmeRecord>(kind: Kind<R>): Promise<PageView> {
  const title = msg(kind as Kind<SmeRecord>, 'new');
  const [regions, viewer] = await Promise.all([dutchRegionChoices(), currentViewer()]);
  const frame: PageFrame = { ...toFinder(), headingId: 'sme-new-heading' };
  if (!mayEditSomeRegion(viewer)) return framedPageView(frame, title, editNotice(viewer));
  const form = h(
    'form',
    { class: 'rk-form', 'aria-labelledby': 'sme-new-heading', 'data-testid': 'sme-form' },
    kind.fields(null, editableRegionChoices(regions.choices, viewer)),
    h('div', { class: 'rk-form__actions' }, button(t('sme.create'), { id: 'sme-save' })),
  );
  writeForm(form, {
    labels: kind.labels(),
    send: () => sendJson<R>('POST', kind.api, { ...kind.body(form), status: 'published' }),
    onDone: (record) => {
      setFlash(t('sme.created', { name: record.name }));
      navigate(href(`${kind.path}/${encodeURIComponent(record.id)}`));
    },
  });
  return framedPageView(
    frame,
    title,
    h('p', { class: 'utrecht-paragraph' }, t('sme.new.lead')),
    form,
  );
}

async function editPage<R extends SmeRecord>(kind: Kind<R>, route: Route): Promise<PageView> {
  const id = route.params[0] ?? '';
  const viewer = await currentViewer();
  const drafts = mayEditSomeRegion(viewer) ? '?include_drafts=true' : '';
  const [record, regions] = await Promise.all([
    getJson<R>(`${kind.api}/${encodeURIComponent(id)}${drafts}`),
    dutchRegionChoices(),
  ]);
  if (!kind.regions(record).every((code) => mayEditRegion(viewer, code)))
    return framedPageView(
      toFinder(),
      record.name,
      h('ul', { class: 'rk-cards' }, kind.card(record)),
    );
  const self = href(`${kind.path}/${encodeURIComponent(record.id)}`);
  const reload = (message: string) => {
    setFlash(message);
    navigate(self, { replace: true });
  };
  const conflict = (form: HTMLFormElement) => (current: unknown) =>
    showConflict(form, current as R | undefined, []);
  const versionOf = (form: HTMLFormElement) =>
    Number((form.elements.namedItem('version') as HTMLInputElement).value);
  const form = h(
    'form',
    { class: 'rk-form', 'aria-labelledby': 'sme-edit-heading', 'data-testid': 'sme-form' },
    versionInput(record.version),
    kind.fields(record, editableRegionChoices(regions.choices, viewer)),
    h('div', { class: 'rk-form__actions' }, button(t('sme.save'), { id: 'sme-save' })),
  );
  writeForm(form, {
    labels: kind.labels(),
    send: () =>
      sendJson<R>('PATCH', `${kind.api}/${encodeURIComponent(record.id)}`, {
        version: versionOf(form),
        ...kind.body(form),
      }),
    onDone: () => reload(t('sme.saved')),
    onConflict: conflict(form),
  });
  const action = record.status === 'published' ? 'retire' : 'publish';
  const statusForm = actionForm(
    { labelledBy: 'sme-status-heading', testId: 'sme-status-form' },
    [versionInput(record.version)],
    button(t(`sme.${action}`), { id: `sme-${action}`, secondary: action === 'retire' }),
  );
  writeForm(statusForm, {
    labels: {},
    send: () =>
      sendJson<R>('POST', `${kind.api}/${encodeURIComponent(record.id)}/${action}`, {
        version: versionOf(statusForm),
      }),
    onDone: () => reload(t(action === 'publish' ? 'sme.published' : 'sme.retired')),
    onConflict: conflict(statusForm),
  });
  return framedPageView(
    toFinder(),
    record.name,
    takeFlash(),
    pageSection(
      'sme-status-heading',
      t('sme.status'),
      h(
        'p',
        { class: 'utrecht-paragraph', 'data-testid': 'sme-status' },
        h('strong', null, t(`sme.status.${record.status}`)),
        record.updated_at
          ? ` · ${t('practice.updated', { date: formatDate(record.updated_at, true), version: record.version })}`
          : '',
      ),
      statusForm,
    ),
    pageSection('sme-edit-heading', t('sme.editHeading'), form),
  );
}

/** A new SME contact point: the form, published when saved. */
export const contactPointNewPage = (): Promise<PageView> => newPage(CONTACT);
/** One SME contact point: its editors change, publish or retire it; others read it. */
export const contactPointEditPage = (route: Route): Promise<PageView> => editPage(CONTACT, route);
/** A new regional fund: the form, published when saved. */
export const fundNewPage = (): Promise<PageView> => newPage(FUND);
/** One regional fund: its editors change, publish or retire it; others read it. */
export const fundEditPage = (route: Route): Promise<PageView> => editPage(FUND, route);
