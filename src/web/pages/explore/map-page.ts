import { getJson, query } from '../../api/client.js';
import type { Indicator, IndicatorValues, Page, RegionFeatureCollection } from '../../api/types.js';
import { defaultIndicator } from '../../app/indicator-choice.js';
import type { PageView } from '../../app/page.js';
import { href, navigate, type Route } from '../../app/router.js';
import { lang, nameOf, t } from '../../i18n/i18n.js';
import type { MapArea } from '../../map/choropleth.js';
import { indicatorMap, unitText } from '../../map/indicator-map.js';
import {
  pickerEntries,
  pickerEntryOf,
  pickerGroups,
  pickerLabel,
  pickerMemberAt,
} from '../../map/indicator-picker.js';
import { indicatorSources, levelNotice } from '../../map/indicator-picker-view.js';
import { h } from '../../ui/dom.js';
import { notice } from '../../ui/notice.js';
import { regionCombobox } from '../../ui/region-combobox.js';
import { controlsField, controlsForm } from '../../ui/controls-form.js';
import { framedPageView } from '../../ui/page-view.js';

interface MapState {
  indicator: string | undefined;
  year: number | undefined;
  level: 2 | 3;
  area: MapArea;
}

/** The state of the map page as its URL holds it: /kaart?indicator=..&year=..&level=2&area=nl. */
function mapState(route: Route): MapState {
  const year = Number(route.query.get('year'));
  return {
    indicator: route.query.get('indicator') ?? undefined,
    year: Number.isInteger(year) && year > 1900 ? year : undefined,
    level: route.query.get('level') === '3' ? 3 : 2,
    area: route.query.get('area') === 'eu' ? 'eu' : 'nl',
  };
}

function stateHref(state: MapState): string {
  return href('/kaart', {
    indicator: state.indicator,
    year: state.year,
    level: state.level,
    area: state.area,
  });
}

