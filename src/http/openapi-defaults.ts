interface ObjectSchema {
  properties?: Record<string, { default?: unknown }>;
  required?: string[];
  [keyword: string]: unknown;
}

/**
 * The route schema as the OpenAPI description shows it: a query field with a default (`limit`,
 * `offset`) is optional to the caller, though the validator fills it in and so lists it as
 * required. The route's own schema is left as it is.
 *
 * @example
 * optionalDefaults({ querystring: { properties: { limit: { default: 100 } }, required: ['limit'] } })
 * // { querystring: { properties: { limit: { default: 100 } } } }
 */
export function optionalDefaults<S extends object>(schema: S): S {
  const query = (schema as { querystring?: ObjectSchema }).querystring;
  if (!query?.required || !query.properties) return schema;
  const properties = query.properties;
  const required = query.required.filter((name) => properties[name]?.default === undefined);
  const { required: _dropped, ...rest } = query;
  return {
    ...schema,
    querystring: required.length > 0 ? { ...rest, required } : rest,
  };
}
