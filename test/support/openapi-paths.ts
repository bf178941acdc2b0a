import type { FastifyInstance } from 'fastify';

/** The operations of one path of the OpenAPI document, by HTTP method. */
export type OpenApiPath = Record<string, unknown>;

/** The paths of the OpenAPI document the application serves under /api/docs/json. */
export async function openApiPaths<P = OpenApiPath>(
  app: FastifyInstance,
): Promise<Record<string, P>> {
  const response = await app.inject({ url: '/api/docs/json' });
  return response.json<{ paths: Record<string, P> }>().paths;
}
