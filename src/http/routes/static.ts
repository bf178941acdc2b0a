import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PUBLIC } from '../auth/access-rule.js';

/**
 * Where `vite build` writes the web application: dist/web at the package root. This file sits three
 * folders below the root both as source (src/http/routes) and compiled (dist/http/routes).
 */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../../dist/web/', import.meta.url));

/** The content security policy of the web application: everything from this server, nothing else. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data:",
  "style-src 'self'",
  "form-action 'self'",
  "script-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Strong ETags on every successful GET whose body is text or bytes (all JSON of the API), and
 * 304 Not Modified when the client already holds that version (If-None-Match). Files served from
 * disk get their ETag from @fastify/static instead.
 */
export function etagHook(app: FastifyInstance): void {
  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return payload;
    if (reply.statusCode !== 200) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const etag = `"${createHash('sha1').update(payload).digest('base64url')}"`;
    reply.header('etag', etag);
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-cache');
    if (ifNoneMatch(request.headers['if-none-match'], etag)) {
      reply.code(304);
      reply.removeHeader('content-type');
      reply.removeHeader('content-length');
      return '';
    }
    return payload;
  });
}

function ifNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * Serves the built web application at `/` with a fallback to index.html for the application's own
 * paths (/kaart, /regio/NL213, ...), so that every page has a shareable URL. /api is left to the API:
 * unknown API paths and missing files keep their 404 problem document. Does nothing when the
 * application has not been built (`npm run build`).
 */
export async function staticRoutes(
  app: FastifyInstance,
  options: { webRoot?: string | undefined } = {},
): Promise<void> {
  const root = options.webRoot ?? DEFAULT_WEB_ROOT;
  if (!existsSync(join(root, 'index.html'))) return;
  // Hashed bundles under /assets/, looked up per request (so a rebuild needs no restart). The
  // plugin calls setHeaders for every file it sends, the root files' `reply.sendFile` too: only
  // the bundles are cached for good, index.html must be asked again after each release.
  const assets = join(root, 'assets');
  await app.register(fastifyStatic, {
    root: assets,
    prefix: '/assets/',
    preCompressed: true,
    cacheControl: false,
    setHeaders(reply, path) {
      if (path.startsWith(assets + sep))
        reply.header('cache-control', 'public, max-age=31536000, immutable');
    },
  });
  const sendRootFile = (reply: FastifyReply, file: string) => {
    reply.header('cache-control', 'no-cache');
    if (file.endsWith('.html')) reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    return reply.sendFile(file, root, { cacheControl: false });
  };
  app.get('/*', { config: { access: PUBLIC }, schema: { hide: true } }, (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (path === '/api' || path.startsWith('/api/')) return reply.callNotFound();
    const lastSegment = path.slice(path.lastIndexOf('/') + 1);
    if (lastSegment.includes('.')) {
      // Files at the top of the build (favicon.svg, index.html); nothing below it, no "..".
      const isRootFile =
        /^\/[A-Za-z0-9_-][A-Za-z0-9._-]*$/.test(path) && existsSync(join(root, lastSegment));
      return isRootFile ? sendRootFile(reply, lastSegment) : reply.callNotFound();
    }
    return sendRootFile(reply, 'index.html');
  });
}
