import type { Covered, FigurePeriod, MeasureStatus } from '../api/types.js';
import { appNow, isDataOld } from '../app/clock.js';
import { t } from '../i18n/i18n.js';
import { h } from './dom.js';
import { notice } from './notice.js';

/** Says that a figure is not available for the region, with the server's reason in words. */
export function notMeasured(what: string, status: MeasureStatus): HTMLDivElement {
  return h(
    'div',
    { 'data-testid': 'not-available', 'data-reason': status.reason_code ?? '' },
    notice(
      'warning',
      h('p', { class: 'utrecht-paragraph' }, t('measure.unavailable', { what })),
      status.reason ? h('p', { class: 'utrecht-paragraph rk-small' }, status.reason) : null,
    ),
  );
}

/** A table cell for a figure that is not available: "n.b." with the reason on hover (the basis row says it in full). */
export function notMeasuredCell(status: MeasureStatus): HTMLElement {
  return h(
    'span',
    { class: 'rk-missing', title: status.reason ?? '', 'data-testid': 'not-available-cell' },
    h('abbr', { title: t('measure.na.full') }, t('measure.na')),
  );
}

/** The coverage of the placed participations and the projects' years, in one short paragraph. */
export function coverageSentence(figures: Covered): HTMLParagraphElement {
  return h(
    'p',
    { class: 'utrecht-paragraph rk-small', 'data-testid': 'coverage' },
    figures.coverage.note,
    figures.period
      ? ` ${t('measure.period', { first: figures.period.first_year, last: figures.period.last_year })}`
      : '',
  );
}

/** A warning when the newest year behind a figure is more than five years old (by the app's clock). */
export function dataAgeWarning(period: FigurePeriod | null): HTMLDivElement | null {
  if (!period || !isDataOld(period.last_year, appNow())) return null;
  return h(
    'div',
    { 'data-testid': 'data-age' },
    notice(
      'warning',
      h('p', { class: 'utrecht-paragraph' }, t('measure.old', { year: period.last_year })),
    ),
  );
}

/**
 * A measure the region's data do not define (too few projects or organisations): "not
 * measured", with the server's reasons on hover; "–" when the server gave no reason.
 */
export function notMeasuredValue(reasons: readonly { readonly reason: string }[]): HTMLElement {
  return h(
    'span',
    {
      class: 'rk-missing',
      title: reasons.map((r) => r.reason).join('; '),
      'data-testid': 'not-measured-value',
    },
    reasons.length ? t('measure.notMeasured') : '–',
  );
}
