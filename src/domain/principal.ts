import type { Role } from './role.js';

/** The signed-in user a request acts for (null: anonymous). */
export interface Principal {
  readonly userId: string;
  readonly login: string;
  readonly name: string;
  readonly role: Role;
  /** For regional editors: the regions they edit, each with every region below it. */
  readonly regions: readonly string[];
}
