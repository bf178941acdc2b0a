import { userInfo } from 'node:os';
import type { AuditActor } from '../domain/audit-actor.js';

/** The audit trail's name for the command line: `cli:<os user>`. */
export function cliActor(): AuditActor {
  let user: string;
  try {
    user = userInfo().username;
  } catch {
    user = process.env.USER ?? 'unknown';
  }
  return { actor: `cli:${user}`, requestId: null };
}
