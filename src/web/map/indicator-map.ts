import type { IndicatorValue, IndicatorValues, RegionFeature } from '../api/types.js';
import { href, navigate } from '../app/router.js';
import { formatNumber, lang, nameOf, t } from '../i18n/i18n.js';
import { dataTable } from '../ui/data-table.js';
import { h } from '../ui/dom.js';
import { chartFigure } from '../ui/figure.js';
import { svgElementPicture } from '../ui/figure-download.js';
import { choropleth, type MapArea } from './choropleth.js';
import { classBreaks, MAP_CLASS_COUNT } from './class-breaks.js';
import { mapWithLegend } from './legend-svg.js';
import { mapLegend, mapLegendElement } from './map-legend.js';
import { rewindFeature } from './rewind.js';

/** An indicator's unit in words, in the current language. */
export function unitText(data: { readonly unit_nl: string; readonly unit_en: string }): string {
  return lang() === 'en' ? data.unit_en : data.unit_nl;
}

/** A value with its unit, or "no data" with the flag that says why. */
export function valueText(value: IndicatorValue | undefined, unit: string): string {
  if (!value || value.value === null) {
    return value?.flags ? t('map.nodata.flag', { flag: value.flags }) : t('map.nodata');
  }
  return `${formatNumber(value.value)} ${unit}${value.flags ? ` (${value.flags})` : ''}`;
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
  highlight?: string;
  testId?: string;
}): HTMLElement {
  const { data } = options;
  const features = options.features.map(rewindFeature);
  const values = new Map(data.values.map((v) => [v.region, v]));
  const numbers = data.values.flatMap((v) => (v.value === null ? [] : [v.value]));
  const unit = unitText(data);
  const breaks = classBreaks(numbers, Math.min(MAP_CLASS_COUNT, Math.max(1, numbers.length)));
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
        `${valueText(values.get(feature.id), unit)} · ${data.year ?? ''}`,
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

  const flags = data.values.map((v) => v.flags);
  const legendText = mapLegend({ numbers, breaks, unit, flags });
  const legend = mapLegendElement(legendText, flags);

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
          topValue: valueText(top, unit),
          bottom: nameOf(bottom),
          bottomValue: valueText(bottom, unit),
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
        label: t('map.table.value', { unit }),
        numeric: true,
        value: (r) => r.value?.value ?? null,
        cell: (r) => valueText(r.value, unit),
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
    // the picture taken away carries its legend: a map cannot be read without it
    picture: () => mapWithLegend(svgElementPicture(svg), legendText),
    csv: () => ({
      columns: [
        t('map.table.code'),
        t('map.table.region'),
        t('map.table.value', { unit }),
        t('map.table.flag'),
        t('map.year'),
      ],
      rows: rows.map((r) => [
        r.feature.id,
        featureName(r.feature),
        r.value?.value ?? null,
        r.value?.flags ?? null,
        data.year ?? null,
      ]),
    }),
    testId: options.testId ?? 'indicator-map',
  });
}
