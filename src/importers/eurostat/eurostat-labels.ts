import labels from './eurostat-labels.json' with { type: 'json' };

/** A text in Dutch and English. */
export interface Bilingual {
  readonly nl: string;
  readonly en: string;
}

/** Codes and their names in Dutch and English. */
export type BilingualTable = Readonly<Record<string, Bilingual>>;

/**
 * The Eurostat code lists Regiokracht names in words, kept as data in eurostat-labels.json:
 * `units` (Eurostat's unit codes and the analytics' own, written to follow an indicator's name in
 * brackets), `unitAliases` (codes labelled as another unit: Eurostat's EU27_2020 renamings and the
 * EU-average indices), `sex`, `isced` (ISCED 2011 attainment levels as Eurostat groups them) and
 * `nace` (the ICT sector's activities of isoc_bde15ar2, in the order readers meet them).
 */
export const EUROSTAT_LABELS: {
  readonly units: BilingualTable;
  readonly unitAliases: Readonly<Record<string, string>>;
  readonly sex: BilingualTable;
  readonly isced: BilingualTable;
  readonly nace: BilingualTable;
} = labels;

/**
 * The name `table` gives `code`, or undefined when the table does not know the code.
 *
 * @example codeLabel(EUROSTAT_LABELS.sex, 'F') -> { nl: 'vrouwen', en: 'women' }
 */
export function codeLabel(table: BilingualTable, code: string): Bilingual | undefined {
  return Object.hasOwn(table, code) ? table[code] : undefined;
}
