import { describe, expect, it } from 'vitest';
import { Type } from 'typebox';
import { responseExtraFields } from './response-extra-fields.js';
import { Nullable, Page } from './schemas/common.js';

const Item = Type.Object(
  { id: Type.String(), note: Nullable(Type.String()), tags: Type.Array(Type.String()) },
  { additionalProperties: false },
);

describe('responseExtraFields', () => {
  it('finds nothing when every field is listed', () => {
    expect(responseExtraFields(Item, { id: 'a', note: null, tags: ['x'] })).toEqual([]);
  });

  it('names a field the schema lacks, however deep, with its path', () => {
    const page = { items: [{ id: 'a', note: null, tags: [], secret: 1 }], total: 1, limit: 1 };
    expect(responseExtraFields(Page(Item), { ...page, offset: 0, extra: true })).toEqual([
      '/items/0/secret',
      '/extra',
    ]);
  });

  it('leaves an open object alone: its extra fields are written, not dropped', () => {
    const open = {
      type: 'object',
      properties: { a: { type: 'string' } },
      additionalProperties: true,
    };
    expect(responseExtraFields(open, { a: 'x', b: 2 })).toEqual([]);
  });

  it('takes the branch of anyOf that fits, and null where null is allowed', () => {
    const either = Type.Union([
      Type.Object({ a: Type.String() }),
      Type.Object({ b: Type.String() }),
    ]);
    expect(responseExtraFields(either, { b: 'x' })).toEqual([]);
    expect(responseExtraFields(either, { b: 'x', c: 1 })).toEqual(['/c']);
    expect(responseExtraFields(Nullable(Item), null)).toEqual([]);
  });

  it('does not count a field left undefined, which is not written either', () => {
    expect(responseExtraFields(Item, { id: 'a', note: null, tags: [], gone: undefined })).toEqual(
      [],
    );
  });
});
