import type { TSchema } from 'typebox';
import { PUBLIC } from '../../auth/access-rule.js';
import { routeOptions } from '../../route-options.js';
import { Problem, RegionParam } from '../../schemas/common.js';

/** What a figure's route says about itself: its summary, OpenAPI tags, query and answer. */
export interface FigureSchema<Q extends TSchema, R extends TSchema> {
  readonly summary: string;
  readonly tags: readonly string[];
  readonly querystring: Q;
  readonly response: R;
}

/**
 * The options of a public GET of a computed figure: its query and answer, and the problem
 * document of a bad query (400). Through the type provider, the handler's `request.query` and
 * its answer take their types from `querystring` and `response`.
 *
 * @example
 * app.get('/api/index', publicFigure({ summary, tags, querystring: IndexQuery,
 *   response: IndexTable }), (request) => analytics.index(request.query))
 */
export function publicFigure<Q extends TSchema, R extends TSchema>(figure: FigureSchema<Q, R>) {
  return routeOptions(figure.tags)(
    PUBLIC,
    figure.summary,
    { querystring: figure.querystring },
    { 200: figure.response, 400: Problem },
  );
}

/**
 * The options of a public GET of one region's figure (`/api/regions/:code/...`): those of
 * `publicFigure`, with the region code as the parameter and the problem document of an unknown
 * region (404).
 *
 * @example
 * app.get('/api/regions/:code/helix', regionFigure({ summary, tags, querystring: HelixQuery,
 *   response: Helix }), (request) => analytics.helix(request.params.code, request.query))
 */
export function regionFigure<Q extends TSchema, R extends TSchema>(figure: FigureSchema<Q, R>) {
  return routeOptions(figure.tags)(
    PUBLIC,
    figure.summary,
    { params: RegionParam, querystring: figure.querystring },
    { 200: figure.response, 400: Problem, 404: Problem },
  );
}
