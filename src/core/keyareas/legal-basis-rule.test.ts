import { describe, expect, it } from 'vitest';
import { legalBasisCanonical, legalBasisRule } from './legal-basis-rule.js';
import { topicRule } from './topic-rule.js';

describe('legal-basis rules', () => {
  it.each([
    ['H2020-EU.3.4.5', 'H2020-EU.3.4.5.'],
    ['H2020-EU.4.a.', 'H2020-EU.4.a.'],
    ['H2020-EC', 'H2020-EC'],
  ])(
    'writes a numbered code with its trailing dot and leaves named codes alone: %s',
    (code, canonical) => {
      expect(legalBasisCanonical(code)).toBe(canonical);
    },
  );

  const rules = ['H2020-EU.2.1.', 'H2020-EU.2.1.1.', 'H2020-EU.3.4.', 'H2020-EU.3.4.5'];
  it.each([
    ['H2020-EU.2.1.1.7.', 'H2020-EU.2.1.1.'],
    ['H2020-EU.2.1.5.', 'H2020-EU.2.1.'],
    ['H2020-EU.3.4.5.1.', 'H2020-EU.3.4.5'],
    ['H2020-EU.3.4.', 'H2020-EU.3.4.'],
  ])('picks the most specific rule a code lies in, level by level: %s', (code, rule) => {
    expect(legalBasisRule(code, rules)).toBe(rule);
  });

  it.each([
    ['H2020-EU.1.1.', ['H2020-EU.1.10.'], undefined],
    ['H2020-EU.3.1.', ['H2020-EU.3.10.', 'H2020-EU.3.2.'], undefined],
    ['H2020-Euratom-1.1.', ['H2020-Euratom'], 'H2020-Euratom'],
    ['H2020-ECX', ['H2020-EC'], undefined],
  ])(
    'does not take a code for a part of another that merely shares its first characters: %s',
    (code, candidates, rule) => {
      expect(legalBasisRule(code, candidates)).toBe(rule);
    },
  );
});

describe('topic rules', () => {
  it.each([
    ['lc-sfs-03-2018', ['SFS-', 'LC-SFS-'], 'LC-SFS-'],
    ['SFS-05-2015', ['SFS-', 'LC-SFS-'], 'SFS-'],
    ['ICT-05-2017', ['SFS-'], undefined],
  ])('takes the longest prefix, ignoring case: %s', (topic, rules, rule) => {
    expect(topicRule(topic, rules)).toBe(rule);
  });
});
