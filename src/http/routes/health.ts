import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../create-app.js';
import { PUBLIC } from '../auth/access-rule.js';

/** GET /api/health: the server runs and the database answers. */
export function healthRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get(
    '/api/health',
    {
      config: { access: PUBLIC },
      schema: {
        summary: 'Server and database status',
        tags: ['system'],
        response: {
          200: {
            type: 'object',
            properties: {
              status: { type: 'string' },
              database: { type: 'string' },
              regions: { type: 'integer' },
              version: { type: 'string' },
            },
            required: ['status', 'database', 'regions', 'version'],
          },
        },
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
