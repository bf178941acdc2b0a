import { nameOf, t } from '../i18n/i18n.js';
import { h } from './dom.js';
import { regionCombobox } from './region-combobox.js';

/**
 * A region search beside a region select: the region chosen in the search becomes the select's
 * value (added as an option when the select does not list it), and the select's change event
 * fires as if it had been chosen there.
 */
export function regionSelectSearch(
  select: HTMLSelectElement,
  options: { readonly id: string; readonly country?: string; readonly level?: number },
): HTMLElement {
  return regionCombobox({
    id: options.id,
    label: t('search.picker'),
    hint: t('search.hint'),
    country: options.country,
    level: options.level,
    disabled: select.disabled,
    testId: options.id,
    onChoose: (region) => {
      if (![...select.options].some((o) => o.value === region.code)) {
        select.append(h('option', { value: region.code }, `${nameOf(region)} (${region.code})`));
      }
      select.value = region.code;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    },
  }).element;
}
