/** How far a backup or restore has come: rows copied so far of the rows in all tables. */
export interface BackupProgress {
  /** The table being copied. */
  readonly table: string;
  readonly rowsDone: number;
  readonly rowsTotal: number;
}
