import { getJson, query } from '../api/client.js';
import type { RegionSearch, RegionSearchItem } from '../api/types.js';
import { nameOf, t } from '../i18n/i18n.js';
import { h } from './dom.js';

/** Where a region combobox searches and what it does with the region chosen. */
export interface RegionComboboxOptions {
  /** The input's id and name; the chosen code is sent under `${id}-code`. */
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly level?: number;
  readonly country?: string;
  readonly disabled?: boolean;
  /** The region shown at the start. */
  readonly initial?: { readonly code: string; readonly name: string };
  readonly testId?: string;
  /** Called when a region is chosen from the list (Enter, click or tap). */
  readonly onChoose?: (region: RegionSearchItem) => void;
}

/** A region combobox: the field to put in a form, and the code chosen so far (or the first hit). */
export interface RegionCombobox {
  readonly element: HTMLElement;
  /** The chosen region's code; for typed text not chosen from the list, the best match's code. */
  readonly code: () => Promise<string | null>;
  /**
   * For typed text not chosen from the list, the regions found for it, best first; null when a
   * region was chosen or the field is empty.
   */
  readonly matches: () => Promise<readonly RegionSearchItem[] | null>;
  /** Closes the list of regions found. */
  readonly close: () => void;
}

const LIMIT = 8;
const DELAY_MS = 150;

/** One line of the list: the name, then code, level and the name it was found by. */
export function regionOptionText(r: RegionSearchItem): { name: string; detail: string } {
  const name = nameOf(r);
  const via =
    r.matched !== name && r.matched !== r.code ? t('search.via', { name: r.matched }) : '';
  const level = r.kind === 'nuts' ? `NUTS ${r.level}` : t('search.kind.country');
  return { name, detail: [r.code, level, via].filter(Boolean).join(' · ') };
}

/**
 * A text field that finds regions by code or name as one types (GET /api/regions?q=) and offers
 * them in a list: the ARIA 1.2 combobox pattern. Arrow keys move through the list, Enter or a
 * click chooses, Escape closes the list (and then clears the field); the number of regions found
 * is announced. Used for every region picker and the header search.
 */
export function regionCombobox(options: RegionComboboxOptions): RegionCombobox {
  const listId = `${options.id}-list`;
  const statusId = `${options.id}-status`;
  let items: RegionSearchItem[] = [];
  let active = -1;
  let chosen: RegionSearchItem | { code: string } | null = options.initial
    ? { code: options.initial.code }
    : null;
  let request = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const hidden = h('input', {
    type: 'hidden',
    name: `${options.id}-code`,
    value: options.initial?.code ?? '',
  });
  const status = h('p', { class: 'rk-visually-hidden', id: statusId, role: 'status' });
  const list = h('ul', {
    id: listId,
    role: 'listbox',
    class: 'rk-combobox__list',
    'aria-label': options.label,
    hidden: true,
  });
  const input = h('input', {
    id: options.id,
    name: options.id,
    type: 'text',
    class: 'utrecht-textbox utrecht-textbox--html-input rk-combobox__input',
    role: 'combobox',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    'aria-describedby': options.hint ? `${options.id}-hint` : null,
    value: options.initial?.name ?? '',
    disabled: options.disabled,
    'data-testid': options.testId,
  });

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const mark = (index: number) => {
    active = index;
    list.querySelectorAll('[role="option"]').forEach((li, i) => {
      li.setAttribute('aria-selected', String(i === index));
    });
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', `${options.id}-option-${index}`);
      list.children[index]?.scrollIntoView?.({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const choose = (index: number) => {
    const item = items[index];
    if (!item) return;
    chosen = item;
    hidden.value = item.code;
    input.value = nameOf(item);
    close();
    options.onChoose?.(item);
  };
  const show = (found: RegionSearchItem[], text: string) => {
    items = found;
    list.replaceChildren(
      ...found.map((r, i) => {
        const { name, detail } = regionOptionText(r);
        return h(
          'li',
          {
            id: `${options.id}-option-${i}`,
            role: 'option',
            class: 'rk-combobox__option',
            'aria-selected': 'false',
            'data-code': r.code,
            onmousedown: (event: Event) => event.preventDefault(),
            onclick: () => choose(i),
          },
          h('span', { class: 'rk-combobox__name' }, name),
          h('span', { class: 'rk-combobox__detail' }, detail),
        );
      }),
    );
    status.textContent = found.length
      ? t('search.found', { n: found.length })
      : t('search.none', { q: text });
    list.hidden = found.length === 0;
    input.setAttribute('aria-expanded', String(found.length > 0));
    mark(-1);
  };
  const search = (text: string): Promise<RegionSearchItem[]> =>
    getJson<RegionSearch>(
      `/api/regions${query({ q: text, limit: LIMIT, level: options.level, country: options.country })}`,
    ).then((page) => page.items);

  input.addEventListener('input', () => {
    chosen = null;
    hidden.value = '';
    clearTimeout(timer);
    const text = input.value.trim();
    if (!text) {
      items = [];
      status.textContent = '';
      close();
      return;
    }
    const mine = ++request;
    timer = setTimeout(() => {
      search(text)
        .then((found) => {
          if (mine === request) show(found, text);
        })
        .catch(() => {
          if (mine === request) status.textContent = t('search.failed');
        });
    }, DELAY_MS);
  });
  input.addEventListener('keydown', (event: KeyboardEvent) => {
    const open = !list.hidden && items.length > 0;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!items.length) return;
      event.preventDefault();
      if (!open) {
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      mark((active + step + items.length) % items.length);
    } else if (event.key === 'Enter' && open && active >= 0) {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape') {
      if (open) close();
      else {
        input.value = '';
        chosen = null;
        hidden.value = '';
      }
    }
  });
  input.addEventListener('blur', close);

  const element = h(
    'div',
    { class: 'utrecht-form-field rk-controls__field rk-combobox' },
    h('label', { class: 'utrecht-form-label', for: options.id }, options.label),
    h('div', { class: 'rk-combobox__box' }, input, list),
    options.hint ? h('p', { class: 'rk-small', id: `${options.id}-hint` }, options.hint) : null,
    hidden,
    status,
  );
  return {
    element,
    code: async () => {
      if (chosen) return chosen.code;
      const text = input.value.trim();
      if (!text) return null;
      const found = await search(text);
      return found[0]?.code ?? null;
    },
    matches: async () => {
      const text = input.value.trim();
      if (chosen || !text) return null;
      // A search still to come as one typed would open the list over what the caller shows.
      clearTimeout(timer);
      request++;
      return search(text);
    },
    close,
  };
}
