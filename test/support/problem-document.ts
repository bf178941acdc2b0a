import type { LightMyRequestResponse as Response } from 'fastify';
import { expect } from 'vitest';

/** The fields of a problem document (RFC 9457) that the API's answers carry. */
export interface ProblemDocument {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
}

/**
 * Checks that `response` is a problem document with the HTTP status `status` and the error code
 * `code`, in both the status line and the body; returns the document.
 */
export function expectProblem(response: Response, status: number, code: string): ProblemDocument {
  expect(response.statusCode).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const problem = response.json<ProblemDocument>();
  expect(problem).toMatchObject({ status, code });
  return problem;
}
