import { FUND_INSTRUMENTS, FUND_TARGETS } from '../../../domain/sme-content.js';
import type { FundRecord, NewFundBody } from '../../api/sme-types.js';
import { t } from '../../i18n/i18n.js';
import { h } from '../../ui/dom.js';
import { checkboxGroup, formChecked, formText, textFieldsOf } from '../../ui/form-controls.js';
import { formFeedback } from '../../ui/form-feedback.js';
import { formSelected, multiSelectField } from '../../ui/multi-select-field.js';
import type { Choice } from '../../ui/region-choices.js';
import { smeLabel } from '../../ui/sme-cards.js';

/**
 * The body of POST /api/funds and PATCH /api/funds/:id: every field of the fund, empty ones as
 * null, and the size a number, or the text as typed when it is none (the server then names the
 * field).
 */
export type FundBody = Required<Omit<NewFundBody, 'status' | 'size'>> & {
  size: number | string | null;
};

/** API field -> label, to name the field a problem is about. */
export function fundLabels(): Record<keyof FundBody, string> {
  return {
    name: t('sme.field.name'),
    manager: t('sme.fund.manager'),
    size: t('sme.fund.size'),
    currency: t('sme.fund.currency'),
    instruments: t('sme.fund.instruments'),
    targets: t('sme.fund.targets'),
    regions: t('sme.fund.regions'),
    period_start: t('sme.fund.periodStart'),
    period_end: t('sme.fund.periodEnd'),
    website: t('sme.field.website'),
    source_url: t('sme.field.source'),
  };
}

/** The fields of a fund, filled with `fund` when editing. */
export function fundFields(
  fund: FundRecord | null,
  regions: readonly Choice[],
): (HTMLElement | null)[] {
  const labels = fundLabels();
  const text = textFieldsOf('fund', labels);
  const pairs = (values: readonly string[], kind: 'instrument' | 'target') =>
    values.map((v) => [v, smeLabel(kind, v)] as [string, string]);
  return [
    formFeedback(),
    text('name', fund?.name, { required: true }),
    text('manager', fund?.manager),
    h(
      'div',
      { class: 'rk-form__grid' },
      text('size', fund?.size === null || fund === null ? '' : String(fund.size), {
        inputmode: 'decimal',
        hint: t('sme.fund.size.hint'),
      }),
      text('currency', fund?.currency ?? 'EUR', { hint: t('sme.fund.currency.hint') }),
    ),
    checkboxGroup({
      id: 'fund-instruments',
      name: 'instruments',
      legend: labels.instruments,
      choices: pairs(FUND_INSTRUMENTS, 'instrument'),
      checked: fund?.instruments ?? [],
    }),
    checkboxGroup({
      id: 'fund-targets',
      name: 'targets',
      legend: labels.targets,
      choices: pairs(FUND_TARGETS, 'target'),
      checked: fund?.targets ?? [],
    }),
    multiSelectField(
      {
        id: 'fund-regions',
        name: 'regions',
        label: labels.regions,
        selected: fund?.regions.map((r) => r.code) ?? [],
      },
      regions,
    ),
    h(
      'div',
      { class: 'rk-form__grid' },
      text('period_start', fund?.period_start, { hint: t('practice.field.period.hint') }),
      text('period_end', fund?.period_end, { hint: t('practice.field.period.hint') }),
    ),
    text('website', fund?.website, { type: 'url', hint: t('sme.field.url.hint') }),
    text('source_url', fund?.source_url, { type: 'url', hint: t('sme.field.url.hint') }),
  ];
}

/** The API body from the filled-in form; a size that is not a number is sent as typed, so the server names it. */
export function fundFormBody(form: HTMLFormElement): FundBody {
  const value = (name: keyof FundBody) => formText(form, name).trim();
  const size = value('size').replace(/\s/g, '').replace(',', '.');
  return {
    name: value('name'),
    manager: value('manager') || null,
    size: size === '' ? null : Number.isFinite(Number(size)) ? Number(size) : size,
    currency: value('currency') || 'EUR',
    instruments: formChecked(form, 'instruments'),
    targets: formChecked(form, 'targets'),
    regions: formSelected(form, 'regions'),
    period_start: value('period_start') || null,
    period_end: value('period_end') || null,
    website: value('website') || null,
    source_url: value('source_url') || null,
  };
}
