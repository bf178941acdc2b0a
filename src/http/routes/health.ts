import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../create-app.js';
import { PUBLIC } from '../auth/access-rule.js';
import { Health } from '../schemas/health.js';

/** GET /api/health: the server runs and the database answers. */
export function healthRoutes(server: FastifyInstance, deps: AppDeps): void {
  server.withTypeProvider<TypeBoxTypeProvider>().get(
    '/api/health',
    {
      config: { access: PUBLIC },
      schema: {
        summary: 'Server and database status',
        tags: ['system'],
        response: { 200: Health },
      },
    },
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
