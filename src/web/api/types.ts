/** Shapes of the REST API's answers, as the web application reads them. */
import type {
  RegionFeature as ServerRegionFeature,
  RegionFeatureCollection as ServerFeatureCollection,
} from '../../http/schemas/regions.js';
import type { HelixRole } from '../../http/schemas/analytics-network.js';

export type {
  DatasetReference as Dataset,
  ImportReference as ImportRef,
  Named,
  Page,
  RegionName,
  Source,
} from '../../http/schemas/common.js';
export type {
  RegionDetail,
  RegionSearch,
  RegionSearchItem,
  RegionSummary,
  Spearhead,
} from '../../http/schemas/regions.js';
export type {
  Indicator,
  IndicatorLabelled,
  IndicatorValue,
  IndicatorValues,
} from '../../http/schemas/indicators.js';
export type { PlaceMatch, PlaceSearch, RegionSme } from '../../http/schemas/places.js';

/**
 * A region on a map, as GET /api/geometry sends it. The server types a boundary's positions as
 * read-only pairs; d3-geo reads GeoJSON's own types, so the geometry is named in those here.
 */
export type RegionFeature = Omit<ServerRegionFeature, 'geometry'> & {
  geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon;
};

export type RegionFeatureCollection = Omit<ServerFeatureCollection, 'features'> & {
  features: RegionFeature[];
};

export type {
  HelixRole,
  Network,
  NetworkOrganisation,
} from '../../http/schemas/analytics-network.js';
export type HelixCounts = Record<HelixRole, number>;
export type {
  Coverage,
  Covered,
  FigurePeriod,
  MeasureStatus,
} from '../../http/schemas/measure-status.js';
export type { Helix } from '../../http/schemas/analytics-helix.js';
export type { KeyAreaRow, KeyAreas } from '../../http/schemas/analytics-key-areas.js';
export type { IndexRegion, IndexTable } from '../../http/schemas/analytics-index.js';

export type { RegionIndex, RegionIndexIndicator } from '../../http/schemas/analytics-index.js';

export type { Practice, PracticePage } from '../../http/schemas/practices.js';

export type { VisitSummary as Visit } from '../../http/schemas/visits.js';
export type { SourceEntry } from '../../http/schemas/sources.js';
