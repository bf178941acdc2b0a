import type { FastifyInstance, FastifyRequest, RouteShorthandOptions } from 'fastify';
import type { Kysely } from 'kysely';
import type { Static, TSchema } from 'typebox';
import type { WriteDeps } from '../services/write-deps.js';
import type { Database } from '../storage/schema.js';
import type { AccessRule } from './auth/access-rule.js';
import { requestWriteDeps } from './request-write-deps.js';
import { routeOptions, type Responses } from './route-options.js';
import { IdParam } from './schemas/common.js';
import { IncludeDraftsQuery, StatusChangeBody } from './schemas/publication.js';
import { statusChangeRoute, versionedRoute } from './versioned-route.js';

/**
 * A route of a record: where it is, who may call it, what the API documentation says it does,
 * and the record it answers.
 */
export interface RecordRoute<R extends TSchema> {
  readonly url: string;
  readonly access: AccessRule;
  readonly summary: string;
  readonly record: R;
}

/** A route that writes a record from a body. */
export interface WriteRoute<B extends TSchema, R extends TSchema> extends RecordRoute<R> {
  readonly body: B;
}

/** A write service on the record `:id` with the validated body of the request. */
export type RecordWrite<B extends TSchema, R extends TSchema> = (
  deps: WriteDeps,
  id: string,
  body: Static<B>,
) => Promise<Static<R>>;

/** A read of one record by id: drafts and retired records only when asked for. */
export type RecordRead<R extends TSchema> = (
  db: Kysely<Database>,
  id: string,
  options: { includeDrafts: boolean },
) => Promise<Static<R>>;

/**
 * The routes that read and write versioned records of one OpenAPI tag, each a call: read one,
 * create (201 with its location), add to a record (201), change (PATCH, a stale version is a 409
 * with the current record) and change the publication status. Each route answers the record, or
 * the problem documents of `errors`; the write services get the request's caller as the actor.
 * The signatures type the services against the schemas, which the request has been validated
 * against by the time a handler runs.
 *
 * @example
 * const records = recordRoutes(app, deps, ['visits'], { 400: Problem, 404: Problem });
 * records.change({ url: '/api/findings/:id', access, summary, body: FindingChangesBody,
 *   record: Finding }, updateFinding);
 */
export function recordRoutes(
  server: FastifyInstance,
  deps: Pick<WriteDeps, 'store' | 'now'>,
  tags: readonly string[],
  errors: Responses,
) {
  const route = routeOptions(tags);
  const writeDeps = requestWriteDeps(deps);
  const options = (
    at: RecordRoute<TSchema>,
    request: { body?: TSchema; querystring?: TSchema; params?: TSchema },
    status: 200 | 201,
  ): RouteShorthandOptions & { schema: { response: Responses } } =>
    route(at.access, at.summary, request, { [status]: at.record, ...errors });
  const id = (request: FastifyRequest) => (request.params as { id: string }).id;
  const write = <B extends TSchema, R extends TSchema>(
    service: RecordWrite<B, R>,
    request: FastifyRequest,
  ) => service(writeDeps(request), id(request), request.body as Static<B>);

  return {
    /** GET one record by `:id`; drafts and retired ones with `include_drafts=true`. */
    one<R extends TSchema>(at: RecordRoute<R>, read: RecordRead<R>): void {
      const query = { params: IdParam, querystring: IncludeDraftsQuery };
      server.get(at.url, options(at, query, 200), (request) =>
        read(deps.store.db, id(request), {
          includeDrafts: (request.query as Static<typeof IncludeDraftsQuery>).include_drafts,
        }),
      );
    },

    /** POST a new record: 201 with the record and its location, `${at.url}/${id}`. */
    create<B extends TSchema, R extends TSchema>(
      at: WriteRoute<B, R>,
      create: (deps: WriteDeps, body: Static<B>) => Promise<Static<R> & { readonly id: string }>,
    ): void {
      server.post(at.url, options(at, { body: at.body }, 201), async (request, reply) => {
        const created = await create(writeDeps(request), request.body as Static<B>);
        return reply.status(201).header('location', `${at.url}/${created.id}`).send(created);
      });
    },

    /** POST something that belongs to the record `:id` (a finding, a transfer): 201. */
    add<B extends TSchema, R extends TSchema>(at: WriteRoute<B, R>, add: RecordWrite<B, R>): void {
      server.post(
        at.url,
        options(at, { params: IdParam, body: at.body }, 201),
        async (request, reply) => reply.status(201).send(await write(add, request)),
      );
    },

    /** PATCH the record `:id` with the version last read. */
    change<B extends TSchema, R extends TSchema>(
      at: WriteRoute<B, R>,
      update: RecordWrite<B, R>,
    ): void {
      const request = { params: IdParam, body: at.body };
      server.patch(at.url, versionedRoute(at.record, options(at, request, 200)), (request) =>
        write(update, request),
      );
    },

    /** POST a publication status change of the record `:id` (publish, retire); no body is `{}`. */
    status<R extends TSchema>(
      at: RecordRoute<R>,
      set: RecordWrite<typeof StatusChangeBody, R>,
    ): void {
      const request = { params: IdParam, body: StatusChangeBody };
      server.post(at.url, statusChangeRoute(at.record, options(at, request, 200)), (request) =>
        write(set, request),
      );
    },
  };
}
