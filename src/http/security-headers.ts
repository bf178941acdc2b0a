import type { FastifyInstance } from 'fastify';

/** The policy of every response that does not set its own (JSON, CSV, files): load nothing. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/**
 * The policy of the OpenAPI pages (Swagger UI, a third-party page whose elements carry inline
 * style attributes): scripts from this server only, inline style allowed there alone.
 */
export const DOCS_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data:",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Security headers on every response: no MIME sniffing, no referrer sent elsewhere, never in a
 * frame, and a content security policy where the route set none (the web app's HTML and the
 * dossier set their own).
 */
export function securityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
    reply.header('cross-origin-opener-policy', 'same-origin');
    if (!reply.hasHeader('content-security-policy'))
      reply.header('content-security-policy', API_CONTENT_SECURITY_POLICY);
    return payload;
  });
}
