import { describe, expect, it } from 'vitest';
import { problemField } from './problem-field.js';

const FIELDS = ['date', 'owner', 'due_date', 'text'];

describe('the field a problem is about', () => {
  it("is read from the server's own checks, which start with the field", () => {
    expect(problemField('date: "2026-13-01" is not a date; write YYYY-MM-DD', FIELDS)).toBe('date');
  });

  it('is read from schema checks of the body', () => {
    expect(problemField('body/due_date must match format "date"', FIELDS)).toBe('due_date');
    expect(problemField("body must have required property 'owner'", FIELDS)).toBe('owner');
  });

  it('is undefined when the detail names no field of the form', () => {
    expect(problemField('visit x has been changed since version 1', FIELDS)).toBeUndefined();
    expect(problemField('region: no region with code XX', FIELDS)).toBeUndefined();
  });
});
