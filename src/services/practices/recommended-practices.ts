import {
  regionGoodPracticeRecommendations,
  type GoodPracticeRef,
} from '../../core/connect/region-good-practices.js';
import {
  regionWeakestCriteria,
  type Criterion,
  type CriterionScore,
} from '../../core/connect/region-weakest-criteria.js';
import { formatter } from '../../domain/format.js';
import { recommendedPracticesMethod } from '../sources/source-methods.js';
import { DEFAULT_TAXONOMY, type AnalyticsService } from '../analytics/analytics-service.js';
import { invalid, oneOf } from '../visits/field-check.js';
import { regionByCode } from '../visits/region-by-code.js';
import type { VisitDeps } from '../visits/visit-deps.js';
import { PRACTICE_COLUMNS, practicesWithRegion, practiceViews } from './practice-records.js';
import { RECOMMENDATION_CRITERIA } from '../../domain/practice-values.js';
import type {
  PracticeRecommendations,
  RecommendationCriteria,
} from '../../http/schemas/practices.js';
import { scoreAreaText, type Named, type ScoreArea } from './score-area-text.js';
import { weakPointTexts } from './weak-point-texts.js';

export type { RecommendationCriteria };

export interface RecommendationOptions {
  /** What "doing well" is measured on: key-area LQs, index indicator scores, or both (default). */
  readonly criteria?: RecommendationCriteria | undefined;
  /** Key-area taxonomy of the LQs (default topsectoren-2011). */
  readonly taxonomy?: string | undefined;
  /** How many of the region's weakest criteria of each kind to look at (default 3). */
  readonly weakest?: number | undefined;
  readonly limit?: number | undefined;
}

/**
 * Good practices for a region (PRODUCT.md, "Good practices for a region"): published practices
 * from other regions (not the region itself, nor a region above or below it) whose region does
 * better on the criteria where this region does worst, ranked by the largest gap, each with its
 * reasons in words. Criteria: the region's location quotients per key area
 * (AnalyticsService.keyAreas) and its normalised index indicator scores (AnalyticsService.regionIndex;
 * a NUTS3 region has its province's). The weakest criteria are chosen per kind, because LQs and
 * scores do not share a scale; a practice tagged with key areas only answers for those.
 */
