import type { NextVisitWeights } from '../../api/visit-types.js';
import {
  NEXT_VISIT_PARTS,
  nextVisitWeights,
  type NextVisitPartName,
  type WeightsResult,
} from '../../app/next-visit-weights.js';
import { formatNumber, t } from '../../i18n/i18n.js';
import { h } from '../../ui/dom.js';
import { formText, textField } from '../../ui/form-controls.js';
import { showFormError } from '../../ui/form-feedback.js';

/** The name of each part of the score, as its weight field is labelled. */
export function weightLabels(): Record<NextVisitPartName, string> {
  return Object.fromEntries(NEXT_VISIT_PARTS.map((p) => [p, t(`nextRegion.part.${p}`)])) as Record<
    NextVisitPartName,
    string
  >;
}

/** A field per part of the score, in a grid, filled with `weights` (ids `<prefix>-<part>`). */
export function weightFields(
  prefix: string,
  weights: NextVisitWeights,
  labels: Readonly<Record<NextVisitPartName, string>>,
): HTMLDivElement {
  return h(
    'div',
    { class: 'rk-form__grid' },
    NEXT_VISIT_PARTS.map((p) =>
      textField({
        id: `${prefix}-${p}`,
        name: p,
        label: labels[p],
        value: formatNumber(weights[p] ?? 0, 2),
        hint: t(`nextRegion.part.${p}.hint`),
        inputmode: 'decimal',
        // Connect may be left empty (it then weighs 0); the other four must be given.
        required: p !== 'connect',
      }),
    ),
  );
}

/**
 * The weights typed in a form's weight fields; where one is wrong, the form says which and why
 * before the result is returned.
 */
export function formWeights(
  form: HTMLFormElement,
  labels: Readonly<Record<NextVisitPartName, string>>,
): WeightsResult {
  const texts = Object.fromEntries(NEXT_VISIT_PARTS.map((p) => [p, formText(form, p)]));
  const result = nextVisitWeights(texts as Record<NextVisitPartName, string>);
  if (!result.ok)
    showFormError(
      form,
      result.reason === 'zero' ? t('nextRegion.weights.zero') : t('nextRegion.weights.number'),
      result.field,
      labels[result.field],
    );
  return result;
}
