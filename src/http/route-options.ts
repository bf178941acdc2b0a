import type { TSchema } from 'typebox';
import type { AccessRule } from './auth/access-rule.js';

/** The schemas of a request, each where the route takes it: path parameters, query and body. */
export interface RequestSchemas {
  readonly params?: TSchema;
  readonly querystring?: TSchema;
  readonly body?: TSchema;
}

/** A route's answers by status: the record of a success, the problem document of each error. */
export type Responses = Readonly<Record<number, TSchema>>;

/**
 * The options of the routes of one OpenAPI tag (or several): for each route, who may call it
 * (`config.access`) and its schema: the summary, the tags, the request schemas and the answers.
 * Through the type provider, the handler's `request` and its answer take their types from them.
 *
 * @example
 * const route = routeOptions(['visits']);
 * app.get('/api/visits/:id', route(PUBLIC, 'A visit', { params: IdParam }, { 200: VisitDetail }),
 *   (request) => getVisit(deps, request.params.id))
 */
export function routeOptions(tags: readonly string[]) {
  return <const Q extends RequestSchemas, const R extends Responses>(
    access: AccessRule,
    summary: string,
    request: Q,
    response: R,
  ) => ({
    config: { access },
    schema: { summary, tags: [...tags], ...request, response },
  });
}
