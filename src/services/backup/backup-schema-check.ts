import { RegiokrachtError } from '../../domain/errors.js';
import { MIGRATIONS } from '../../storage/migrations/index.js';

/**
 * Refuses a backup taken at a schema this version does not know (made by a newer Regiokracht), or
 * one that holds no migrations at all (not a Regiokracht database).
 */
export function backupSchemaCheck(file: string, migrations: readonly string[]): void {
  if (migrations.length === 0) {
    throw new RegiokrachtError(
      'DATA_FILE_INVALID',
      `${file} holds no schema migrations: it is not a Regiokracht backup; nothing was restored`,
    );
  }
  const unknown = migrations.filter((name) => !(name in MIGRATIONS));
  if (unknown.length > 0) {
    throw new RegiokrachtError(
      'DATABASE_TOO_NEW',
      `${file} was taken from a newer schema (${unknown.join(', ')}) than this version of Regiokracht knows; upgrade Regiokracht to restore it. Nothing was restored`,
    );
  }
}
