import { ApiError, query, sendJson, tryJson } from '../../api/client.js';
import type { SpearheadList, SpearheadRecord } from '../../api/admin-types.js';
import type { KeyAreas } from '../../api/types.js';
import { mayEditRegion } from '../../app/permissions.js';
import { href, navigate } from '../../app/router.js';
import { spearheadWeights } from '../../app/spearhead-weights.js';
import { lang, nameOf, t } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/messages-nl.js';
import { showConflict, versionInput } from '../../ui/conflict-notice.js';
import { h } from '../../ui/dom.js';
import { currentViewer } from '../../ui/edit-permission.js';
import { setFlash, takeFlash } from '../../ui/flash.js';
import { button, formText, textField } from '../../ui/form-controls.js';
import { actionForm } from '../../ui/action-form.js';
import { formFeedback, showFormError } from '../../ui/form-feedback.js';
import { unavailable } from '../../ui/notice.js';
import { writeForm } from '../../ui/write-form.js';

const TAXONOMIES = ['topsectoren-2011', 'sleutelgebieden-2004'] as const;

interface KeyAreaChoice {
  readonly taxonomy: string;
  readonly areas: readonly (readonly [string, string])[];
}

const labels = () => ({
  name_nl: t('spearheads.nameNl'),
  name_en: t('spearheads.nameEn'),
  description: t('spearheads.description'),
});

const weightText = (weight: number) =>
  lang() === 'nl' ? String(weight).replace('.', ',') : String(weight);

/**
 * The editing of a region's spearheads, for those who may edit the region (the session's role and
 * regions; the server decides in the end and its refusal is shown): per spearhead its names,
 * description and key-area weights, removing it, and adding one. Null for everyone else, who
 * see the spearheads read-only.
 */
export async function regionSpearheadsEditor(
  code: string,
  name: string,
): Promise<HTMLElement | null> {
  const viewer = await currentViewer();
  if (!mayEditRegion(viewer, code)) return null;
  const [spearheads, ...taxonomies] = await Promise.all([
    tryJson<SpearheadList>(`/api/regions/${encodeURIComponent(code)}/spearheads`),
    ...TAXONOMIES.map((taxonomy) =>
      tryJson<KeyAreas>(`/api/regions/NL/keyareas${query({ taxonomy })}`),
    ),
  ]);
  if (spearheads instanceof ApiError)
    return unavailable(t('spearheads.edit.heading', { name }), spearheads);
  const keyAreas: KeyAreaChoice[] = taxonomies
    .filter((k): k is KeyAreas => !(k instanceof ApiError))
    .map((k) => ({
      taxonomy: k.taxonomy,
      // Every key area of the taxonomy, also those measured together in one row.
      areas: k.areas.flatMap((a) => a.members.map((m) => [m.key_area, nameOf(m)] as const)),
    }));
  const after = (message: string) => {
    setFlash(message);
    navigate(`${href(`/regio/${code}`)}#speerpunten-bewerken`, { replace: true });
  };
  return h(
    'div',
    { class: 'rk-figure', id: 'speerpunten-bewerken', 'data-testid': 'spearheads-editor' },
    h('h3', { class: 'utrecht-heading-3' }, t('spearheads.edit.heading', { name })),
    h('p', { class: 'utrecht-paragraph' }, t('spearheads.edit.lead')),
    takeFlash(),
    spearheads.items.length
      ? h(
          'ul',
          { class: 'rk-cards' },
          spearheads.items.map((s) => spearheadCard(s, keyAreas, after)),
        )
      : null,
    addForm(code, keyAreas, after),
  );
}

function weightFields(
  prefix: string,
  keyAreas: readonly KeyAreaChoice[],
  current: SpearheadRecord | null,
): HTMLElement[] {
  return keyAreas.map((k, ti) =>
    h(
      'fieldset',
      { class: 'utrecht-form-fieldset rk-form__fieldset' },
      h(
        'legend',
        { class: 'utrecht-form-fieldset__legend rk-form__legend' },
        t('spearheads.weights', { taxonomy: t(`taxonomy.${k.taxonomy}` as MessageKey) }),
      ),
      h('p', { class: 'utrecht-form-field-description' }, t('spearheads.weights.hint')),
      h(
        'div',
        { class: 'rk-form__grid' },
        k.areas.map(([id, label], i) => {
          const weight = current?.key_areas.find((a) => a.id === id)?.weight;
          return textField({
            id: `${prefix}-ka-${ti}-${i}`,
            name: `ka:${id}`,
            label,
            value: weight === undefined ? '' : weightText(weight),
            inputmode: 'decimal',
          });
        }),
      ),
    ),
  );
}

/** The key areas with their weight, or false after naming the field at fault. */
function readWeights(form: HTMLFormElement, keyAreas: readonly KeyAreaChoice[]) {
  const all = keyAreas.flatMap((k) => k.areas);
  const result = spearheadWeights(all.map(([id]) => [id, formText(form, `ka:${id}`)] as const));
  if (result.ok) return result.keyAreas;
  const label = all.find(([id]) => id === result.id)?.[1] ?? result.id;
  showFormError(form, t('spearheads.weights.invalid', { field: label }), `ka:${result.id}`, label);
  return false;
}

