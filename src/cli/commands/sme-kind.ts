import type { Command } from 'commander';
import type { SmeContentStatus } from '../../services/sme/sme-field-check.js';
import type { WriteDeps } from '../../services/write-deps.js';
import type { Store } from '../../storage/store.js';

/** The options of `sme ... add|edit` as commander parsed them. */
export type SmeOptions = Record<string, string | string[] | boolean | undefined>;

/** What `sme ... list` filters on. */
export interface SmeListFilter {
  status?: SmeContentStatus | 'all';
  region?: string;
}

/** What every SME record has that the commands print or say. */
export interface SmeRecord {
  readonly id: string;
  readonly name: string;
  readonly status: string;
  readonly version: number;
  readonly regions: readonly { readonly code: string }[];
}

/** One kind of SME record (contact points, funds): how the `sme` commands read, write and print it. */
export interface SmeKind<R extends SmeRecord> {
  /** Its name in the group's descriptions, e.g. `contact point`. */
  readonly name: string;
  /** Adds the options of its fields to `add` and `edit`. */
  readonly fieldOptions: (command: Command) => Command;
  list(store: Store, filter: SmeListFilter): Promise<readonly R[]>;
  /** One, whatever its status. */
  get(store: Store, id: string): Promise<R>;
  create(deps: WriteDeps, options: SmeOptions, status: 'draft' | 'published'): Promise<R>;
  update(deps: WriteDeps, id: string, options: SmeOptions, version: number): Promise<R>;
  setStatus(deps: WriteDeps, id: string, status: 'published' | 'retired'): Promise<R>;
  /** Prints its fields after the heading `show` prints. */
  printDetails(record: R): void;
}

/** The text and list options given (absent options stay absent). */
export function givenOptions(o: SmeOptions) {
  return {
    text: (key: string) => (typeof o[key] === 'string' ? o[key] : undefined),
    list: (key: string) => (Array.isArray(o[key]) ? o[key] : undefined),
  };
}

/** Prints `label: value` for a value that is there. */
export function printLine(label: string, value: string | null): void {
  if (value) console.log(`${label}: ${value}`);
}
