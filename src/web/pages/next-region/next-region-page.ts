import { getJson, query, tryJson, ApiError } from '../../api/client.js';
import type { Indicator, KeyAreas, Page } from '../../api/types.js';
import type { NextVisitPart, NextVisitReport, NextVisitWeights } from '../../api/visit-types.js';
import { nextVisitReasons } from '../../app/next-visit-reasons.js';
import { NEXT_VISIT_PARTS } from '../../app/next-visit-weights.js';
import type { PageView } from '../../app/page.js';
import { href, navigate, type Route } from '../../app/router.js';
import { formatDate, formatList, formatNumber, lang, nameOf, t } from '../../i18n/i18n.js';
import { dataTable } from '../../ui/data-table.js';
import { h } from '../../ui/dom.js';
import { takeFlash } from '../../ui/flash.js';
import { formText, textField } from '../../ui/form-controls.js';
import { notice } from '../../ui/notice.js';
import { dutchRegionChoices } from '../../ui/region-choices.js';
import { sourceDetails } from '../../ui/source-details.js';
import { maySetWeights } from '../../app/permissions.js';
import { tieText } from './next-region-tie.js';
import { proposalNotMeasured, rankingNotMeasured } from './next-region-not-measured.js';
import { notMeasuredValue } from '../../ui/measure-status.js';
import { weightsForm, weightsView } from './next-region-weights.js';
import {
  refusedWeightsNotice,
  triedWeights,
  tryWeightsForm,
  weightParam,
} from './next-region-try.js';
import { currentViewer } from '../../ui/edit-permission.js';
import { pageView } from '../../ui/page-view.js';
import { controlsForm, controlsSubmit } from '../../ui/controls-form.js';
import { pageSection } from '../../ui/page-section.js';
import { BULLETS, itemList } from '../../ui/item-list.js';

const num = (x: number) => formatNumber(x, 2);
/** A value that may not be measured: the number, or "not measured" (never 0). */
const measuredNum = (x: number | null) => (x === null ? t('measure.notMeasured') : num(x));

/**
 * The next region to visit: the ranking with each score split into its weighted parts, why the
 * first region is proposed, the weights (saved for everyone) and how recent visits are left out.
 */
export async function nextRegionPage(route: Route): Promise<PageView> {
  const monthsParam = Number(route.query.get('maanden'));
  const months =
    route.query.get('maanden') !== null && Number.isInteger(monthsParam) && monthsParam >= 0
      ? monthsParam
      : undefined;
  // Weights being tried travel in the address and are sent with the request; nothing is saved.
  const { weights: tried, refused } = triedWeights(route.query);
  const [report, saved] = await Promise.all([
    getJson<NextVisitReport>(
      `/api/next-visit${query({ exclude_months: months, ...tried, lang: lang() })}`,
    ),
    tried ? getJson<NextVisitWeights>('/api/next-visit/weights') : null,
  ]);
  const [indicators, keyAreas, regions, viewer] = await Promise.all([
    tryJson<Page<Indicator>>('/api/indicators'),
    tryJson<KeyAreas>(`/api/regions/NL/keyareas${query({ taxonomy: report.taxonomy })}`),
    dutchRegionChoices(),
    currentViewer(),
  ]);
  const names = new Map<string, string>();
  if (!(indicators instanceof ApiError))
    for (const i of indicators.items) names.set(i.id, nameOf(i));
  if (!(keyAreas instanceof ApiError))
    for (const k of keyAreas.areas) names.set(k.key_area, nameOf(k));
  const nameList = (ids: readonly string[]) => formatList(ids.map((id) => names.get(id) ?? id));

  return pageView(
    t('nextRegion.title'),
    h('p', { class: 'utrecht-paragraph' }, t('nextRegion.lead')),
    takeFlash(),
    refused ? refusedWeightsNotice(refused) : null,
    proposal(report, nameList),
    tryWeightsForm(report.weights, saved ?? report.weights, tried !== null, months),
    maySetWeights(viewer)
      ? weightsForm(report.weights, tried !== null)
      : weightsView(saved ?? report.weights, viewer),
    monthsForm(report.exclude_visited_within_months, tried),
    ranking(report),
    excluded(report, regions.names),
    pageSection(
      'next-method-heading',
      t('nextRegion.method.heading'),
      h('p', { class: 'utrecht-paragraph' }, t('nextRegion.method')),
      sourceDetails(report.source ?? null),
    ),
  );
}

