import { describe, expect, it } from 'vitest';
import type { TableInfo } from '../../storage/catalog/table-catalog.js';
import { rowsInSelfKeyOrder, tablesInKeyOrder } from './table-order.js';

const table = (name: string, refs: readonly string[] = [], columns = ['id']): TableInfo => ({
  name,
  columns,
  kinds: columns.map(() => 'text'),
  primaryKey: ['id'],
  foreignKeys: refs.map((refTable) => ({ refTable, columns: ['ref'], refColumns: ['id'] })),
});

describe('tables in foreign-key order', () => {
  it('puts every table after the tables it refers to, ties by name', () => {
    const ordered = tablesInKeyOrder([
      table('participations', ['projects', 'actors']),
      table('actors', ['regions']),
      table('projects'),
      table('regions', ['regions']),
      table('audit_log'),
    ]);
    expect(ordered.map((t) => t.name)).toEqual([
      'regions',
      'actors',
      'audit_log',
      'projects',
      'participations',
    ]);
  });

  it('ignores a reference to a table that is not listed', () => {
    expect(tablesInKeyOrder([table('b', ['elsewhere']), table('a')]).map((t) => t.name)).toEqual([
      'a',
      'b',
    ]);
  });

  it('refuses a cycle between tables, which no load order can satisfy', () => {
    expect(() => tablesInKeyOrder([table('a', ['b']), table('b', ['a'])])).toThrow(/cycle/);
  });
});

describe('rows of a table that refers to itself', () => {
  const regions: TableInfo = {
    name: 'regions',
    columns: ['code', 'parent_code'],
    kinds: ['text', 'text'],
    primaryKey: ['code'],
    foreignKeys: [{ refTable: 'regions', columns: ['parent_code'], refColumns: ['code'] }],
  };

  it('come parents first, otherwise in their given order', () => {
    const rows = [
      ['NL213', 'NL21'],
      ['NL21', 'NL2'],
      ['BE', null],
      ['NL2', 'NL'],
      ['NL', null],
    ];
    expect(rowsInSelfKeyOrder(regions, rows).map((r) => r[0])).toEqual([
      'NL',
      'NL2',
      'NL21',
      'NL213',
      'BE',
    ]);
  });

  it('keep a table without a reference to itself as it is', () => {
    const rows = [['b'], ['a']];
    expect(rowsInSelfKeyOrder(table('t'), rows)).toEqual(rows);
  });
});
