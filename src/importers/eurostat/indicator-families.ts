import { codeLabel, EUROSTAT_LABELS, type Bilingual } from './eurostat-labels.js';

/** What a dimensioned indicator id says in words: its concept key, group and name. */
export interface FamilyMatch {
  readonly concept: string;
  readonly group: string;
  /** Position within its group, so that breakdowns follow their total. */
  readonly rank: number;
  readonly name: Bilingual;
}

const SEX_RANK: Readonly<Record<string, number>> = { T: 0, M: 1, F: 2 };

/** Eurostat age codes as readers write them: `Y10-14` -> 10-14, `Y_GE85` -> 85+, `Y_LT5` -> 0-4. */
export function ageLabel(code: string): Bilingual | undefined {
  if (code === 'TOTAL') return { nl: 'alle leeftijden', en: 'all ages' };
  if (code === 'UNK') return { nl: 'leeftijd onbekend', en: 'age unknown' };
  let m = /^Y(\d+)-(\d+)$/.exec(code);
  if (m) return { nl: `${m[1]}-${m[2]} jaar`, en: `aged ${m[1]}-${m[2]}` };
  m = /^Y_GE(\d+)$/.exec(code);
  if (m) return { nl: `${m[1]} jaar en ouder`, en: `aged ${m[1]} and over` };
  m = /^Y_LT(\d+)$/.exec(code);
  if (m) return { nl: `jonger dan ${m[1]} jaar`, en: `under ${m[1]}` };
  return undefined;
}

function ageRank(code: string): number {
  if (code === 'TOTAL') return 0;
  if (code === 'UNK') return 999;
  const m = /(\d+)/.exec(code);
  return code.startsWith('Y_LT') ? 1 : 2 + Number(m?.[1] ?? 0);
}

const { sex: SEX, isced: ISCED, nace: NACE } = EUROSTAT_LABELS;
const ISCED_RANK = Object.keys(ISCED);
const NACE_RANK = Object.keys(NACE);

const both = (a: Bilingual, b: Bilingual, join = ', '): Bilingual => ({
  nl: `${a.nl}${join}${b.nl}`,
  en: `${a.en}${join}${b.en}`,
});

/**
 * The indicators of the dimensioned Eurostat files, recognised by the shape of their id
 * (`dataset` + the codes of each dimension, see `eurostatIndicator`), named in words.
 * Undefined for an id of no known family or with a code that has no name.
 *
 * @example familyIndicator('demo_r_pjangrp3_F_NR_Y10-14')
 *   -> { concept: 'population_F_Y10-14', name: { nl: 'Bevolking, 10-14 jaar, vrouwen', ... } }
 */
export function familyIndicator(id: string): FamilyMatch | undefined {
  let m = /^demo_r_pjangrp3_([TMF])_NR_(.+)$/.exec(id);
  if (m) {
    const [, sex, age] = m as unknown as [string, string, string];
    const ageName = ageLabel(age);
    if (!ageName) return undefined;
    return {
      concept: `population_${sex}_${age}`,
      group: 'population',
      rank: 10 + ageRank(age) * 3 + SEX_RANK[sex]!,
      name: both({ nl: 'Bevolking', en: 'Population' }, both(ageName, SEX[sex]!)),
    };
  }
  m = /^edat_lfse_22_([TMF])_(Y[\d-]+)_NO_FE_NO_NFE_NEMP_PC$/.exec(id);
  if (m) {
    const [, sex, age] = m as unknown as [string, string, string];
    const ageName = ageLabel(age)!;
    return {
      concept: `neet_${sex}_${age}`,
      group: 'labour',
      rank: 100 + ageRank(age) * 3 + SEX_RANK[sex]!,
      name: both(
        {
          nl: `Jongeren zonder werk of opleiding (NEET), ${ageName.nl}`,
          en: `Young people neither in employment nor in education or training (NEET), ${ageName.en}`,
        },
        SEX[sex]!,
      ),
    };
  }
  m = /^lfst_r_lfp2acedu_THS_([TMF])_(Y\d+-\d+|Y_GE\d+)_(.+)$/.exec(id);
  if (m) {
    const [, sex, age, isced] = m as unknown as [string, string, string, string];
    const ageName = ageLabel(age);
    const level = codeLabel(ISCED, isced);
    if (!ageName || !level) return undefined;
    return {
      concept: `attainment_${sex}_${age}_${isced}`,
      group: 'education',
      rank: 100 + (age === 'Y25-64' ? 0 : 50) + ISCED_RANK.indexOf(isced) * 3 + SEX_RANK[sex]!,
      name: both(
        {
          nl: `Bevolking ${ageName.nl} naar opleiding: ${level.nl}`,
          en: `Population ${ageName.en} by education: ${level.en}`,
        },
        SEX[sex]!,
      ),
    };
  }
  m = /^trng_lfse_04_PC_([TMF])_Y25-64$/.exec(id);
  if (m) {
    const sex = m[1]!;
    return {
      concept: `lifelong_learning_${sex}`,
      group: 'education',
      rank: 10 + SEX_RANK[sex]!,
      name: both(
        {
          nl: 'Volwassenen (25-64 jaar) in onderwijs of training, laatste 4 weken',
          en: 'Adults (aged 25-64) in education or training, last 4 weeks',
        },
        SEX[sex]!,
      ),
    };
  }
  m = /^isoc_bde15ar2_PC_(.+)$/.exec(id);
  if (m) {
    const nace = codeLabel(NACE, m[1]!);
    if (!nace) return undefined;
    return {
      concept: `ict_sector_${m[1]}`,
      group: 'digital',
      rank: 10 + NACE_RANK.indexOf(m[1]!),
      name: both({ nl: 'Aandeel van de ICT-sector', en: 'Share of the ICT sector' }, nace, ': '),
    };
  }
  return undefined;
}