/** Map: a choropleth of any indicator at NUTS2 or NUTS3, the Netherlands or Europe, by year. */
export async function mapPage(route: Route): Promise<PageView> {
  const state = mapState(route);
  const indicators = (await getJson<Page<Indicator>>('/api/indicators')).items;
  const entries = pickerEntries(indicators);
  // The indicator asked for is kept across levels: drawn with its own id where that has values
  // at the level, else with another file's id of the same indicator; where none has, a notice
  // says so and the level's default is drawn instead.
  const requested = pickerEntryOf(entries, state.indicator);
  const requestedMember = requested && pickerMemberAt(requested, state.level, state.indicator);
  const chosen = requestedMember ?? defaultIndicator(indicators, state.level);
  const chosenEntry = pickerEntryOf(entries, chosen?.id);
  const missing = requested && !requestedMember ? requested : undefined;
  const country = state.area === 'nl' ? 'NL' : undefined;

  const [geometry, values] = await Promise.all([
    getJson<RegionFeatureCollection>(`/api/geometry${query({ level: state.level, country })}`),
    chosen
      ? getJson<IndicatorValues>(
          `/api/indicators/${encodeURIComponent(chosen.id)}/values${query({
            level: state.level,
            year: state.year,
            country,
          })}`,
        )
      : Promise.resolve(undefined),
  ]);
  const current: MapState = {
    ...state,
    indicator: missing ? state.indicator : chosen?.id,
    year: values?.year ?? state.year,
  };
  const update = (change: Partial<MapState>) =>
    navigate(stateHref({ ...current, ...change }), { how: 'control' });

  const form = controlsForm(
    { label: t('map.controls') },
    controlsField(
      { id: 'map-indicator', label: t('map.indicator') },
      h(
        'select',
        {
          id: 'map-indicator',
          class: 'utrecht-select utrecht-select--html-select',
          onchange: (event: Event) =>
            update({ indicator: (event.target as HTMLSelectElement).value, year: undefined }),
        },
        pickerGroups(entries, state.level).map((group) =>
          h(
            'optgroup',
            { label: lang() === 'en' ? group.name_en : group.name_nl },
            group.entries.map((entry) =>
              h(
                'option',
                {
                  value: pickerMemberAt(entry, state.level)!.id,
                  selected: entry.concept === chosenEntry?.concept,
                },
                pickerLabel(entry, lang()),
              ),
            ),
          ),
        ),
      ),
    ),
    chosenEntry ? indicatorSources(chosenEntry, chosen?.id) : null,
    radios(
      'map-level',
      t('map.level'),
      [
        ['2', t(levelName({ level: 2, area: state.area })), state.level === 2],
        ['3', t(levelName({ level: 3, area: state.area })), state.level === 3],
      ],
      // The year starts again at the latest: the other level's files may end in another year.
      (value) => update({ level: value === '3' ? 3 : 2, year: undefined }),
    ),
    radios(
      'map-area',
      t('map.area'),
      [
        ['nl', t('map.area.nl'), state.area === 'nl'],
        ['eu', t('map.area.eu'), state.area === 'eu'],
      ],
      (value) => update({ area: value === 'eu' ? 'eu' : 'nl' }),
    ),
    values && values.years.length
      ? controlsField(
          { id: 'map-year', label: t('map.year') },
          h(
            'select',
            {
              id: 'map-year',
              class: 'utrecht-select utrecht-select--html-select',
              onchange: (event: Event) =>
                update({ year: Number((event.target as HTMLSelectElement).value) }),
            },
            [...values.years]
              .reverse()
              .map((y) => h('option', { value: y, selected: y === values.year }, String(y))),
          ),
        )
      : null,
    regionCombobox({
      id: 'map-search',
      label: t('search.label'),
      hint: t('search.hint'),
      testId: 'map-search',
      onChoose: (region) => navigate(href(`/regio/${encodeURIComponent(region.code)}`)),
    }).element,
    h('p', { class: 'rk-small rk-controls__hint' }, t('map.controls.hint')),
  );

  const levelWarning = missing
    ? levelNotice({
        indicator: pickerLabel(missing, lang()),
        level: t(levelName(state)),
        other: t(levelName({ level: state.level === 3 ? 2 : 3, area: state.area })),
        fallback: chosenEntry ? pickerLabel(chosenEntry, lang()) : undefined,
      })
    : null;

  let body: Node;
  if (!chosen || !values) {
    body = notice('info', h('p', { class: 'utrecht-paragraph' }, t('map.none')));
  } else if (values.values.length === 0) {
    body = notice(
      'info',
      h(
        'p',
        { class: 'utrecht-paragraph' },
        t('map.empty', { indicator: nameOf(values), year: values.year ?? '' }),
      ),
    );
  } else {
    body = indicatorMap({
      title: t('map.figure.title', {
        indicator: `${nameOf(values)} (${unitText(values)})`,
        year: values.year ?? '',
        level: t(levelName(state)),
        area: t(state.area === 'eu' ? 'map.area.eu' : 'map.area.nl'),
      }),
      features: geometry.features,
      data: values,
      area: state.area,
    });
  }

  return framedPageView(
    { className: 'rk-map-page' },
    t('map.title'),
    h('p', { class: 'utrecht-paragraph' }, t('map.lead')),
    form,
    levelWarning,
    body,
  );
}

function radios(
  name: string,
  legend: string,
  options: readonly (readonly [string, string, boolean])[],
  onChange: (value: string) => void,
): HTMLElement {
  return h(
    'fieldset',
    { class: 'utrecht-form-fieldset rk-controls__field' },
    h('legend', { class: 'utrecht-form-fieldset__legend utrecht-form-label' }, legend),
    options.map(([value, label, checked]) =>
      h(
        'div',
        { class: 'utrecht-form-field utrecht-form-field--radio rk-radio' },
        h('input', {
          type: 'radio',
          class: 'utrecht-radio-button utrecht-radio-button--html-input',
          id: `${name}-${value}`,
          name,
          value,
          checked,
          onchange: () => onChange(value),
        }),
        h(
          'label',
          { class: 'utrecht-form-label utrecht-form-label--radio', for: `${name}-${value}` },
          label,
        ),
      ),
    ),
  );
}

/** The level's name: provinces and COROP areas in the Netherlands, NUTS regions in Europe. */
function levelName(state: {
  level: number;
  area: MapArea;
}): 'map.level.2' | 'map.level.3' | 'map.level.2.eu' | 'map.level.3.eu' {
  if (state.area === 'eu') return state.level === 3 ? 'map.level.3.eu' : 'map.level.2.eu';
  return state.level === 3 ? 'map.level.3' : 'map.level.2';
}
