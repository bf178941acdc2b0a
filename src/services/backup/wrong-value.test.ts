import { describe, expect, it } from 'vitest';
import { columnKind } from '../../storage/catalog/table-catalog.js';
import { wrongValue } from './restore-into-store.js';

describe('columnKind', () => {
  it('reads SQLite and PostgreSQL type names', () => {
    const kinds = {
      INTEGER: 'integer',
      bigint: 'integer',
      'double precision': 'number',
      real: 'number',
      text: 'text',
      'character varying': 'text',
      '': 'other',
    };
    for (const [type, kind] of Object.entries(kinds)) expect(columnKind(type), type).toBe(kind);
  });
});

describe('wrongValue', () => {
  const columns = ['id', 'version', 'value', 'note'];
  const kinds = ['text', 'integer', 'number', 'other'] as const;

  it('accepts values of the right kind and nulls', () => {
    expect(wrongValue(['a', 3, 1.5, { x: 1 }], columns, kinds)).toBeNull();
    expect(wrongValue([null, null, null, null], columns, kinds)).toBeNull();
  });

  it('names the first column whose value its type cannot hold', () => {
    expect(wrongValue(['a', 'abc', 1, null], columns, kinds)).toBe(
      'version: "abc" is not a whole number',
    );
    expect(wrongValue(['a', 1.5, 1, null], columns, kinds)).toMatch(/^version/);
    expect(wrongValue(['a', 1, '2', null], columns, kinds)).toBe('value: "2" is not a number');
    expect(wrongValue([7, 1, 1, null], columns, kinds)).toBe('id: 7 is not text');
  });
});
