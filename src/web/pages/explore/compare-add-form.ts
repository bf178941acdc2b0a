import type { RegionSummary } from '../../api/types.js';
import { navigate } from '../../app/router.js';
import { nameOf, t } from '../../i18n/i18n.js';
import { h } from '../../ui/dom.js';
import { regionCombobox } from '../../ui/region-combobox.js';

/** How many regions the comparison shows at the most. */
export const COMPARE_MAX = 10;

/**
 * The form that adds a region to the comparison: chosen from the provinces and COROP regions of
 * the list, or typed by name or code; closed once `codes` holds the most it may.
 */
export function compareAddForm(
  codes: readonly string[],
  regions: {
    readonly provinces: readonly RegionSummary[];
    readonly corop: readonly RegionSummary[];
  },
  withCodes: (next: string[]) => string,
): HTMLElement {
  const picker = regionCombobox({
    id: 'compare-code',
    label: t('compare.code'),
    hint: t('compare.code.hint'),
    disabled: codes.length >= COMPARE_MAX,
    testId: 'compare-search',
  });

  return h(
    'form',
    {
      class: 'rk-controls',
      'aria-label': t('compare.add'),
      onsubmit: (event: Event) => {
        event.preventDefault();
        const form = event.currentTarget as HTMLFormElement;
        const chosen = (form.elements.namedItem('compare-region') as HTMLSelectElement).value;
        const typed = (form.elements.namedItem('compare-code') as HTMLInputElement).value.trim();
        void (typed ? picker.code() : Promise.resolve(chosen)).then((code) => {
          if (code && !codes.includes(code))
            navigate(withCodes([...codes, code]), { how: 'control' });
        });
      },
    },
    h(
      'div',
      { class: 'utrecht-form-field rk-controls__field' },
      h('label', { class: 'utrecht-form-label', for: 'compare-region' }, t('compare.region')),
      h(
        'select',
        {
          id: 'compare-region',
          name: 'compare-region',
          class: 'utrecht-select utrecht-select--html-select',
          disabled: codes.length >= COMPARE_MAX,
        },
        h(
          'optgroup',
          { label: t('map.level.2') },
          regions.provinces
            .filter((r) => !codes.includes(r.code))
            .map((r) => h('option', { value: r.code }, `${nameOf(r)} (${r.code})`)),
        ),
        h(
          'optgroup',
          { label: t('map.level.3') },
          regions.corop
            .filter((r) => !codes.includes(r.code))
            .map((r) => h('option', { value: r.code }, `${nameOf(r)} (${r.code})`)),
        ),
      ),
    ),
    picker.element,
    h(
      'div',
      { class: 'rk-controls__actions' },
      h(
        'button',
        {
          type: 'submit',
          class: 'utrecht-button utrecht-button--primary-action',
          disabled: codes.length >= COMPARE_MAX,
          id: 'compare-add',
        },
        t('compare.add.button'),
      ),
    ),
    codes.length >= COMPARE_MAX
      ? h('p', { class: 'rk-small' }, t('compare.max', { n: COMPARE_MAX }))
      : null,
  );
}
