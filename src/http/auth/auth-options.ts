import type { LoginRateLimitOptions } from '../../services/accounts/login-rate-limit.js';

/** How the server handles accounts and sessions. */
export interface AuthOptions {
  /**
   * Whether cookies carry Secure: 'auto' (the default) when the request came over https (behind a
   * proxy: with trustProxy and X-Forwarded-Proto), true always, false never (plain loopback).
   */
  readonly secureCookies?: 'auto' | boolean;
  /** Limits of failed log-ins (fixed windows, in memory). */
  readonly rateLimit?: LoginRateLimitOptions;
  /** Idle time after which a session ends (default 12 hours). */
  readonly idleMs?: number;
}
