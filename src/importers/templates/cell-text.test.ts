import { describe, expect, it } from 'vitest';
import { upperCase, wholeNumber } from './cell-text.js';

describe('cell text fast paths', () => {
  it.each(['H2020-101000123', 'abc', 'Straße', 'ÉCOLE', 'mixed Case 12', '', '999', 'ǆ'])(
    'upper-cases %j as toUpperCase does',
    (text) => {
      expect(upperCase(text)).toBe(text.toUpperCase());
    },
  );

  it.each(['0', '7', '007', '123456789012345', '42'])(
    'reads the digits of %j as Number',
    (cell) => {
      expect(wholeNumber(cell)).toBe(Number(cell));
    },
  );

  it.each(['', '-0', '1.5', '1e3', ' 1', '12,5', '1234567890123456', '€1'])(
    'leaves %j to the full number check',
    (cell) => {
      expect(wholeNumber(cell)).toBeUndefined();
    },
  );
});
