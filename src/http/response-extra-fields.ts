/** A response schema, as far as the check below reads it. */
interface SchemaNode {
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly patternProperties?: Readonly<Record<string, SchemaNode>>;
  readonly additionalProperties?: boolean | SchemaNode;
  readonly items?: SchemaNode;
  readonly anyOf?: readonly SchemaNode[];
  readonly oneOf?: readonly SchemaNode[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The fields of `data` that `schema` does not list and that the serializer would therefore drop
 * without a word: a key of an object whose schema names its properties and leaves
 * `additionalProperties` off or false. An open object (`additionalProperties: true` or a schema)
 * keeps its extra keys and is not reported. Paths are written `/items/0/visit/extra`.
 *
 * @example
 * responseExtraFields({ type: 'object', properties: { a: { type: 'string' } } }, { a: 'x', b: 1 })
 * // ['/b']
 */
export function responseExtraFields(schema: unknown, data: unknown, path = ''): string[] {
  if (!isRecord(schema)) return [];
  const node = schema as SchemaNode;
  const branches = node.anyOf ?? node.oneOf;
  if (branches) {
    // The branch that fits best: the one that would drop the fewest fields.
    const found = branches.map((b) => responseExtraFields(b, data, path));
    return found.reduce((best, f) => (f.length < best.length ? f : best), found[0] ?? []);
  }
  if (Array.isArray(data)) {
    return node.items
      ? data.flatMap((d, i) => responseExtraFields(node.items, d, `${path}/${i}`))
      : [];
  }
  if (!isRecord(data) || !node.properties) return [];
  const open = node.additionalProperties !== undefined && node.additionalProperties !== false;
  const patterns = Object.keys(node.patternProperties ?? {}).map((p) => new RegExp(p, 'u'));
  return Object.entries(data).flatMap(([key, value]) => {
    if (value === undefined) return [];
    const listed = node.properties?.[key];
    if (listed) return responseExtraFields(listed, value, `${path}/${key}`);
    if (open || patterns.some((p) => p.test(key))) return [];
    return [`${path}/${key}`];
  });
}
