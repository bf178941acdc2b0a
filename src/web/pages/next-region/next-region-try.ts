import type { NextVisitWeights } from '../../api/visit-types.js';
import { NEXT_VISIT_PARTS, weightNumber } from '../../app/next-visit-weights.js';
import { href, navigate } from '../../app/router.js';
import { formatList, formatNumber, t } from '../../i18n/i18n.js';
import { h } from '../../ui/dom.js';
import { button } from '../../ui/form-controls.js';
import { actionForm } from '../../ui/action-form.js';
import { notice } from '../../ui/notice.js';
import { pageSection } from '../../ui/page-section.js';
import { formWeights, weightFields, weightLabels } from './next-region-weight-fields.js';

type Part = (typeof NEXT_VISIT_PARTS)[number];

/** The address parameter that carries a weight being tried, e.g. gewicht-recency=0,5. */
export const weightParam = (part: string) => `gewicht-${part}`;

/** Weights in the address that were not used: the parameters at fault and why. */
export interface RefusedWeights {
  readonly params: readonly string[];
  /** `number`: a value is not a number >= 0; `zero`: all weights given are 0. */
  readonly reason: 'number' | 'zero';
}

/** The weights being tried, from the address, or those given there that cannot be used. */
export type TriedWeights =
  | { readonly weights: Partial<Record<Part, number>> | null; readonly refused: null }
  | { readonly weights: null; readonly refused: RefusedWeights };

/**
 * The weights being tried, from the address: each part given there as a number >= 0 (a Dutch
 * decimal comma is fine). None given: no weights. Any not a number >= 0, or all given 0 (the score
 * divides by their sum): refused, naming the parameters, and the saved weights are used.
 *
 * @example triedWeights(new URLSearchParams('gewicht-recency=0,5')) // { weights: { recency: 0.5 }, refused: null }
 */
export function triedWeights(query: URLSearchParams): TriedWeights {
  const out: Partial<Record<Part, number>> = {};
  const wrong: string[] = [];
  for (const part of NEXT_VISIT_PARTS) {
    const text = query.get(weightParam(part));
    if (text === null) continue;
    const value = weightNumber(text);
    if (value === null) wrong.push(weightParam(part));
    else out[part] = value;
  }
  if (wrong.length) return { weights: null, refused: { params: wrong, reason: 'number' } };
  const given = Object.keys(out) as Part[];
  if (given.length === 0) return { weights: null, refused: null };
  if (given.every((p) => out[p] === 0))
    return { weights: null, refused: { params: given.map(weightParam), reason: 'zero' } };
  return { weights: out, refused: null };
}

/** The notice that the weights in the address were not used, and why. */
export function refusedWeightsNotice(refused: RefusedWeights): HTMLElement {
  return h(
    'div',
    { 'data-testid': 'weights-refused' },
    notice(
      'warning',
      h(
        'p',
        { class: 'utrecht-paragraph' },
        t(`nextRegion.try.refused.${refused.reason}`, { params: formatList(refused.params) }),
      ),
    ),
  );
}

/**
 * The form to try weights: anyone may try them and see the ranking with them; nothing is saved,
 * the weights travel in the address. With weights being tried, a note says so, shows the saved
 * ones, and links back to them.
 */
export function tryWeightsForm(
  shown: NextVisitWeights,
  saved: NextVisitWeights,
  trying: boolean,
  months: number | undefined,
): HTMLElement {
  const labels = weightLabels();
  const form = actionForm(
    {
      labelledBy: 'try-heading',
      testId: 'try-weights-form',
      row: true,
      onsubmit: (event: Event) => {
        event.preventDefault();
        const result = formWeights(form, labels);
        if (!result.ok) return;
        navigate(
          href('/volgende-regio', {
            maanden: months,
            ...Object.fromEntries(
              // A part left out (connect at 0) is not put in the address.
              NEXT_VISIT_PARTS.flatMap((p) => {
                const weight = result.weights[p];
                return weight === undefined ? [] : [[weightParam(p), String(weight)]];
              }),
            ),
          }),
          { how: 'control' },
        );
      },
    },
    [weightFields('try', shown, labels)],
    button(t('nextRegion.try.submit'), { id: 'try-submit' }),
  );
  return pageSection(
    'try-heading',
    t('nextRegion.try'),
    h('p', { class: 'utrecht-paragraph' }, t('nextRegion.try.lead')),
    trying
      ? h(
          'div',
          { 'data-testid': 'trying' },
          notice(
            'info',
            h(
              'p',
              { class: 'utrecht-paragraph' },
              t('nextRegion.try.active', {
                saved: NEXT_VISIT_PARTS.map(
                  (p) => `${labels[p]} ${formatNumber(saved[p] ?? 0, 2)}`,
                ).join(', '),
              }),
              ' ',
              h(
                'a',
                {
                  class: 'utrecht-link',
                  href: href('/volgende-regio', { maanden: months }),
                  'data-testid': 'try-reset',
                },
                t('nextRegion.try.reset'),
              ),
            ),
          ),
        )
      : null,
    form,
  );
}
