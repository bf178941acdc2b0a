import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Static, TSchema } from 'typebox';
import { EDITORS } from '../../domain/role.js';
import type { WriteDeps } from '../../services/write-deps.js';
import type { Database } from '../../storage/schema.js';
import type { AccessRule, RequestRegions } from '../auth/access-rule.js';
import { asksUnpublished, readWithDrafts } from '../auth/draft-reads.js';
import { recordRoutes, type RecordWrite } from '../record-routes.js';
import { routeOptions } from '../route-options.js';
import { Problem } from '../schemas/common.js';
import type { StatusChangeBody } from '../schemas/publication.js';

/** The schemas of a kind of published record: the record, the list and its query, the bodies. */
export interface PublishedSchemas {
  readonly record: TSchema;
  readonly list: TSchema;
  readonly listQuery: TSchema;
  readonly create: TSchema;
  readonly change: TSchema;
}

/** The services of a kind of published record, typed by its schemas: its reads and its writes. */
export interface PublishedServices<S extends PublishedSchemas> {
  readonly list: (db: Kysely<Database>, query: Static<S['listQuery']>) => Promise<unknown[]>;
  readonly get: (
    db: Kysely<Database>,
    id: string,
    options: { includeDrafts: boolean },
  ) => Promise<Static<S['record']>>;
  readonly create: (
    deps: WriteDeps,
    body: Static<S['create']>,
  ) => Promise<Static<S['record']> & { readonly id: string }>;
  readonly update: RecordWrite<S['change'], S['record']>;
  readonly setStatus: (
    deps: WriteDeps,
    id: string,
    status: 'published' | 'retired',
    sent: Static<typeof StatusChangeBody>,
  ) => Promise<Static<S['record']>>;
}

/** A kind of SME content that editors publish and retire (contact points, funds). */
export interface PublishedKind<S extends PublishedSchemas> {
  /** The path of the list; one record is at `${path}/:id`. */
  readonly path: string;
  /** The record with its article ("a regional fund") and the records ("Regional funds"). */
  readonly names: { readonly a: string; readonly many: string };
  readonly schemas: S;
  readonly services: PublishedServices<S>;
  /** The regions a request touches: an editor writes a record of their regions only. */
  readonly regions: RequestRegions;
}

const errors = { 400: Problem, 403: Problem, 404: Problem };

/**
 * The routes of a kind of SME content (tag `sme`): the list (published records unless asked
 * otherwise), one record, create, change, publish and retire; drafts and retired records are for
 * editors, who write the records of their regions.
 */
export function publishedRecordRoutes<S extends PublishedSchemas>(
  server: FastifyInstance,
  deps: Pick<WriteDeps, 'store' | 'now'>,
  kind: PublishedKind<S>,
): void {
  const { path, names, schemas, services } = kind;
  const records = recordRoutes(server, deps, ['sme'], errors);
  const editors: AccessRule = { allow: EDITORS, regions: kind.regions };
  const one = names.a.replace(/^an? /, '');

  server.get(
    path,
    routeOptions(['sme'])(
      readWithDrafts((r) => asksUnpublished(r, 'status')),
      `${names.many} (published unless asked otherwise), of one region when given`,
      { querystring: schemas.listQuery },
      { 200: schemas.list, 400: Problem },
    ),
    async (request) => ({
      items: await services.list(deps.store.db, request.query as Static<S['listQuery']>),
    }),
  );
  const { record } = schemas;
  records.one<S['record']>(
    {
      url: `${path}/:id`,
      access: readWithDrafts((r) => asksUnpublished(r, 'include_drafts')),
      summary: `One ${one} (a draft or retired one only with include_drafts=true)`,
      record,
    },
    services.get,
  );
  const create = `Create ${names.a} (a draft unless status is published)`;
  records.create<S['create'], S['record']>(
    { url: path, access: editors, summary: create, body: schemas.create, record },
    services.create,
  );
  records.change<S['change'], S['record']>(
    {
      url: `${path}/:id`,
      access: editors,
      summary: `Change ${names.a}`,
      body: schemas.change,
      record,
    },
    services.update,
  );
  for (const [action, status, summary] of [
    ['publish', 'published', `Publish ${names.a}: the SME finder shows it from now on`],
    ['retire', 'retired', `Retire ${names.a}: kept, no longer shown to readers`],
  ] as const) {
    records.status<S['record']>(
      { url: `${path}/:id/${action}`, access: editors, summary, record },
      (d, id, sent) => services.setStatus(d, id, status, sent),
    );
  }
}