function nameFields(prefix: string, s: SpearheadRecord | null): HTMLElement[] {
  const l = labels();
  return [
    textField({
      id: `${prefix}-name-nl`,
      name: 'name_nl',
      label: l.name_nl,
      value: s?.name_nl,
      required: true,
    }),
    textField({
      id: `${prefix}-name-en`,
      name: 'name_en',
      label: l.name_en,
      value: s?.name_en,
      required: true,
    }),
    textField({
      id: `${prefix}-description`,
      name: 'description',
      label: l.description,
      value: s?.description,
      multiline: true,
      rows: 3,
    }),
  ];
}

function conflictRows(saved: SpearheadRecord): [string, string][] {
  const l = labels();
  return [
    [l.name_nl, saved.name_nl],
    [l.name_en, saved.name_en],
    [l.description, saved.description ?? ''],
    [
      t('spearheads.keyAreas'),
      saved.key_areas.map((k) => `${nameOf(k)} (${weightText(k.weight)})`).join('; '),
    ],
  ];
}

function spearheadCard(
  s: SpearheadRecord,
  keyAreas: readonly KeyAreaChoice[],
  after: (message: string) => void,
): HTMLElement {
  const prefix = `spearhead-${s.id}`;
  let weights: ReturnType<typeof readWeights> = false;
  const form = h(
    'form',
    { class: 'rk-form rk-form--inline', 'data-testid': 'spearhead-edit-form' },
    formFeedback(),
    versionInput(s.version),
    nameFields(prefix, s),
    weightFields(prefix, keyAreas, s),
    h('div', { class: 'rk-form__actions' }, button(t('spearheads.save'))),
  );
  writeForm(form, {
    labels: labels(),
    check: () => (weights = readWeights(form, keyAreas)) !== false,
    send: () =>
      sendJson<SpearheadRecord>('PATCH', `/api/spearheads/${encodeURIComponent(s.id)}`, {
        version: Number(formText(form, 'version')),
        name_nl: formText(form, 'name_nl').trim(),
        name_en: formText(form, 'name_en').trim(),
        description: formText(form, 'description').trim() || null,
        key_areas: weights || [],
      }),
    onDone: (saved) => after(t('spearheads.saved', { name: nameOf(saved) })),
    onConflict: (current) => {
      const saved = current as SpearheadRecord | undefined;
      showConflict(form, saved, saved ? conflictRows(saved) : []);
    },
  });

  const remove = h(
    'form',
    { class: 'rk-form rk-form--inline', 'data-testid': 'spearhead-remove-form' },
    formFeedback(),
    versionInput(s.version),
    h('div', { class: 'rk-form__actions' }, button(t('spearheads.remove'), { secondary: true })),
  );
  writeForm(remove, {
    labels: {},
    send: () =>
      sendJson<void>(
        'DELETE',
        `/api/spearheads/${encodeURIComponent(s.id)}${query({ version: formText(remove, 'version') })}`,
      ),
    onDone: () => after(t('spearheads.removed', { name: nameOf(s) })),
    onConflict: (current) => {
      const saved = current as SpearheadRecord | undefined;
      showConflict(remove, saved, saved ? conflictRows(saved) : []);
    },
  });

  return h(
    'li',
    { class: 'rk-card', 'data-testid': 'spearhead-card', 'data-id': s.id },
    h('p', { class: 'utrecht-paragraph rk-card__title' }, h('strong', null, nameOf(s))),
    s.description ? h('p', { class: 'utrecht-paragraph rk-prewrap' }, s.description) : null,
    h(
      'p',
      { class: 'rk-small', 'data-testid': 'spearhead-key-areas' },
      s.key_areas.length
        ? s.key_areas.map((k) => `${nameOf(k)} (${weightText(k.weight)})`).join('; ')
        : t('spearheads.keyAreas.none'),
    ),
    h(
      'details',
      { class: 'rk-edit' },
      h('summary', { class: 'rk-edit__summary' }, t('spearheads.edit', { name: nameOf(s) })),
      form,
      h('p', { class: 'utrecht-paragraph rk-small' }, t('spearheads.remove.lead')),
      remove,
    ),
  );
}

function addForm(
  code: string,
  keyAreas: readonly KeyAreaChoice[],
  after: (message: string) => void,
): HTMLElement {
  let weights: ReturnType<typeof readWeights> = false;
  const form = actionForm(
    { labelledBy: 'spearhead-add-heading', testId: 'spearhead-add-form' },
    [nameFields('spearhead-add', null), weightFields('spearhead-add', keyAreas, null)],
    button(t('spearheads.add.submit'), { id: 'spearhead-add-submit' }),
  );
  writeForm(form, {
    labels: labels(),
    check: () => (weights = readWeights(form, keyAreas)) !== false,
    send: () =>
      sendJson<SpearheadRecord>('POST', `/api/regions/${encodeURIComponent(code)}/spearheads`, {
        name_nl: formText(form, 'name_nl').trim(),
        name_en: formText(form, 'name_en').trim(),
        description: formText(form, 'description').trim() || null,
        key_areas: weights || [],
      }),
    onDone: (saved) => after(t('spearheads.added', { name: nameOf(saved) })),
  });
  return h(
    'div',
    { class: 'rk-form-block' },
    h('h4', { class: 'utrecht-heading-4', id: 'spearhead-add-heading' }, t('spearheads.add')),
    form,
  );
}
