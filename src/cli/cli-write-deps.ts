import type { WriteDeps } from '../services/write-deps.js';
import type { Store } from '../storage/store.js';
import { cliActor } from './cli-actor.js';

/** What a writing service needs from a command: the open store, the clock, the command line as actor. */
export function cliWriteDeps(store: Store): WriteDeps {
  return { store, now: () => new Date(), actor: cliActor() };
}
