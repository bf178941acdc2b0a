import { ApiError, query, tryJson } from '../../api/client.js';
import type { KeyAreas } from '../../api/types.js';
import type { PracticeRecord } from '../../api/visit-types.js';
import { practiceBody, type PracticeBody } from '../../app/practice-form-values.js';
import { nameOf, t } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/messages-nl.js';
import { h } from '../../ui/dom.js';
import {
  checkboxGroup,
  formChecked,
  formText,
  selectField,
  textFieldsOf,
} from '../../ui/form-controls.js';
import { formFeedback } from '../../ui/form-feedback.js';
import { dutchRegionChoices, type Choice } from '../../ui/region-choices.js';

const TAXONOMIES = ['topsectoren-2011', 'sleutelgebieden-2004'] as const;

/** What the good-practice form offers: the regions and the key areas of both taxonomies. */
export interface PracticeChoices {
  readonly regions: Choice[];
  readonly keyAreas: readonly { readonly taxonomy: string; readonly areas: [string, string][] }[];
}

/** Reads the choices of the good-practice form from the API. */
export async function practiceChoices(): Promise<PracticeChoices> {
  const [regions, ...taxonomies] = await Promise.all([
    dutchRegionChoices(),
    ...TAXONOMIES.map((taxonomy) =>
      tryJson<KeyAreas>(`/api/regions/NL/keyareas${query({ taxonomy })}`),
    ),
  ]);
  return {
    regions: regions.choices,
    keyAreas: taxonomies
      .filter((k): k is KeyAreas => !(k instanceof ApiError))
      .map((k) => ({
        taxonomy: k.taxonomy,
        // Every key area of the taxonomy, also those measured together in one row.
        areas: k.areas.flatMap((a) =>
          a.members.map((m) => [m.key_area, nameOf(m)] as [string, string]),
        ),
      })),
  };
}

/** API field -> label, to name the field a problem is about. */
export function practiceLabels(): Record<keyof PracticeBody, string> {
  return {
    title: t('practice.field.title'),
    region: t('practices.region'),
    topic: t('practices.topic'),
    key_areas: t('practices.keyareas'),
    period_start: t('practice.field.periodStart'),
    period_end: t('practice.field.periodEnd'),
    description: t('practice.field.description'),
    resources: t('practice.field.resources'),
    evidence: t('practice.field.evidence'),
    transfer_potential: t('practice.field.transfer'),
    contact: t('practice.field.contact'),
    source_url: t('practice.field.url'),
    language: t('practice.field.language'),
  };
}

/**
 * The fields of a good practice (PRODUCT.md): title, region, topic, key areas, period,
 * description, resources needed, evidence of success, potential for transfer, contact; filled
 * with `practice` when editing.
 */
export function practiceFields(
  practice: PracticeRecord | null,
  choices: PracticeChoices,
): (HTMLElement | null)[] {
  const labels = practiceLabels();
  const text = textFieldsOf('practice', labels);
  const checked = practice?.key_areas.map((k) => k.id) ?? [];
  return [
    formFeedback(),
    text('title', practice?.title, { required: true }),
    selectField(
      {
        id: 'practice-region',
        name: 'region',
        label: labels.region,
        value: practice?.region.code,
        required: true,
      },
      [['', t('form.choose')], ...choices.regions],
    ),
    selectField(
      {
        id: 'practice-topic',
        name: 'topic',
        label: labels.topic,
        value: practice ? String(practice.topic) : '',
        required: true,
      },
      [
        ['', t('form.choose')],
        ...([1, 2, 3] as const).map(
          (n) => [String(n), `${n}. ${t(`topic.${n}`)}`] as [string, string],
        ),
      ],
    ),
    ...choices.keyAreas.map((k) =>
      checkboxGroup({
        id: `practice-keyareas-${k.taxonomy}`,
        name: 'key_areas',
        legend: t(`taxonomy.${k.taxonomy}` as MessageKey),
        choices: k.areas,
        checked,
      }),
    ),
    h(
      'div',
      { class: 'rk-form__grid' },
      text('period_start', practice?.period_start, { hint: t('practice.field.period.hint') }),
      text('period_end', practice?.period_end, { hint: t('practice.field.period.hint') }),
    ),
    text('description', practice?.description, { multiline: true, rows: 6, required: true }),
    text('resources', practice?.resources, { multiline: true, rows: 3 }),
    text('evidence', practice?.evidence, { multiline: true, rows: 3 }),
    text('transfer_potential', practice?.transfer_potential, {
      multiline: true,
      rows: 3,
      hint: t('practice.field.transfer.hint'),
    }),
    text('contact', practice?.contact),
    text('source_url', practice?.source_url, { type: 'url' }),
    selectField(
      {
        id: 'practice-language',
        name: 'language',
        label: labels.language,
        value: practice?.language ?? 'nl',
        hint: t('practice.field.language.hint'),
      },
      [
        ['nl', t('practice.language.nl')],
        ['en', t('practice.language.en')],
      ],
    ),
  ];
}

/** The API body from the filled-in form. */
export function practiceFormBody(form: HTMLFormElement): PracticeBody {
  const value = (name: keyof PracticeBody) => formText(form, name);
  return practiceBody({
    title: value('title'),
    region: value('region'),
    topic: value('topic'),
    key_areas: formChecked(form, 'key_areas'),
    period_start: value('period_start'),
    period_end: value('period_end'),
    description: value('description'),
    resources: value('resources'),
    evidence: value('evidence'),
    transfer_potential: value('transfer_potential'),
    contact: value('contact'),
    source_url: value('source_url'),
    language: value('language'),
  });
}
