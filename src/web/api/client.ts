/** An RFC 9457 problem document as the API sends it. */
export interface Problem {
  status: number;
  code: string;
  title?: string;
  detail: string;
  /** With 409 for a stale version: the record as it is now. */
  current?: unknown;
}

/** A failed API call: the status and the problem the server described. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly path: string;
  /** With 409 for a stale version: the record as it is now; otherwise undefined. */
  readonly current: unknown;

  constructor(path: string, problem: Problem) {
    super(problem.detail);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code;
    this.path = path;
    this.current = problem.current;
  }
}

const cache = new Map<string, Promise<unknown>>();

/**
 * GETs a JSON document from the API. Answers are kept for the session (the server's ETags keep
 * reloads cheap); a failed call is not kept, so it is tried again next time.
 */
export function getJson<T>(path: string): Promise<T> {
  let pending = cache.get(path) as Promise<T> | undefined;
  if (!pending) {
    pending = fetchJson<T>(path);
    cache.set(path, pending);
    pending.catch(() => cache.delete(path));
  }
  return pending;
}

/** Like getJson, but resolves to the error instead of rejecting, for figures that may be missing. */
export async function tryJson<T>(path: string): Promise<T | ApiError> {
  try {
    return await getJson<T>(path);
  } catch (error) {
    if (error instanceof ApiError) return error;
    return new ApiError(path, { status: 0, code: 'NETWORK', detail: String(error) });
  }
}

/** The cookie that holds the session's CSRF token, sent back in a header on every write. */
export const CSRF_COOKIE = 'regiokracht_csrf';
/** The header that carries the CSRF token. */
export const CSRF_HEADER = 'x-csrf-token';

function csrfToken(): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === CSRF_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/**
 * Sends a write (POST, PUT, PATCH, DELETE) with a JSON body and resolves with the JSON answer
 * (undefined for 204). Every write forgets the kept GET answers, so pages show the new state.
 * A refused write rejects with an ApiError carrying the server's problem (409 for a stale version).
 */
export async function sendJson<T>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const token = csrfToken();
  if (token) headers[CSRF_HEADER] = token;
  const response = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  cache.clear();
  if (!response.ok) throw await apiError(path, response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

async function apiError(path: string, response: Response): Promise<ApiError> {
  let problem: Problem = {
    status: response.status,
    code: `HTTP_${response.status}`,
    detail: response.statusText,
  };
  try {
    const body = (await response.json()) as Partial<Problem>;
    problem = {
      status: body.status ?? response.status,
      code: body.code ?? problem.code,
      detail: body.detail ?? problem.detail,
      current: body.current,
    };
  } catch {
    // not a problem document; keep the status line
  }
  return new ApiError(path, problem);
}

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { headers: { accept: 'application/json' } });
  if (!response.ok) throw await apiError(path, response);
  return (await response.json()) as T;
}

/** A query string from parameters, leaving out empty ones: `query({ level: 2, year: undefined })`. */
export function query(
  params: Readonly<Record<string, string | number | undefined | null>>,
): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
