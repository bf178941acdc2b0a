import type { RegionSummary } from '../../api/types.js';
import { navigate } from '../../app/router.js';
import { nameOf, t } from '../../i18n/i18n.js';
import { h } from '../../ui/dom.js';
import { regionCombobox } from '../../ui/region-combobox.js';
import { controlsForm, controlsSelect, controlsSubmit } from '../../ui/controls-form.js';
import { regionLevelOptions } from '../../ui/region-level-options.js';

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

  return controlsForm(
    {
      label: t('compare.add'),
      submit: (form) => {
        const chosen = (form.elements.namedItem('compare-region') as HTMLSelectElement).value;
        const typed = (form.elements.namedItem('compare-code') as HTMLInputElement).value.trim();
        void (typed ? picker.code() : Promise.resolve(chosen)).then((code) => {
          if (code && !codes.includes(code))
            navigate(withCodes([...codes, code]), { how: 'control' });
        });
      },
    },
    controlsSelect(
      { id: 'compare-region', label: t('compare.region'), disabled: codes.length >= COMPARE_MAX },
      regionLevelOptions(regions, (r) =>
        codes.includes(r.code) ? null : h('option', { value: r.code }, `${nameOf(r)} (${r.code})`),
      ),
    ),
    picker.element,
    controlsSubmit(t('compare.add.button'), 'compare-add', codes.length >= COMPARE_MAX),
    codes.length >= COMPARE_MAX
      ? h('p', { class: 'rk-small' }, t('compare.max', { n: COMPARE_MAX }))
      : null,
  );
}
