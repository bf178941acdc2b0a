import type { AnalyticsContext } from './analytics-context.js';
import type { Covered } from './figure-shapes.js';
import type { TextLang } from './measure-status.js';
import { askRegion } from './asked-region.js';
import { regionFigure, withCoverage } from './region-figure.js';

/** The status, coverage and period of a region's topic 1 or 2 figures, in `lang` (default en). */
export async function coverageFigure(
  context: AnalyticsContext,
  code: string,
  lang: TextLang = 'en',
): Promise<Covered> {
  const { known, region } = await askRegion(context, code, { lang });
  // Materialised like the figures it stands beside: computing it reads the analytics inputs.
  return regionFigure(context, known, region, `coverage:${region}:${lang}`, (read) =>
    Promise.resolve(withCoverage({}, read, region, lang)),
  );
}
