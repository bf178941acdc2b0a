import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../create-app.js';
import { routeOptions } from '../route-options.js';
import { PUBLIC } from '../auth/access-rule.js';
import { Health } from '../schemas/health.js';

const route = routeOptions(['system']);

/** GET /api/health: the server runs and the database answers. */
export function healthRoutes(server: FastifyInstance, deps: AppDeps): void {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    '/api/health',
    route(PUBLIC, 'Server and database status', {}, { 200: Health }),
    async () => {
      const row = await deps.store.db
        .selectFrom('regions')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return {
        status: 'ok',
        database: deps.store.backend,
        regions: Number(row.n),
        version: deps.version,
      };
    },
  );
}
