import { ApiError, getJson, query, tryJson } from '../../api/client.js';
import type {
  Helix,
  Indicator,
  KeyAreas,
  Page,
  RegionDetail,
  RegionIndex,
  RegionSme,
  SourceEntry,
} from '../../api/types.js';
import type { PracticeRecommendations, VisitHistory } from '../../api/visit-types.js';
import { defaultIndicator } from '../../app/indicator-choice.js';
import type { PageView } from '../../app/page.js';
import type { Route } from '../../app/router.js';
import { lang, nameOf } from '../../i18n/i18n.js';
import { h } from '../../ui/dom.js';
import { exportsSection } from './region-exports.js';
import { regionHead } from './region-head.js';
import { helixFigures } from './region-helix.js';
import { indexFigures } from './region-index.js';
import { coverage, keyAreaFigures, taxonomySwitch, TAXONOMIES } from './region-key-areas.js';
import { regionLinksSection } from './region-links-section.js';
import { regionNetworkLink } from './region-network-link.js';
import { regionRecommendedSection } from './region-recommended-section.js';
import { contactPoints, funds } from './region-sme.js';
import { spearheads } from './region-spearheads.js';
import { regionSpearheadsEditor } from './region-spearheads-editor.js';
import { topicSection } from './region-topic-section.js';
import { regionVisitsSection } from './region-visits-section.js';

/** Region profile: the three topics of a visit, each figure with its source. */
export async function regionPage(route: Route): Promise<PageView> {
  const code = (route.params[0] ?? '').toUpperCase();
  const taxonomy = TAXONOMIES.find((x) => x === route.query.get('taxonomy')) ?? TAXONOMIES[0];
  const region = await getJson<RegionDetail>(`/api/regions/${code}`);
  const editor = regionSpearheadsEditor(region.code, nameOf(region));
  const [helix, keyAreas, index, sme, indicators, sources, visits, recommended] = await Promise.all(
    [
      tryJson<Helix>(`/api/regions/${code}/helix${query({ lang: lang() })}`),
      tryJson<KeyAreas>(
        `/api/regions/${code}/keyareas${query({ taxonomy, measure: 'participations', reference: region.country_code, lang: lang() })}`,
      ),
      tryJson<RegionIndex>(`/api/regions/${code}/index${query({ lang: lang() })}`),
      tryJson<RegionSme>(`/api/regions/${code}/sme`),
      getJson<Page<Indicator>>('/api/indicators'),
      tryJson<Page<SourceEntry>>('/api/sources?limit=1000'),
      tryJson<VisitHistory>(`/api/regions/${code}/visits`),
      tryJson<PracticeRecommendations>(`/api/regions/${code}/practices/recommended`),
    ],
  );
  const name = nameOf(region);
  const datasets = sources instanceof ApiError ? [] : sources.items;

  const headline = defaultIndicator(indicators.items, region.level);
  const content = h(
    'div',
    { class: 'rk-region' },
    ...regionHead(region, sme),
    topicSection(1, [
      helixFigures(helix, name),
      regionNetworkLink(region.code, name),
      regionLinksSection(region.code, name),
      contactPoints(sme, name),
    ]),
    topicSection(2, [
      taxonomySwitch(region.code, taxonomy),
      keyAreaFigures(keyAreas, name),
      coverage(region),
    ]),
    topicSection(3, [
      spearheads(region, sme, datasets),
      await editor,
      funds(sme, name),
      indexFigures(index, name, indicators.items, region.parent),
    ]),
    regionVisitsSection(visits, name),
    regionRecommendedSection(recommended, name),
    exportsSection(region, headline),
  );
  return { title: name, content };
}
