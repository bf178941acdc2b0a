import { formatNumber, t } from '../i18n/i18n.js';
import { h } from '../ui/dom.js';
import { classColours, classOf } from './class-breaks.js';
import { classLegend, legendDigits } from './class-legend.js';
import { flagLegend, flagLetters, flagMeaning } from './flag-legend.js';
import type { MapLegend } from './legend-svg.js';

/**
 * What a choropleth's legend says, in the current language: its heading with the unit, each class
 * that holds a value with its colour and range ("1,81 tot en met 1,88"), the "no data" entry, the
 * note on how the classes were made and the flag letters on the map. The page draws it as HTML
 * (`mapLegendElement`), a download as SVG (`mapWithLegend`).
 */
export function mapLegend(options: {
  readonly numbers: readonly number[];
  readonly breaks: readonly number[];
  readonly unit: string;
  readonly flags: readonly (string | null)[];
}): MapLegend {
  const { numbers, breaks } = options;
  const colours = classColours(breaks.length + 1);
  const classes = classLegend(numbers, breaks);
  const digits = legendDigits(classes);
  return {
    title: t('map.legend', { unit: options.unit }),
    entries: [
      ...classes.map((c) => {
        const from = formatNumber(c.from, digits);
        const to = formatNumber(c.to, digits);
        return {
          // the colour of the class the values fall in, as on the map (an empty class is left out)
          colour: colours[classOf(c.from, breaks)]!,
          label: from === to ? from : t('map.legend.class', { from, to }),
        };
      }),
      { colour: null, label: t('map.nodata') },
    ],
    note: t('map.classes.note'),
    flags: flagLetters(options.flags).map((flag) =>
      t('map.flags.item', { flag, meaning: flagMeaning(flag) }),
    ),
    flagsTitle: t('map.flags.title'),
  };
}

/** The legend on the page: a swatch and label per class, the hatched "no data", the notes. */
export function mapLegendElement(
  legend: MapLegend,
  flags: readonly (string | null)[],
): HTMLElement {
  const classes = legend.entries.filter((e) => e.colour !== null);
  return h(
    'div',
    { class: 'rk-legend', 'data-testid': 'map-legend', 'data-classes': classes.length },
    h('p', { class: 'rk-legend__title' }, legend.title),
    h(
      'ul',
      { class: 'rk-legend__list' },
      legend.entries.map((entry, i) => {
        const swatch = h('span', {
          class: `rk-legend__swatch${entry.colour === null ? ' rk-legend__swatch--nodata' : ''}`,
        });
        if (entry.colour !== null) swatch.style.background = entry.colour;
        return h(
          'li',
          { class: 'rk-legend__item', 'data-class': entry.colour === null ? 'nodata' : i },
          swatch,
          entry.label,
        );
      }),
    ),
    h('p', { class: 'rk-small rk-legend__note' }, legend.note),
    flagLegend(flags),
  );
}
