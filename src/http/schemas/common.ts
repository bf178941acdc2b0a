/**
 * The HTTP pieces every resource shares, written once in TypeBox: the problem document, the page
 * envelope and its query, the id and region parameters, the source of a figure, and the 409 of a
 * versioned write. Each schema is plain JSON Schema at run time; `Static<typeof X>` is its type.
 */
import { Type, type Static, type TAddOptional, type TSchema, type TUnsafe } from 'typebox';

/** The options of an object schema that allows no properties besides its own. */
export const closed = { additionalProperties: false } as const;

/**
 * `T` or null, written as `type: [T, 'null']` (not `anyOf`), so fast-json-stringify and the
 * OpenAPI description see one type with null allowed.
 */
export function Nullable<T extends TSchema>(
  schema: T,
  options: Record<string, unknown> = {},
): TUnsafe<Static<T> | null> {
  const plain = schema as unknown as { type: string; enum?: readonly unknown[] };
  return Type.Unsafe<Static<T> | null>({
    ...plain,
    ...options,
    type: [plain.type, 'null'],
    ...(plain.enum ? { enum: [...plain.enum, null] } : {}),
  });
}

/** A string or null, the commonest field of a record. */
export const NullableString = Nullable(Type.String());
/** A number or null: a figure that may be unmeasured. */
export const NullableNumber = Nullable(Type.Number());

/** An RFC 9457 problem document, as the error handler writes it. */
export const Problem = Type.Object(
  {
    type: Type.Optional(Type.String()),
    title: Type.Optional(Type.String()),
    status: Type.Integer(),
    detail: Type.String(),
    code: Type.String(),
    errors: Type.Optional(Type.Array(Type.String())),
  },
  { description: 'application/problem+json', additionalProperties: false },
);
export type Problem = Static<typeof Problem>;

/** `limit` and `offset` of every list endpoint, bounded. */
export const pageQueryProperties = {
  limit: Type.Integer({ minimum: 1, maximum: 1000, default: 100 }),
  offset: Type.Integer({ minimum: 0, maximum: 1_000_000_000, default: 0 }),
};
/** The querystring of a list that takes nothing but a page. */
export const PageQuery = Type.Object(pageQueryProperties, { additionalProperties: false });
export type PageQuery = Static<typeof PageQuery>;

/** The page envelope of every list: items, total, limit, offset. */
export function Page<T extends TSchema>(item: T) {
  return Type.Object(
    {
      items: Type.Array(item),
      total: Type.Integer(),
      limit: Type.Integer(),
      offset: Type.Integer(),
    },
    { additionalProperties: false },
  );
}
/** The page envelope around items of type `T`. */
export type Page<T> = Static<ReturnType<typeof Page<TUnsafe<T>>>>;

/** What a search found: the query as asked, the items best first, and how many there are. */
export function SearchResults<T extends TSchema>(item: T) {
  return Type.Object(
    { query: Type.String(), items: Type.Array(item), total: Type.Integer() },
    { additionalProperties: false },
  );
}

/** `:id` of a stored record. */
export const IdParam = Type.Object(
  { id: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);

/** The pattern of a region code: letters, digits and underscores, 2 to 12. */
export const REGION_CODE_PATTERN = '^[A-Za-z0-9_]{2,12}$';
/** A NUTS code of any level, or a country code. */
export const RegionCode = Type.String({
  pattern: REGION_CODE_PATTERN,
  description: 'NUTS code of any level, or a country code',
});
/** `:code` of a region. */
export const RegionParam = Type.Object({ code: RegionCode });

/** A name in both languages. */
export const Named = Type.Object(
  { name_nl: Type.String(), name_en: Type.String() },
  { additionalProperties: false },
);
export type Named = Static<typeof Named>;

/** A region named in both languages. */
export const RegionName = Type.Object(
  { code: Type.String(), name_nl: Type.String(), name_en: Type.String() },
  { additionalProperties: false },
);
export type RegionName = Static<typeof RegionName>;

/** A data set as it is shown beside a figure. */
export const DatasetReference = Type.Object(
  {
    id: Type.String(),
    title: Type.String(),
    publisher: Type.String(),
    licence: NullableString,
    url: NullableString,
    retrieved_at: NullableString,
  },
  { additionalProperties: false },
);
export type DatasetReference = Static<typeof DatasetReference>;
/** One import run a figure's rows came from. */
export const ImportReference = Type.Object(
  { id: Type.String(), file: Type.String(), checksum: Type.String(), finished_at: NullableString },
  { additionalProperties: false },
);
export type ImportReference = Static<typeof ImportReference>;
/** Where a figure comes from: data sets, import runs, and the method in words. */
export const Source = Type.Object(
  {
    datasets: Type.Array(DatasetReference),
    imports: Type.Array(ImportReference),
    method: Type.String({ description: 'The method in words, in English' }),
    method_nl: Type.String({ description: 'The method in words, in Dutch' }),
  },
  {
    description: 'Where the figure comes from: data sets, import runs, and the method in words',
    additionalProperties: false,
  },
);
export type Source = Static<typeof Source>;

const count = Type.Number();
/** Actors or participations per helix role. */
export const HelixRoleCounts = Type.Object(
  { business: count, research: count, education: count, government: count, other: count },
  { additionalProperties: false },
);

/** A 409 problem document with the record as it is now. */
export function Conflict<T extends TSchema>(record: T) {
  return Type.Object(
    { ...Problem.properties, current: record },
    {
      description:
        'application/problem+json: the record changed since the version sent; `current` is the record now',
      additionalProperties: false,
    },
  );
}

/** `version` of a write: the version of the record last read. */
export const VersionField = Type.Integer({
  minimum: 1,
  description:
    'The version of the record you last read; a stale one is refused with 409 and the current record',
});

/**
 * The body of a change to a versioned record: the version last read, the fields a new record
 * requires (optional in a change), then the fields that are optional anyway.
 *
 * @example
 * export const FundChangesBody = ChangesBody({ name, regions }, fundFields);
 */
export function ChangesBody<
  const R extends Record<string, TSchema>,
  const F extends Record<string, TSchema>,
>(required: R, fields: F) {
  const optional = Object.fromEntries(
    Object.entries(required).map(([name, schema]) => [name, Type.Optional(schema)]),
  ) as { [K in keyof R]: TAddOptional<R[K]> };
  return Type.Object({ version: VersionField, ...optional, ...fields }, closed);
}

/** One of a list of strings, written as `type: string, enum: [...]`; its type is their union. */
export function StringEnum<const T extends readonly string[]>(
  values: T,
  options: Record<string, unknown> = {},
): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
}
