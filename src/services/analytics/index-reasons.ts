import type {
  IndexUndefinedReason,
  IndicatorScoreUndefinedReason,
  RegionIndexReport,
} from './region-index-report.js';
import type { TextLang } from './measure-status.js';

type OwnValues = RegionIndexReport['own_values'];

const INDEX_REASONS: Record<TextLang, Record<IndexUndefinedReason, (own: OwnValues) => string>> = {
  en: {
    no_year: () => 'no year or edition holds values of the index indicators',
    too_few_own_values: (own) =>
      `the region has its own values of ${own ? `${own.own} of the ${own.of}` : 'too few'} indicators that year or edition; the index needs two thirds`,
    no_scores: () => 'none of the region’s own values that year or edition could be scored',
    no_own_values: () => 'the region has no own value of any index indicator that year or edition',
  },
  nl: {
    no_year: () => 'geen jaar of editie bevat waarden van de indexindicatoren',
    too_few_own_values: (own) =>
      `de regio heeft dat jaar of die editie eigen waarden van ${own ? `${own.own} van de ${own.of}` : 'te weinig'} indicatoren; de index vraagt er twee derde`,
    no_scores: () =>
      'geen van de eigen waarden van de regio in dat jaar of die editie kon worden gescoord',
    no_own_values: () =>
      'de regio heeft dat jaar of die editie van geen enkele indexindicator een eigen waarde',
  },
};

const SCORE_REASONS: Record<TextLang, Record<IndicatorScoreUndefinedReason, string>> = {
  en: {
    no_index: 'the region has no index that year or edition',
    no_value:
      'no value: not the region’s own, not from an earlier year within the window, not its parent’s',
  },
  nl: {
    no_index: 'de regio heeft dat jaar of die editie geen index',
    no_value:
      'geen waarde: geen eigen, geen van een eerder jaar binnen het venster, geen van de bovenliggende regio',
  },
};

/** Why a region's index is null, in `lang`. */
export function indexNotMeasuredReason(
  code: IndexUndefinedReason,
  own: OwnValues,
  lang: TextLang,
): string {
  return INDEX_REASONS[lang][code](own);
}

/** Why an indicator's score is null, in `lang`. */
export function indicatorScoreNotMeasuredReason(
  code: IndicatorScoreUndefinedReason,
  lang: TextLang,
): string {
  return SCORE_REASONS[lang][code];
}

/** The report with the reasons of its null index and scores in `lang` (the codes as they are). */
export function withIndexReasons<T extends RegionIndexReport>(report: T, lang: TextLang): T {
  return {
    ...report,
    reason:
      report.reason_code === null
        ? null
        : indexNotMeasuredReason(report.reason_code, report.own_values, lang),
    indicators: report.indicators.map((i) => ({
      ...i,
      score_reason:
        i.score_reason_code === null
          ? null
          : indicatorScoreNotMeasuredReason(i.score_reason_code, lang),
    })),
  };
}
