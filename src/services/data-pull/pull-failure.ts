/** Why one file could not be fetched, and what to do about it: each one sentence. */
export class PullFailure extends Error {
  readonly reason: string;
  readonly fix: string;

  constructor(reason: string, fix: string, options?: { cause?: unknown }) {
    super(reason, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'PullFailure';
    this.reason = reason;
    this.fix = fix;
  }
}

/** The abort reason used when a server sends nothing for too long. */
export class IdleTimeout extends Error {
  constructor(readonly seconds: number) {
    super(`no data for ${seconds} s`);
    this.name = 'IdleTimeout';
  }
}

const RESUME = 'rerun `regiokracht data pull`: it resumes where it stopped';

/** `host:port` of an address, for messages. */
export function urlHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** A failure for an HTTP answer that is not a success. */
export function httpStatusFailure(
  url: string,
  status: number,
  statusText: string,
  fromMirror: boolean,
): PullFailure {
  const host = urlHost(url);
  const reason = `HTTP ${status}${statusText ? ` ${statusText}` : ''} from ${url}`;
  if (status === 404 || status === 410) {
    return new PullFailure(
      reason,
      fromMirror
        ? 'the mirror has no such file: check --from (a mirror is laid out like shared/data), or leave the file out with --only'
        : 'the publisher has moved or removed it: look up the current address (docs/data-sources.md lists ours), or pull from a mirror with --from',
    );
  }
  if (status === 401 || status === 403) {
    return new PullFailure(
      reason,
      `${host} refused access: check proxy or firewall settings, or pull from a mirror with --from`,
    );
  }
  if (status === 429 || status >= 500) {
    return new PullFailure(reason, `${host} is busy or failing: try again later; ${RESUME}`);
  }
  return new PullFailure(reason, `unexpected answer from ${host}: try again later, or use --from`);
}

/** A failure for an error thrown by fetch or while reading a response body. */
export function networkFailure(url: string, error: unknown, bytesSoFar: number): PullFailure {
  const host = urlHost(url);
  if (error instanceof PullFailure) return error;
  if (error instanceof IdleTimeout) {
    return new PullFailure(
      `${host} sent nothing for ${error.seconds} s${bytesSoFar > 0 ? ` after ${bytesSoFar} bytes` : ''}`,
      bytesSoFar > 0 ? RESUME : `check the network connection to ${host}, then try again`,
      { cause: error },
    );
  }
  const code = errorCode(error);
  const cause = code ? ` (${code})` : '';
  if (messageOf((error as { cause?: unknown }).cause) === 'bad port') {
    return new PullFailure(
      `cannot reach ${host}: Node's fetch refuses that port (one of the ports browsers block)`,
      'serve the mirror on another port',
      { cause: error },
    );
  }
  if (code === 'ECONNREFUSED') {
    return new PullFailure(
      `cannot reach ${host}: connection refused${cause}`,
      `check that ${host} is the right host and that the network allows it, or use --from a mirror`,
      { cause: error },
    );
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new PullFailure(
      `cannot reach ${host}: host name not found${cause}`,
      'check the network connection and DNS, or use --from a mirror',
      { cause: error },
    );
  }
  if (
    code === 'ETIMEDOUT' ||
    code === 'UND_ERR_CONNECT_TIMEOUT' ||
    code === 'ENETUNREACH' ||
    code === 'EHOSTUNREACH'
  ) {
    return new PullFailure(
      `cannot reach ${host}${cause}`,
      'check the network connection, then try again, or use --from a mirror',
      { cause: error },
    );
  }
  if (code?.startsWith('CERT_') || code?.includes('CERT') || code?.startsWith('ERR_TLS')) {
    return new PullFailure(
      `TLS certificate problem with ${host}${cause}`,
      'check the system clock and any proxy that intercepts HTTPS, or use --from a mirror',
      { cause: error },
    );
  }
  if (bytesSoFar > 0 || code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') {
    return new PullFailure(
      `the connection to ${host} dropped${bytesSoFar > 0 ? ` after ${bytesSoFar} bytes` : ''}${cause}`,
      RESUME,
      { cause: error },
    );
  }
  return new PullFailure(
    `network error talking to ${host}: ${messageOf(error)}${cause}`,
    'check the network connection, then try again, or use --from a mirror',
    { cause: error },
  );
}

/** A failure writing into the data directory. */
export function diskFailure(path: string, error: unknown): PullFailure {
  const code = errorCode(error);
  return new PullFailure(
    `cannot write ${path}${code ? ` (${code})` : `: ${messageOf(error)}`}`,
    code === 'ENOSPC'
      ? 'free disk space, then rerun `regiokracht data pull`'
      : 'check that the data directory is writable (or choose another with --data-dir)',
    { cause: error },
  );
}

/** The system or undici error code of an error or of its causes. */
export function errorCode(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
