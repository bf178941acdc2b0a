import { describe, expect, it } from 'vitest';
import {
  mayEditRegion,
  mayEditSomeRegion,
  mayManageUsers,
  mayReadAudit,
  maySetWeights,
  regionWithinScope,
} from './permissions.js';

const editor = (...regions: string[]) => ({ role: 'regional_editor' as const, regions });
const analyst = { role: 'analyst' as const, regions: [] };
const administrator = { role: 'administrator' as const, regions: [] };
const viewer = { role: 'viewer' as const, regions: [] };

describe('who may edit what, as the server decides it', () => {
  it('lets a regional editor edit their region and every region below it', () => {
    expect(mayEditRegion(editor('NL21'), 'NL21')).toBe(true);
    expect(mayEditRegion(editor('NL21'), 'NL213')).toBe(true);
    expect(mayEditRegion(editor('nl21'), 'nl213')).toBe(true);
  });

  it('keeps a regional editor out of other regions and out of the region above theirs', () => {
    expect(mayEditRegion(editor('NL21'), 'NL41')).toBe(false);
    expect(mayEditRegion(editor('NL213'), 'NL21')).toBe(false);
    expect(mayEditRegion(editor(), 'NL213')).toBe(false);
  });

  it('lets administrators and analysts edit every region, and nobody else', () => {
    expect(mayEditRegion(analyst, 'NL41')).toBe(true);
    expect(mayEditRegion(administrator, 'NL213')).toBe(true);
    expect(mayEditRegion(viewer, 'NL213')).toBe(false);
    expect(mayEditRegion(null, 'NL213')).toBe(false);
  });

  it('shows the forms that create content to those who may edit some region', () => {
    expect(mayEditSomeRegion(editor('NL21'))).toBe(true);
    expect(mayEditSomeRegion(editor())).toBe(false);
    expect(mayEditSomeRegion(analyst)).toBe(true);
    expect(mayEditSomeRegion(viewer)).toBe(false);
    expect(mayEditSomeRegion(null)).toBe(false);
  });

  it('gives the audit trail to administrators and analysts, saving the weights and accounts to administrators', () => {
    expect([administrator, analyst, editor('NL21'), viewer, null].map(mayReadAudit)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
    expect([administrator, analyst, editor('NL21'), viewer, null].map(maySetWeights)).toEqual([
      true,
      false,
      false,
      false,
      false,
    ]);
    expect([administrator, analyst, editor('NL21'), viewer, null].map(mayManageUsers)).toEqual([
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  it('reads a country code as the scope of all its regions', () => {
    expect(regionWithinScope('NL213', ['NL'])).toBe(true);
    expect(regionWithinScope('BE21', ['NL'])).toBe(false);
  });
});
