// SQLite file operations the backup service needs; it may not reach src/storage/sqlite directly.
export { sqliteFileCheck, type SqliteFileCheck } from '../sqlite/sqlite-file-check.js';
export { sqliteFileReplace } from '../sqlite/sqlite-file-replace.js';
export { sqliteOnlineBackup } from '../sqlite/sqlite-online-backup.js';
export { withSqliteSnapshot as withSqliteFileSnapshot } from '../sqlite/sqlite-snapshot.js';
