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
 * Structured (JSON) request logs with secrets redacted; to `stream` when given (tests), else to
 * standard output.
 */
export function logOptions(stream?: NodeJS.WritableStream): FastifyServerOptions['logger'] {
  return {
    level: 'info',
    redact: { paths: REDACTED_LOG_PATHS, censor: '[redacted]' },
    ...(stream ? { stream } : {}),
  };
}
