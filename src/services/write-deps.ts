import type { AuditActor } from '../domain/audit-actor.js';
import type { Store } from '../storage/store.js';

/** What a service that writes needs: the store, a clock, and who the audit trail names. */
export interface WriteDeps {
  readonly store: Store;
  readonly now: () => Date;
  /** Who asked for the write; `system` when absent. */
  readonly actor?: AuditActor | undefined;
}
