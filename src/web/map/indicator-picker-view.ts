import type { MessageKey } from '../i18n/messages-nl.js';
import { lang, t } from '../i18n/i18n.js';
import { h } from '../ui/dom.js';
import { notice } from '../ui/notice.js';
import type { PickerEntry } from './indicator-picker.js';

/**
 * The details of the chosen indicator: every file it comes from, with its levels, years and
 * code, the one drawn on the map marked.
 */
export function indicatorSources(entry: PickerEntry, shownId: string | undefined): HTMLElement {
  return h(
    'details',
    { class: 'rk-controls__field rk-picker-sources', 'data-testid': 'map-indicator-sources' },
    h('summary', null, t('map.picker.details')),
    h('p', { class: 'rk-small' }, t('map.picker.sources', { n: entry.members.length })),
    h(
      'ul',
      { class: 'rk-small' },
      entry.members.map((m) => {
        const levels = m.levels
          .filter((l) => l === 2 || l === 3)
          .map((l) => t(`map.picker.levels.${l}` as MessageKey))
          .join(', ');
        const source = (lang() === 'en' ? m.source_en : m.source_nl) ?? m.dataset ?? m.id;
        return h(
          'li',
          { 'data-indicator': m.id },
          t('map.picker.source', {
            source,
            levels: levels || '–',
            first: m.years[0] ?? '',
            last: m.years.at(-1) ?? '',
            id: m.id,
          }),
          m.id === shownId ? h('strong', null, ` · ${t('map.picker.shown')}`) : null,
        );
      }),
    ),
  );
}

/** The notice that the indicator asked for has no values at the level chosen. */
export function levelNotice(texts: {
  readonly indicator: string;
  readonly level: string;
  readonly other: string;
  readonly fallback: string | undefined;
}): HTMLElement {
  const text = texts.fallback
    ? t('map.level.missing', { ...texts, fallback: texts.fallback })
    : t('map.level.missing.none', { indicator: texts.indicator, level: texts.level });
  return h(
    'div',
    { 'data-testid': 'map-level-missing' },
    notice('warning', h('p', { class: 'utrecht-paragraph' }, text)),
  );
}
