import type { TSchema } from 'typebox';
import { PUBLIC } from '../../auth/access-rule.js';
import { Problem, RegionParam } from '../../schemas/common.js';

/** What a region figure's route says about itself: its summary, OpenAPI tags, query and answer. */
export interface RegionFigureSchema<Q extends TSchema, R extends TSchema> {
  readonly summary: string;
  readonly tags: readonly string[];
  readonly querystring: Q;
  readonly response: R;
}

/**
 * The options of a public GET of one region's figure (`/api/regions/:code/...`): the region code
 * as the parameter, the figure's query and answer, and the problem documents of an unknown region
 * (404) and a bad query (400). Through the type provider, the handler's `request.query` and its
 * answer take their types from `querystring` and `response`.
 *
 * @example
 * app.get('/api/regions/:code/helix', regionFigure({ summary, tags, querystring: HelixQuery,
 *   response: Helix }), (request) => analytics.helix(request.params.code, request.query))
 */
export function regionFigure<Q extends TSchema, R extends TSchema>(
  figure: RegionFigureSchema<Q, R>,
) {
  return {
    config: { access: PUBLIC },
    schema: {
      summary: figure.summary,
      tags: [...figure.tags],
      params: RegionParam,
      querystring: figure.querystring,
      response: { 200: figure.response, 400: Problem, 404: Problem },
    },
  };
}
