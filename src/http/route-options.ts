import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type {
  ContextConfigDefault,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
  RouteGenericInterface,
  RouteHandlerMethod,
  RouteShorthandOptions,
} from 'fastify';
import type { TSchema } from 'typebox';
import { PUBLIC, type AccessRule } from './auth/access-rule.js';
import { Problem } from './schemas/common.js';

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

/** The handler of a route with these schemas, its request and answer typed by them. */
export type TypedHandler<Q extends RequestSchemas, R extends Responses> = RouteHandlerMethod<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  RouteGenericInterface,
  ContextConfigDefault,
  Q & { response: R },
  TypeBoxTypeProvider
>;

/**
 * The public reads of one OpenAPI tag (or several): GET routes anyone may call, each answering
 * the problem document of a bad request (400) besides its own answers.
 *
 * @example
 * const get = publicReads(server, ['sources']);
 * get('/api/sources', 'Data sets', { querystring: PageQuery }, { 200: Page(SourceEntry) },
 *   (request) => listSources(deps.store, request.query));
 */
export function publicReads(server: FastifyInstance, tags: readonly string[]) {
  const route = routeOptions(tags);
  return <const Q extends RequestSchemas, const R extends Responses>(
    url: string,
    summary: string,
    request: Q,
    response: R,
    handler: TypedHandler<Q, R & { 400: typeof Problem }>,
  ): void => {
    const options: RouteShorthandOptions = route(PUBLIC, summary, request, {
      ...response,
      400: Problem,
    });
    server.get(url, options, handler as RouteHandlerMethod);
  };
}
