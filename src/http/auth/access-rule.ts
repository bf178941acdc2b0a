import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { AuditActor } from '../../domain/audit-actor.js';
import type { Principal } from '../../domain/principal.js';
import type { Role } from '../../domain/role.js';
import type { Database } from '../../storage/schema.js';

/**
 * The regions a request touches (the record's region; for a move, the new one too), or null when
 * the record does not exist (the handler then answers 404). Regional editors pass only when every
 * region is theirs or lies below one of theirs.
 */
export type RequestRegions = (
  request: FastifyRequest,
  db: Kysely<Database>,
) => Promise<readonly string[] | null>;

/**
 * Who may call a route: written next to every route as `config.access`. A route without one is
 * refused when it is registered, so the application does not start.
 */
export interface AccessRule {
  /** 'anyone' (anonymous too), or the roles that may. */
  readonly allow: 'anyone' | readonly Role[];
  /** Required when regional editors may write: the regions the request touches. */
  readonly regions?: RequestRegions;
  /**
   * A read whose restricted part (drafts) only these roles may ask for: when `asks` holds for a
   * request, the rule is `allow: roles` instead.
   */
  readonly restricted?: {
    readonly asks: (request: FastifyRequest) => boolean;
    readonly allow: readonly Role[];
  };
}

/** Anyone, signed in or not. */
export const PUBLIC: AccessRule = { allow: 'anyone' };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: AccessRule;
  }
  interface FastifyRequest {
    /** The signed-in user, or null for an anonymous request. */
    principal: Principal | null;
    /** The session's CSRF token, when the request came with a live session. */
    csrfToken: string | null;
    /** Who the audit trail names for this request's writes. */
    auditActor: AuditActor;
  }
}
