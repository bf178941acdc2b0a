import type { Lang } from '../i18n.js';
import { visitReportEn } from './messages-en.js';
import { visitReportNl, type VisitReportKey } from './messages-nl.js';

export type { VisitReportKey };

/** The visit report's own texts in `lang`, placeholders written {name}. */
export function reportText(
  lang: Lang,
): (key: VisitReportKey, params?: Readonly<Record<string, string | number>>) => string {
  const dictionary: Record<VisitReportKey, string> = lang === 'nl' ? visitReportNl : visitReportEn;
  return (key, params = {}) =>
    dictionary[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
}
