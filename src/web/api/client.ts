/** An RFC 9457 problem document as the API sends it. */
export interface Problem {
  status: number;
  code: string;
  title?: string;
  detail: string;
}

/** A failed API call: the status and the problem the server described. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly path: string;

  constructor(path: string, problem: Problem) {
    super(problem.detail);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code;
    this.path = path;
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

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { headers: { accept: 'application/json' } });
  if (!response.ok) {
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
      };
    } catch {
      // not a problem document; keep the status line
    }
    throw new ApiError(path, problem);
  }
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
