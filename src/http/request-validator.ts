import { Ajv, type ErrorObject, type Options, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';

/** Fastify's own defaults for its JSON-schema validator, which the query and parameters keep. */
const FASTIFY_DEFAULTS: Options = {
  coerceTypes: 'array',
  useDefaults: true,
  removeAdditional: true,
  addUsedSchema: false,
  allErrors: false,
  strict: false,
};

/**
 * The route schemas are ours and checked by the tests (every route is called there), so they are
 * not checked against the JSON-schema meta-schema at run time: compiling the meta-schema held a
 * new server's first answer back by a quarter of a second and more.
 */
const TRUSTED_SCHEMAS: Options = { validateSchema: false };

/**
 * Validates requests against their route schemas. Query strings and path parameters arrive as
 * text, so they are coerced to their schema types as Fastify does. A JSON body is taken exactly as
 * sent: a field its schema does not list (`id`, `role`, `created_by`, `version` where not asked for)
 * and a value of the wrong type (`title: true`, `topic: [1]`) are a 400 naming the field, never
 * dropped or converted in silence.
 */
export function requestValidator(app: FastifyInstance): void {
  const lenient = new Ajv({ ...FASTIFY_DEFAULTS, ...TRUSTED_SCHEMAS });
  const strict = new Ajv({
    ...FASTIFY_DEFAULTS,
    ...TRUSTED_SCHEMAS,
    coerceTypes: false,
    removeAdditional: false,
  });
  addFormats.default(lenient);
  addFormats.default(strict);
  // Each route's validator is compiled on its first request, not at start: compiling every
  // schema up front held the server's first answer back by a second and more.
  app.setValidatorCompiler(({ schema, httpPart }) => {
    let compiled: ValidateFunction | undefined;
    const validate = (data: unknown): boolean => {
      compiled ??= (httpPart === 'body' ? strict : lenient).compile(schema);
      const valid = compiled(data);
      validate.errors = compiled.errors;
      return valid;
    };
    validate.errors = null as ErrorObject[] | null | undefined;
    return validate;
  });
  // As Fastify words it (`body/title must be string`), and naming a field that is not allowed.
  app.setSchemaErrorFormatter((errors, dataVar) => {
    const first = errors[0];
    if (!first) return new Error(`${dataVar} is not valid`);
    const at = `${dataVar}${first.instancePath}`;
    const extra = (first.params as { additionalProperty?: unknown }).additionalProperty;
    if (first.keyword === 'additionalProperties' && typeof extra === 'string')
      return new Error(`${at}/${extra} is not a field of this request`);
    return new Error(`${at} ${first.message ?? 'is not valid'}`);
  });
}
