import type { IndicatorValue, IndicatorValues, RegionFeature } from '../api/types.js';
import { href, navigate } from '../app/router.js';
import { formatNumber, nameOf, t, unitLabel } from '../i18n/i18n.js';
import { dataTable } from '../ui/data-table.js';
import { h } from '../ui/dom.js';
import { chartFigure } from '../ui/figure.js';
import { choropleth, type MapArea } from './choropleth.js';
import { classBreaks, classColours } from './class-breaks.js';
import { rewindFeature } from './rewind.js';

/** A value with its unit, or "no data" with the flag that says why. */
export function valueText(value: IndicatorValue | undefined, unit: string): string {
  if (!value || value.value === null) {
    return value?.flags ? t('map.nodata.flag', { flag: value.flags }) : t('map.nodata');
  }
  return `${formatNumber(value.value)} ${unitLabel(unit)}${value.flags ? ` (${value.flags})` : ''}`;
}

/**
 * The map of one indicator: choropleth, legend with class breaks and unit, tooltip with value and
 * source, the regions as a table with links, a text alternative and the source disclosure.
 * A click on a region (or a link in the table) opens its profile.
 */
export function indicatorMap(options: {
  title: string;
  features: readonly RegionFeature[];
  data: IndicatorValues;
  area: MapArea;
  classes?: number;
  highlight?: string;
  testId?: string;
}): HTMLElement {
  const { data } = options;
  const features = options.features.map(rewindFeature);
  const values = new Map(data.values.map((v) => [v.region, v]));
  const numbers = data.values.flatMap((v) => (v.value === null ? [] : [v.value]));
  const breaks = classBreaks(numbers, Math.min(options.classes ?? 5, Math.max(1, numbers.length)));
  const colours = classColours(breaks.length + 1);
  const publisher = data.source.datasets.map((d) => d.publisher).join(', ');
  const featureName = (f: RegionFeature) => nameOf(f.properties);

  const tooltip = h('div', { class: 'rk-tooltip', hidden: true, 'aria-hidden': 'true' });
  const svg = choropleth({
    features,
    values,
    breaks,
    area: options.area,
    name: featureName,
    highlight: options.highlight,
    onSelect: (code) => navigate(href(`/regio/${code}`)),
    onHover: (code, event) => {
      const feature = code ? features.find((f) => f.id === code) : undefined;
      if (!feature) {
        tooltip.hidden = true;
        return;
      }
      tooltip.replaceChildren(
        h('strong', null, featureName(feature), ` (${feature.id})`),
        h('br'),
        `${valueText(values.get(feature.id), data.unit)} · ${data.year ?? ''}`,
        h('br'),
        h(
          'span',
          { class: 'rk-tooltip__source' },
          t('map.tooltip.source', { source: publisher || t('source.unknown') }),
        ),
      );
      tooltip.hidden = false;
      const box = (svg.parentElement ?? svg).getBoundingClientRect();
      const x = event.clientX - box.left;
      const y = event.clientY - box.top;
      tooltip.style.left = `${Math.min(x + 14, box.width - 220)}px`;
      tooltip.style.top = `${y + 14}px`;
    },
  });
  svg.setAttribute('data-drawn', 'true');

  const lower = numbers.length ? Math.min(...numbers) : 0;
  const upper = numbers.length ? Math.max(...numbers) : 0;
  const bounds = [lower, ...breaks, upper];
  const legend = h(
    'div',
    { class: 'rk-legend', 'data-testid': 'map-legend' },
    h('p', { class: 'rk-legend__title' }, t('map.legend', { unit: unitLabel(data.unit) })),
    h(
      'ul',
      { class: 'rk-legend__list' },
      numbers.length
        ? colours.map((colour, i) => {
            const swatch = h('span', { class: 'rk-legend__swatch' });
            swatch.style.background = colour;
            const from = i === 0 ? bounds[0]! : bounds[i]!;
            const to = bounds[i + 1]!;
            return h(
              'li',
              { class: 'rk-legend__item' },
              swatch,
              i === 0
                ? t('map.legend.first', { from: formatNumber(from), to: formatNumber(to) })
                : t('map.legend.range', { from: formatNumber(from), to: formatNumber(to) }),
            );
          })
        : null,
      h(
        'li',
        { class: 'rk-legend__item' },
        h('span', { class: 'rk-legend__swatch rk-legend__swatch--nodata' }),
        t('map.nodata'),
      ),
    ),
  );

  const sorted = [...data.values]
    .filter((v) => v.value !== null)
    .sort((a, b) => b.value! - a.value!);
  const top = sorted[0];
  const bottom = sorted.at(-1);
  const alt =
    top && bottom
      ? t('map.alt', {
          count: sorted.length,
          year: data.year ?? '',
          top: nameOf(top),
          topValue: valueText(top, data.unit),
          bottom: nameOf(bottom),
          bottomValue: valueText(bottom, data.unit),
        })
      : t('map.alt.empty');

  const rows = features
    .map((f) => ({ feature: f, value: values.get(f.id) }))
    .sort((a, b) => (b.value?.value ?? -Infinity) - (a.value?.value ?? -Infinity));
  const table = dataTable({
    caption: options.title,
    columns: [
      {
        label: t('map.table.region'),
        rowHeader: true,
        cell: (r) =>
          h(
            'a',
            { class: 'utrecht-link', href: href(`/regio/${r.feature.id}`) },
            featureName(r.feature),
          ),
      },
      { label: t('map.table.code'), cell: (r) => r.feature.id },
      {
        label: t('map.table.value', { unit: unitLabel(data.unit) }),
        numeric: true,
        value: (r) => r.value?.value ?? null,
        cell: (r) => valueText(r.value, data.unit),
      },
    ],
    rows,
    testId: 'map-table',
  });

  const frame = h('div', { class: 'rk-map-frame' }, svg, tooltip);
  return chartFigure({
    title: options.title,
    alt,
    chart: frame,
    table,
    source: data.source,
    extra: legend,
    year: data.year,
    testId: options.testId ?? 'indicator-map',
  });
}