function proposal(
  report: NextVisitReport,
  nameList: (ids: readonly string[]) => string,
): HTMLElement {
  const reasons = nextVisitReasons(report.ranking);
  if (!reasons) {
    return notice('info', h('p', { class: 'utrecht-paragraph' }, t('nextRegion.none')));
  }
  const { top, runnerUp, lead, drivers } = reasons;
  const name = nameOf(top);
  const sum = (p: NextVisitPart) =>
    t('nextRegion.why.sum', {
      value: measuredNum(p.value),
      weight: num(p.weight),
      contribution: measuredNum(p.contribution),
    });
  const driverText = (p: NextVisitPart): string => {
    switch (p.part) {
      case 'recency':
        return p.months === null
          ? t('nextRegion.why.recency.never')
          : t('nextRegion.why.recency', { months: p.months });
      case 'coverage':
        return t('nextRegion.why.coverage', {
          n: p.newKeyAreas.length,
          of: p.uncovered,
          areas: nameList(p.newKeyAreas),
        });
      case 'strength':
      case 'gaps':
        return t(`nextRegion.why.${p.part}`, {
          n: p.criteria.length,
          of: p.of,
          items: nameList(p.criteria),
        });
      case 'connect':
        return t('nextRegion.why.connect', {
          n: p.missingLinks.length,
          of: p.of,
          items: nameList(p.missingLinks),
        });
    }
  };
  return h(
    'section',
    { class: 'rk-proposal', 'aria-labelledby': 'proposal-heading', 'data-testid': 'proposal' },
    h(
      'h2',
      { class: 'utrecht-heading-2', id: 'proposal-heading' },
      t('nextRegion.proposal', { region: name }),
    ),
    h(
      'p',
      { class: 'utrecht-paragraph', 'data-testid': 'proposal-why' },
      runnerUp
        ? lead > 1e-9
          ? t('nextRegion.why.lead', {
              region: name,
              // A lead too small for two decimals is shown with three, so the scores differ.
              score: formatNumber(top.score, lead < 0.005 ? 3 : 2),
              other: nameOf(runnerUp),
              otherScore: formatNumber(runnerUp.score, lead < 0.005 ? 3 : 2),
            })
          : tieText(top, runnerUp)
        : t('nextRegion.why.only', { region: name, score: num(top.score) }),
      ' ',
      drivers.length ? t('nextRegion.why.parts') : t('nextRegion.why.noParts'),
    ),
    drivers.length
      ? itemList(
          BULLETS,
          drivers,
          (p) => [
            h('strong', null, t(`nextRegion.part.${p.part}`)),
            `: ${driverText(p)} `,
            h('span', { class: 'rk-small' }, `(${sum(p)})`),
          ],
          { testId: 'proposal-parts' },
        )
      : null,
    proposalNotMeasured(top),
    h(
      'p',
      { class: 'utrecht-paragraph' },
      h(
        'a',
        { class: 'utrecht-link', href: href(`/regio/${top.region}`) },
        t('nextRegion.profile', { region: name }),
      ),
      ' · ',
      h(
        'a',
        { class: 'utrecht-link', href: `${href('/bezoeken', { regio: top.region })}#plan` },
        t('nextRegion.plan'),
      ),
    ),
  );
}

function monthsForm(months: number, tried: Readonly<Record<string, number>> | null): HTMLElement {
  return controlsForm(
    {
      label: t('nextRegion.months.form'),
      submit: (f) => {
        const value = formText(f, 'maanden').trim();
        const weights = Object.entries(tried ?? {}).map(([p, w]) => [weightParam(p), String(w)]);
        navigate(href('/volgende-regio', { maanden: value, ...Object.fromEntries(weights) }), {
          how: 'control',
        });
      },
    },
    textField({
      id: 'next-months',
      name: 'maanden',
      label: t('nextRegion.months'),
      value: String(months),
      type: 'number',
      inputmode: 'numeric',
      hint: t('nextRegion.months.hint'),
    }),
    controlsSubmit(t('nextRegion.months.submit'), 'next-months-submit'),
  );
}

function ranking(report: NextVisitReport): HTMLElement {
  const partCell = (part: (typeof NEXT_VISIT_PARTS)[number]) => ({
    label: t(`nextRegion.part.${part}`),
    labelNote: t('nextRegion.column.weight', { weight: num(report.weights[part] ?? 0) }),
    numeric: true,
    cell: (row: NextVisitReport['ranking'][number]) => {
      const p = row.parts.find((x) => x.part === part);
      if (!p) return '';
      // A part not measured reads "not measured", its reason on hover and under the table.
      return p.value === null || p.contribution === null
        ? notMeasuredValue(p.reason ? [{ reason: p.reason }] : [])
        : t('nextRegion.cell', { value: num(p.value), contribution: num(p.contribution) });
    },
  });
  return pageSection(
    'ranking-heading',
    t('nextRegion.ranking'),
    h(
      'p',
      { class: 'utrecht-paragraph' },
      t('nextRegion.ranking.caption', { n: report.ranking.length, date: formatDate(report.as_of) }),
      '. ',
      t('nextRegion.ranking.lead'),
    ),
    dataTable({
      caption: t('nextRegion.ranking.caption', {
        n: report.ranking.length,
        date: formatDate(report.as_of),
      }),
      captionHidden: true,
      testId: 'ranking',
      className: 'rk-ranking',
      rows: report.ranking,
      columns: [
        { label: t('nextRegion.rank'), numeric: true, cell: (r) => formatNumber(r.rank) },
        {
          label: t('visits.region'),
          rowHeader: true,
          cell: (r) =>
            h('a', { class: 'utrecht-link', href: href(`/regio/${r.region}`) }, nameOf(r)),
        },
        {
          label: t('nextRegion.score'),
          numeric: true,
          cell: (r) =>
            r.score === null
              ? notMeasuredValue(r.score_reason ? [{ reason: r.score_reason }] : [])
              : h('strong', null, num(r.score)),
        },
        ...NEXT_VISIT_PARTS.map(partCell),
        {
          label: t('nextRegion.lastVisit'),
          cell: (r) => (r.last_visit ? formatDate(r.last_visit) : t('nextRegion.never')),
        },
      ],
    }),
    rankingNotMeasured(report),
  );
}

function excluded(
  report: NextVisitReport,
  regionNames: ReadonlyMap<string, string>,
): HTMLElement | null {
  if (!report.excluded.length) return null;
  return pageSection(
    'excluded-heading',
    t('nextRegion.excluded', { months: report.exclude_visited_within_months }),
    itemList(
      BULLETS,
      report.excluded,
      (e) => [
        h(
          'a',
          { class: 'utrecht-link', href: href(`/regio/${e.region}`) },
          regionNames.get(e.region) ?? e.region,
        ),
        ' ',
        t('nextRegion.excluded.item', { date: e.last_visit ? formatDate(e.last_visit) : '' }),
      ],
      { testId: 'excluded' },
    ),
  );
}
