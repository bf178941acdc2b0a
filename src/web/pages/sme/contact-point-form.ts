import { CONTACT_CHANNELS } from '../../../domain/sme-content.js';
import type { ContactPointRecord, NewContactPointBody } from '../../api/sme-types.js';
import { t } from '../../i18n/i18n.js';
import { h } from '../../ui/dom.js';
import { checkboxGroup, formChecked, formText, textFieldsOf } from '../../ui/form-controls.js';
import { formFeedback } from '../../ui/form-feedback.js';
import { formSelected, multiSelectField } from '../../ui/multi-select-field.js';
import type { Choice } from '../../ui/region-choices.js';
import { smeLabel } from '../../ui/sme-cards.js';

/**
 * The body of POST /api/contact-points and PATCH /api/contact-points/:id: every field of the
 * contact point, empty ones as null.
 */
export type ContactPointBody = Required<Omit<NewContactPointBody, 'status'>>;

/** API field -> label, to name the field a problem is about. */
export function contactPointLabels(): Record<keyof ContactPointBody, string> {
  return {
    name: t('sme.field.name'),
    organisation: t('sme.field.organisation'),
    helps_with: t('sme.field.helpsWith'),
    address: t('sme.field.address'),
    postcode: t('sme.field.postcode'),
    town: t('sme.field.town'),
    phone: t('sme.field.phone'),
    email: t('sme.field.email'),
    website: t('sme.field.website'),
    opening_hours: t('sme.field.openingHours'),
    channels: t('sme.field.channels'),
    languages: t('sme.field.languages'),
    regions: t('sme.field.regions'),
    municipalities: t('sme.field.municipalities'),
    source_url: t('sme.field.source'),
  };
}

/** The fields of a contact point, filled with `point` when editing. */
export function contactPointFields(
  point: ContactPointRecord | null,
  regions: readonly Choice[],
): (HTMLElement | null)[] {
  const labels = contactPointLabels();
  const text = textFieldsOf('cp', labels);
  return [
    formFeedback(),
    text('name', point?.name, { required: true }),
    text('organisation', point?.organisation),
    text('helps_with', point?.helps_with, { multiline: true, rows: 3 }),
    h(
      'div',
      { class: 'rk-form__grid' },
      text('address', point?.address, { autocomplete: 'off' }),
      text('postcode', point?.postcode, { hint: t('sme.field.postcode.hint') }),
      text('town', point?.town),
    ),
    h(
      'div',
      { class: 'rk-form__grid' },
      text('phone', point?.phone, { hint: t('sme.field.phone.hint') }),
      text('email', point?.email, { type: 'email' }),
    ),
    text('website', point?.website, { type: 'url', hint: t('sme.field.url.hint') }),
    text('opening_hours', point?.opening_hours, { multiline: true, rows: 2 }),
    checkboxGroup({
      id: 'cp-channels',
      name: 'channels',
      legend: labels.channels,
      choices: CONTACT_CHANNELS.map((c) => [c, smeLabel('channel', c)] as [string, string]),
      checked: point?.channels ?? [],
    }),
    text('languages', point?.languages.join(', '), { hint: t('sme.field.languages.hint') }),
    multiSelectField(
      {
        id: 'cp-regions',
        name: 'regions',
        label: labels.regions,
        selected: point?.regions.map((r) => r.code) ?? [],
      },
      regions,
    ),
    text('municipalities', point?.municipalities.map((m) => m.name).join(', '), {
      hint: t('sme.field.municipalities.hint'),
    }),
    text('source_url', point?.source_url, { type: 'url', hint: t('sme.field.url.hint') }),
  ];
}

const optional = (text: string): string | null => text.trim() || null;
const list = (text: string): string[] =>
  text
    .split(/[,;|]/)
    .map((v) => v.trim())
    .filter((v) => v !== '');

/** The API body from the filled-in form: empty optional fields as null, lists split on commas. */
export function contactPointFormBody(form: HTMLFormElement): ContactPointBody {
  const value = (name: keyof ContactPointBody) => formText(form, name);
  return {
    name: value('name').trim(),
    organisation: optional(value('organisation')),
    helps_with: optional(value('helps_with')),
    address: optional(value('address')),
    postcode: optional(value('postcode')),
    town: optional(value('town')),
    phone: optional(value('phone')),
    email: optional(value('email')),
    website: optional(value('website')),
    opening_hours: optional(value('opening_hours')),
    channels: formChecked(form, 'channels'),
    languages: list(value('languages')),
    regions: formSelected(form, 'regions'),
    municipalities: list(value('municipalities')),
    source_url: optional(value('source_url')),
  };
}