export async function recommendedPractices(
  deps: VisitDeps,
  analytics: AnalyticsService,
  code: string,
  options: RecommendationOptions = {},
): Promise<PracticeRecommendations> {
  const criteria =
    options.criteria === undefined
      ? 'both'
      : oneOf(options.criteria, 'criteria', RECOMMENDATION_CRITERIA);
  const taxonomy = options.taxonomy ?? DEFAULT_TAXONOMY;
  const weakestCount = options.weakest ?? 3;
  if (!Number.isInteger(weakestCount) || weakestCount < 1 || weakestCount > 50)
    throw invalid('weakest', 'must be a whole number from 1 to 50');
  const db = deps.store.db;
  const region = await regionByCode(db, code, 'a NUTS code such as NL213');
  const canonical = region.code;

  const rows = await practicesWithRegion(db)
    .select(PRACTICE_COLUMNS)
    .where('g.status', '=', 'published')
    .orderBy('g.id')
    .execute();
  // A practice of the region itself, or of a region that contains it or lies inside it, is not "from elsewhere".
  const candidates = rows.filter(
    (p) => !p.region_code.startsWith(canonical) && !canonical.startsWith(p.region_code),
  );
  const regions = [canonical, ...new Set(candidates.map((p) => p.region_code))];

  const names = new Map<string, Named>();
  const scores: CriterionScore[] = [];
  // key area -> the row it is measured in (key areas the classification cannot tell apart share one).
  const columnOf = new Map<string, string>();
  if (criteria !== 'indicators') {
    for (const r of regions) {
      const result = await analytics.keyAreas(r, { taxonomy });
      for (const a of result.areas) {
        for (const m of a.members) columnOf.set(m.key_area, a.key_area);
        names.set(`key-area:${a.key_area}`, { name_nl: a.name_nl, name_en: a.name_en });
        if (a.lq !== null)
          scores.push({ kind: 'key-area', id: a.key_area, region: r, score: a.lq });
      }
    }
  }
  // region -> the area whose index scores stand for it (a NUTS3 region: its province).
  const scoredFor = new Map<string, string>();
  if (criteria !== 'key-areas') {
    scores.push(...(await indicatorScores(analytics, canonical, regions, scoredFor)));
    const indicators = await db
      .selectFrom('indicators')
      .select(['id', 'name_nl', 'name_en'])
      .execute();
    for (const i of indicators)
      names.set(`indicator:${i.id}`, { name_nl: i.name_nl, name_en: i.name_en });
  }

  const weakest: Criterion[] = (['key-area', 'indicator'] as const).flatMap((kind) =>
    regionWeakestCriteria(
      canonical,
      scores.filter((s) => s.kind === kind),
      weakestCount,
    ),
  );
  const keyAreas = await db
    .selectFrom('good_practice_key_areas as gk')
    .innerJoin('key_areas as k', 'k.id', 'gk.key_area_id')
    .select(['gk.practice_id', 'gk.key_area_id'])
    .where('k.taxonomy_id', '=', taxonomy)
    .execute();
  const refs: GoodPracticeRef[] = candidates.map((p) => ({
    id: p.id,
    region: p.region_code,
    keyAreas: keyAreas
      .filter((k) => k.practice_id === p.id)
      .map((k) => columnOf.get(k.key_area_id) ?? k.key_area_id),
  }));
  const ranked = regionGoodPracticeRecommendations(canonical, scores, refs, {
    weakest,
    ...(options.limit !== undefined ? { limit: options.limit } : {}),
  });

  const views = new Map(
    (
      await practiceViews(
        db,
        candidates.filter((c) => ranked.some((r) => r.practice.id === c.id)),
      )
    ).map((v) => [v.id, v]),
  );
  const areaNames = await namesOf(db, [...new Set(scoredFor.values())]);
  const scoreArea = (r: string): ScoreArea => {
    const code = scoredFor.get(r) ?? r;
    return { code, ...(areaNames.get(code) ?? { name_nl: code, name_en: code }) };
  };
  const nameOf = (c: Criterion): Named =>
    names.get(`${c.kind}:${c.id}`) ?? { name_nl: c.id, name_en: c.id };
  const ownScore = (c: Criterion) =>
    scores.find((s) => s.region === canonical && s.kind === c.kind && s.id === c.id)!.score;
  // Key-area LQs are the region's own; index scores its score area's (a NUTS3 region: its province).
  const scoreOf = (c: Criterion) =>
    c.kind === 'indicator' ? scoreArea(canonical).code : canonical;
  return {
    region,
    criteria,
    taxonomy,
    weakest: weakest.map((c) => ({
      kind: c.kind,
      id: c.id,
      ...nameOf(c),
      score: ownScore(c),
      score_of: scoreOf(c),
    })),
    weakest_texts: weakPointTexts(
      region,
      scoreArea(canonical),
      weakest.map((c) => ({ kind: c.kind, ...nameOf(c) })),
    ),
    items: ranked.map((r) => {
      const practice = views.get(r.practice.id)!;
      return {
        practice,
        score: r.score,
        reasons: r.reasons.map((reason) => {
          const name = nameOf(reason);
          const measure = reason.kind === 'key-area' ? ('LQ' as const) : ('score' as const);
          return {
            kind: reason.kind,
            id: reason.id,
            ...name,
            measure,
            region_score: reason.regionScore,
            practice_region_score: reason.practiceRegionScore,
            gap: reason.gap,
            region_score_of: measure === 'score' ? scoreArea(canonical).code : canonical,
            practice_region_score_of:
              measure === 'score' ? scoreArea(practice.region.code).code : practice.region.code,
            ...(reason.kind === 'key-area'
              ? keyAreaReasonTexts(name, region, practice.region, reason)
              : indicatorReasonTexts(
                  name,
                  region,
                  { region: practice.region, area: scoreArea(practice.region.code) },
                  scoreArea(canonical),
                  reason,
                )),
          };
        }),
      };
    }),
    ...recommendedPracticesMethod({ criteria, taxonomy, weakest: weakestCount }),
  };
}

