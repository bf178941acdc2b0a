import type { NextVisitReport, NextVisitRow } from '../../api/visit-types.js';
import { formatList, nameOf, t } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/messages-nl.js';
import { h } from '../../ui/dom.js';
import { BULLETS, itemList } from '../../ui/item-list.js';

const partName = (part: string) => t(`nextRegion.part.${part}` as MessageKey).toLowerCase();

/** The parts of a row that are not measured, grouped by reason: the part names and the reason. */
function unmeasuredParts(row: NextVisitRow): { parts: string[]; reason: string }[] {
  const byReason = new Map<string, string[]>();
  for (const p of row.parts)
    if (p.reason !== null) byReason.set(p.reason, [...(byReason.get(p.reason) ?? []), p.part]);
  return [...byReason].map(([reason, parts]) => ({ parts, reason }));
}

/**
 * What the proposed region's score leaves out: its parts that cannot be measured, with why;
 * null when every part is measured.
 */
export function proposalNotMeasured(top: NextVisitRow): HTMLElement | null {
  const groups = unmeasuredParts(top);
  if (!groups.length) return null;
  return h(
    'p',
    { class: 'utrecht-paragraph rk-small', 'data-testid': 'proposal-not-measured' },
    groups
      .map((g) =>
        t('nextRegion.why.notMeasured', {
          region: nameOf(top),
          parts: formatList(g.parts.map(partName)),
          reason: g.reason,
        }),
      )
      .join(' '),
  );
}

/**
 * Under the ranking: each reason a part is not measured, with the parts and the regions it holds
 * for, and the regions that have no score; null when everything is measured.
 */
export function rankingNotMeasured(report: NextVisitReport): HTMLElement | null {
  const groups = new Map<string, { parts: string[]; reason: string; regions: string[] }>();
  for (const row of report.ranking)
    for (const g of unmeasuredParts(row)) {
      const key = `${g.parts.join(',')}\u0000${g.reason}`;
      const group = groups.get(key) ?? { ...g, regions: [] };
      group.regions.push(nameOf(row));
      groups.set(key, group);
    }
  const unscored = new Map<string, string[]>();
  for (const row of report.ranking)
    if (row.score_reason !== null)
      unscored.set(row.score_reason, [...(unscored.get(row.score_reason) ?? []), nameOf(row)]);
  const lines = [
    ...[...groups.values()].map((g) =>
      t('nextRegion.notMeasured', {
        parts: formatList(g.parts.map(partName)),
        regions: formatList(g.regions),
        reason: g.reason,
      }),
    ),
    ...[...unscored].map(([reason, regions]) =>
      t('nextRegion.score.notMeasured', { regions: formatList(regions), reason }),
    ),
  ];
  if (!lines.length) return null;
  // The part names are lower case inside a sentence; a line opens with a capital.
  const opened = (line: string) => line.charAt(0).toUpperCase() + line.slice(1);
  return itemList(BULLETS, lines, opened, { testId: 'ranking-not-measured' });
}
