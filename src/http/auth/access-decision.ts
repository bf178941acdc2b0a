import type { Principal } from '../../domain/principal.js';
import type { AccessRule } from './access-rule.js';

/** What a rule says about a caller before any region is looked at. */
export type AccessDecision = 'allow' | 'check-regions' | 'unauthenticated' | 'forbidden';

/**
 * The decision of `rule` for `principal` (null: anonymous), `restricted` telling whether the
 * request asks for the rule's restricted part (drafts). Regional editors on a rule with regions
 * get 'check-regions': they pass when every region the request touches is within theirs.
 */
export function accessDecision(
  rule: AccessRule,
  principal: Principal | null,
  restricted: boolean,
): AccessDecision {
  const allow = restricted && rule.restricted ? rule.restricted.allow : rule.allow;
  if (allow === 'anyone') return 'allow';
  if (!principal) return 'unauthenticated';
  if (!allow.includes(principal.role)) return 'forbidden';
  if (principal.role === 'regional_editor' && rule.regions) return 'check-regions';
  return 'allow';
}
