import fastJsonStringify from 'fast-json-stringify';
import type { FastifyInstance } from 'fastify';
import { responseExtraFields } from './response-extra-fields.js';

/** A response that carried fields its schema lacks (which the serializer drops). */
export interface ResponseExtraFields {
  readonly route: string;
  readonly status: string | undefined;
  readonly fields: readonly string[];
}

/**
 * Writes responses with fast-json-stringify from their schemas, as Fastify does, but compiles a
 * route's serializer on its first answer rather than at start, so that a new server answers at
 * once. Only the fields a response schema lists are written; with `onExtraFields` (the tests),
 * every answer is first checked for fields its schema lacks, and those are reported.
 */
export function responseSerializer(
  app: FastifyInstance,
  onExtraFields?: (report: ResponseExtraFields) => void,
): void {
  app.setSerializerCompiler(({ schema, method, url, httpStatus }) => {
    let serialize: ((data: unknown) => string) | undefined;
    return (data: unknown) => {
      if (onExtraFields) {
        const fields = responseExtraFields(schema, data);
        if (fields.length) onExtraFields({ route: `${method} ${url}`, status: httpStatus, fields });
      }
      return (serialize ??= fastJsonStringify(schema as object))(data);
    };
  });
}
