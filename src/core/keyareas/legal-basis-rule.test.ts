import { describe, expect, it } from 'vitest';
import { legalBasisCanonical, legalBasisRule } from './legal-basis-rule.js';
import { topicRule } from './topic-rule.js';

describe('legal-basis rules', () => {
  it('writes a numbered code with its trailing dot and leaves named codes alone', () => {
    expect(legalBasisCanonical('H2020-EU.3.4.5')).toBe('H2020-EU.3.4.5.');
    expect(legalBasisCanonical('H2020-EU.4.a.')).toBe('H2020-EU.4.a.');
    expect(legalBasisCanonical('H2020-EC')).toBe('H2020-EC');
  });

  it('picks the most specific rule a code lies in, level by level', () => {
    const rules = ['H2020-EU.2.1.', 'H2020-EU.2.1.1.', 'H2020-EU.3.4.', 'H2020-EU.3.4.5'];
    expect(legalBasisRule('H2020-EU.2.1.1.7.', rules)).toBe('H2020-EU.2.1.1.');
    expect(legalBasisRule('H2020-EU.2.1.5.', rules)).toBe('H2020-EU.2.1.');
    expect(legalBasisRule('H2020-EU.3.4.5.1.', rules)).toBe('H2020-EU.3.4.5');
    expect(legalBasisRule('H2020-EU.3.4.', rules)).toBe('H2020-EU.3.4.');
  });

  it('does not take a code for a part of another that merely shares its first characters', () => {
    expect(legalBasisRule('H2020-EU.1.1.', ['H2020-EU.1.10.'])).toBeUndefined();
    expect(legalBasisRule('H2020-EU.3.1.', ['H2020-EU.3.10.', 'H2020-EU.3.2.'])).toBeUndefined();
    expect(legalBasisRule('H2020-Euratom-1.1.', ['H2020-Euratom'])).toBe('H2020-Euratom');
    expect(legalBasisRule('H2020-ECX', ['H2020-EC'])).toBeUndefined();
  });
});

describe('topic rules', () => {
  it('takes the longest prefix, ignoring case', () => {
    expect(topicRule('lc-sfs-03-2018', ['SFS-', 'LC-SFS-'])).toBe('LC-SFS-');
    expect(topicRule('SFS-05-2015', ['SFS-', 'LC-SFS-'])).toBe('SFS-');
    expect(topicRule('ICT-05-2017', ['SFS-'])).toBeUndefined();
  });
});
