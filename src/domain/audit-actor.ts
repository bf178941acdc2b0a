/**
 * Who a write is recorded for in the audit trail: `user:<login>` for a signed-in user,
 * `cli:<os user>` for the command line, `system` for start-up work; and the request it came with.
 */
export interface AuditActor {
  readonly actor: string;
  readonly requestId: string | null;
}

/** The actor of writes nobody asked for by name (start-up, tests without one). */
export const SYSTEM_ACTOR: AuditActor = { actor: 'system', requestId: null };