/**
 * The index indicator scores of `regions`, each under the region it was asked for, filling
 * `scoredFor` with the area each region's scores were computed for (a NUTS3 region: its NUTS2
 * parent). Scores computed at another level than the region's own are left out: normalised
 * scores only compare within one level. A region without an index has no scores.
 */
async function indicatorScores(
  analytics: AnalyticsService,
  region: string,
  regions: readonly string[],
  scoredFor: Map<string, string>,
): Promise<CriterionScore[]> {
  const scores: CriterionScore[] = [];
  for (const r of regions) {
    const result = await analytics.regionIndex(r).catch(() => null);
    if (!result) continue;
    scoredFor.set(r, result.computed_for);
    for (const i of result.indicators)
      if (i.score !== null) scores.push({ kind: 'indicator', id: i.id, region: r, score: i.score });
  }
  const level = scoredFor.get(region)?.length;
  return scores.filter((s) => scoredFor.get(s.region)?.length === level);
}

/** The Dutch and English names of regions by code. */
async function namesOf(
  db: VisitDeps['store']['db'],
  codes: readonly string[],
): Promise<Map<string, Named>> {
  if (!codes.length) return new Map();
  const rows = await db
    .selectFrom('regions')
    .select(['code', 'name_nl', 'name_en'])
    .where('code', 'in', codes)
    .execute();
  return new Map(rows.map((r) => [r.code, { name_nl: r.name_nl, name_en: r.name_en }]));
}

function keyAreaReasonTexts(
  name: Named,
  region: Named,
  practiceRegion: Named,
  r: { regionScore: number; practiceRegionScore: number },
): { text_nl: string; text_en: string } {
  const nl = (n: number) => formatter('nl').number(n, 2);
  const en = (n: number) => formatter('en').number(n, 2);
  return {
    text_nl: `${practiceRegion.name_nl} is sterker gespecialiseerd in ${name.name_nl} (LQ ${nl(r.practiceRegionScore)}) dan ${region.name_nl} (LQ ${nl(r.regionScore)}), een van de zwakste sleutelgebieden van ${region.name_nl}.`,
    text_en: `${practiceRegion.name_en} is more specialised in ${name.name_en} (LQ ${en(r.practiceRegionScore)}) than ${region.name_en} (LQ ${en(r.regionScore)}), one of ${region.name_en}'s weakest key areas.`,
  };
}

/**
 * Why an indicator makes a practice worth a look, naming whose scores are compared: a region's
 * own, or its province's where the index is computed for the province ("Gelderland (the province
 * Veluwe lies in)"), and whose weak point the indicator is (the province's, not the region's).
 */
function indicatorReasonTexts(
  name: Named,
  region: Named & { code: string },
  practice: { region: Named & { code: string }; area: ScoreArea },
  own: ScoreArea,
  r: { regionScore: number; practiceRegionScore: number },
): { text_nl: string; text_en: string } {
  const nl = (n: number) => formatter('nl').number(n, 2);
  const en = (n: number) => formatter('en').number(n, 2);
  const theirs = (lang: 'nl' | 'en') => scoreAreaText(practice.region, practice.area, lang);
  const ours = (lang: 'nl' | 'en') => scoreAreaText(region, own, lang);
  return {
    text_nl: `${theirs('nl')} scoort ${nl(r.practiceRegionScore)} op ${name.name_nl}, ${ours('nl')} ${nl(r.regionScore)} (genormaliseerd, 0-1), een van de zwakste indicatoren van ${own.name_nl}.`,
    text_en: `${theirs('en')} scores ${en(r.practiceRegionScore)} on ${name.name_en} against ${en(r.regionScore)} for ${ours('en')} (normalised, 0-1), one of ${own.name_en}'s weakest indicators.`,
  };
}
