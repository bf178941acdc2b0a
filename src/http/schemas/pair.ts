import { Type, type Static, type TSchema, type TUnsafe } from 'typebox';

/**
 * Two values of one schema, written as an array of exactly two (`minItems`/`maxItems`, which every
 * JSON-schema tool reads, rather than a tuple's `items` list); its type is a read-only pair, so a
 * pair the core returns as read-only fits it.
 *
 * @example
 * Pair(Type.Integer(), { description: 'best and worst rank' }) // readonly [number, number]
 */
export function Pair<T extends TSchema>(
  item: T,
  options: Record<string, unknown> = {},
): TUnsafe<readonly [Static<T>, Static<T>]> {
  return Type.Unsafe<readonly [Static<T>, Static<T>]>({
    type: 'array',
    items: item,
    minItems: 2,
    maxItems: 2,
    ...options,
  });
}
