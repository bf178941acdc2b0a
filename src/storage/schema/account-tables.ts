import type { Generated } from 'kysely';

// Settings, accounts, sessions and the audit log.

export interface SettingTable {
  key: string;
  value: string;
}

/** An account (migration 0004). `login` is lower-cased; the password is a scrypt hash with its salt. */
export interface UserTable {
  id: string;
  login: string;
  name: string;
  role: string;
  password_hash: string;
  password_salt: string;
  /** 1 = may not log in; its sessions are ended. */
  disabled: number;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

/** A region a regional editor may edit, with every region below it. */
export interface UserRegionTable {
  user_id: string;
  region_code: string;
}

/** A logged-in session: the token's SHA-256 (never the token), its CSRF token, its expiry. */
export interface SessionTable {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

/** One change: who, when, what, to which record, the record before and after (JSON). */
export interface AuditLogTable {
  /** Counts up in the order changes were recorded. */
  id: Generated<number>;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
  request_id: string | null;
}
