import { HELIX_ROLES } from '../../core/helix-role.js';
import { organisationIdLabel } from '../../domain/organisation-name.js';
import type { MessageKey, Texts } from '../i18n.js';

export function levelName(x: Texts, level: number, country: string): string {
  if (country !== 'NL' && (level === 2 || level === 3))
    return x.t(level === 2 ? 'level.2.other' : 'level.3.other');
  return x.t(`level.${Math.min(Math.max(level, 0), 3)}` as MessageKey);
}

export function visitStatus(x: Texts, status: string): string {
  return ['planned', 'done', 'cancelled'].includes(status)
    ? x.t(`visit.status.${status}` as MessageKey)
    : status;
}

export const roleLabel = (x: Texts, role: string) =>
  (HELIX_ROLES as readonly string[]).includes(role) ? x.t(`helix.${role}` as MessageKey) : role;

/** An organisation's name, or for one the source does not name, that said with its identifier. */
export const organisationText = (
  x: Texts,
  o: { readonly id: string; readonly name: string | null },
) => o.name ?? x.t('organisation.unnamed', { id: organisationIdLabel(o.id) });

export function groupLabel(x: Texts, group: string | null, band: string | null): string {
  if (!group) return x.t('value.unknown');
  const g = x.t(`index.group.${group}` as MessageKey);
  return band
    ? x.t('index.groupBand', { group: g, band: x.t(`index.band.${band}` as MessageKey) })
    : g;
}

/** Where a missing indicator value was taken from, in words (the service says it in English). */
export function filledFrom(x: Texts, from: string | null): string {
  if (from === null) return x.t('index.filled.no');
  const own = /^own value of (\d{4})$/.exec(from);
  if (own) return x.t('index.filled.own', { year: own[1]! });
  const parent = /^(\S+) \(same (year|edition)\)$/.exec(from);
  if (parent)
    return x.t(parent[2] === 'edition' ? 'index.filled.parentEdition' : 'index.filled.parent', {
      region: parent[1]!,
    });
  return from;
}

/** LQ with two decimals, or "none" when it cannot be computed. */
export const lqText = (x: Texts, lq: number | null) =>
  lq === null ? x.t('keyareas.lq.missing') : x.number(lq, 2);
