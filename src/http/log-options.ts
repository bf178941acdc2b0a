import type { FastifyServerOptions } from 'fastify';

/** Paths of a log record never written out: cookies, credentials, tokens and passwords. */
export const REDACTED_LOG_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'headers.cookie',
  'headers.authorization',
  'body.password',
  'password',
  '*.password',
  'csrf_token',
  '*.csrf_token',
];

/**
 * Structured (JSON) logs with secrets redacted, to `stream` when given, else to standard output.
 * At level `info` every request is logged; at `error` only failures (each 500 with its stack).
 */
export function logOptions(
  stream?: NodeJS.WritableStream,
  level: 'info' | 'error' = 'info',
): FastifyServerOptions['logger'] {
  return {
    level,
    redact: { paths: REDACTED_LOG_PATHS, censor: '[redacted]' },
    ...(stream ? { stream } : {}),
  };
}
