import {
  placementCoverage,
  type PlacedParticipation,
  type PlacementCoverage,
} from '../../core/placement/placement-coverage.js';
import {
  regionMeasurability,
  type RegionMeasurability,
} from '../../core/placement/region-measurability.js';
import type { AnalyticsData } from './analytics-data.js';
import { participationActors } from './participation-actors.js';
import { startYear } from './start-year.js';

/** Whether a region's participation figures can be measured, and how much the data places. */
export interface RegionPlacement {
  readonly measurability: RegionMeasurability;
  readonly coverage: PlacementCoverage;
}

/**
 * The placement of the participations of a region's country at the region's NUTS level: how many
 * (and how much EC contribution) the loaded data places there, and whether the region can be
 * measured at all. Decided from the data: no list of countries.
 */
export function regionPlacement(data: AnalyticsData, region: string): RegionPlacement {
  const info = data.regions.get(region);
  const country = info?.country_code ?? region.slice(0, 2);
  const level = info?.level ?? Math.max(region.length - 2, 0);
  const coverage = placementCoverage(placedParticipations(data, country), country, level);
  return {
    measurability: regionMeasurability(coverage, data.participations.length > 0),
    coverage,
  };
}

/** The participations of each country's organisations, built once per data and country. */
const placedByCountry = new WeakMap<AnalyticsData, Map<string, readonly PlacedParticipation[]>>();

/**
 * The participations of `country`'s organisations with where each is placed, in their order:
 * what placementCoverage counts at every level of the country.
 */
function placedParticipations(
  data: AnalyticsData,
  country: string,
): readonly PlacedParticipation[] {
  let byCountry = placedByCountry.get(data);
  if (!byCountry) placedByCountry.set(data, (byCountry = new Map()));
  let placed = byCountry.get(country);
  if (placed) return placed;
  const list: PlacedParticipation[] = [];
  const actors = participationActors(data);
  for (let i = 0; i < data.participations.length; i++) {
    const actor = actors[i];
    if (actor?.country_code !== country) continue;
    list.push({
      country: actor.country_code,
      placedIn: actor.region_code,
      business: actor.helix_role === 'business',
      contribution: data.participations.contribution_eur[i]!,
    });
  }
  byCountry.set(country, (placed = list));
  return placed;
}

/** The first and last start year of the projects behind a figure; null without projects. */
export interface FigurePeriod {
  readonly first_year: number;
  readonly last_year: number;
}

/** Periods already found, per data and list of projects (a region's list serves several figures). */
const periodsOf = new WeakMap<AnalyticsData, WeakMap<readonly string[], FigurePeriod | null>>();

/**
 * The start years of the given projects, as a period; null when none has a start date. A list
 * (readonly, as DerivedData's projectsIn gives it) is read once per data.
 */
export function projectsPeriod(
  data: AnalyticsData,
  projects: Iterable<string>,
): FigurePeriod | null {
  if (!Array.isArray(projects)) return startYearsPeriod(data, projects);
  let periods = periodsOf.get(data);
  if (!periods) periodsOf.set(data, (periods = new WeakMap()));
  const list = projects as readonly string[];
  let period = periods.get(list);
  if (period === undefined) periods.set(list, (period = startYearsPeriod(data, list)));
  return period && { ...period };
}

function startYearsPeriod(data: AnalyticsData, projects: Iterable<string>): FigurePeriod | null {
  let first = Infinity;
  let last = -Infinity;
  for (const id of projects) {
    const year = startYear(data.projects.get(id)?.start_date);
    if (!Number.isInteger(year) || year <= 0) continue;
    if (year < first) first = year;
    if (year > last) last = year;
  }
  return Number.isFinite(first) ? { first_year: first, last_year: last } : null;
}
