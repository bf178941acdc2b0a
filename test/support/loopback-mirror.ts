import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, resolve, sep } from 'node:path';

/** How the loopback mirror misbehaves; every switch can be changed while it runs. */
export interface MirrorBehaviour {
  /** Paths (relative, `/`-separated) answered with 404 Not Found. */
  notFound: Set<string>;
  /** Paths whose next answer sends half of the bytes asked for, then drops the connection. */
  dropHalfOnce: Set<string>;
  /** Paths whose next answer sends the headers and then nothing, until the client gives up. */
  stallOnce: Set<string>;
  /** Answer every request with the whole file (200), as a server that ignores Range does. */
  ignoreRange: boolean;
}

/** One request the mirror answered. */
export interface MirrorRequest {
  readonly path: string;
  readonly range: string | null;
  readonly ifRange: string | null;
  readonly status: number;
  /** Body bytes sent. */
  readonly sent: number;
}

export interface LoopbackMirror {
  /** `http://127.0.0.1:<port>/` */
  readonly url: string;
  readonly behaviour: MirrorBehaviour;
  readonly requests: MirrorRequest[];
  close(): Promise<void>;
}

/**
 * A real HTTP server on 127.0.0.1 (a free port) that serves a directory the way a static web
 * server does: Content-Length, Last-Modified, a strong ETag and byte ranges (206), If-Range. Its
 * behaviour switches make it drop a connection half-way or ignore Range.
 */
export async function startLoopbackMirror(directory: string): Promise<LoopbackMirror> {
  const root = resolve(directory);
  const behaviour: MirrorBehaviour = {
    notFound: new Set(),
    dropHalfOnce: new Set(),
    stallOnce: new Set(),
    ignoreRange: false,
  };
  const requests: MirrorRequest[] = [];
  const server = createServer((request, response) => {
    serve(root, behaviour, request, response).then(
      (entry) => requests.push(entry),
      (error: unknown) => {
        response.destroy(error as Error);
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    behaviour,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function serve(
  root: string,
  behaviour: MirrorBehaviour,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<MirrorRequest> {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://mirror').pathname).replace(
    /^\/+/,
    '',
  );
  const range = request.headers.range ?? null;
  const ifRange = (request.headers['if-range'] as string | undefined) ?? null;
  const answer = (status: number, sent = 0): MirrorRequest => ({
    path,
    range,
    ifRange,
    status,
    sent,
  });
  const file = normalize(join(root, path));
  const info = await stat(file).catch(() => null);
  if (!file.startsWith(root + sep) || !info?.isFile() || behaviour.notFound.has(path)) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
    return answer(404);
  }
  const etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  const headers = {
    'accept-ranges': 'bytes',
    'last-modified': info.mtime.toUTCString(),
    etag,
    'content-type': 'application/octet-stream',
  };
  let start = 0;
  let end = info.size - 1;
  let status = 200;
  const wanted = /^bytes=(\d+)-(\d*)$/.exec(range ?? '');
  if (wanted && !behaviour.ignoreRange && (ifRange === null || ifRange === etag)) {
    start = Number(wanted[1]);
    end = wanted[2] ? Math.min(Number(wanted[2]), info.size - 1) : info.size - 1;
    if (start >= info.size || start > end) {
      response.writeHead(416, { 'content-range': `bytes */${info.size}` }).end();
      return answer(416);
    }
    status = 206;
  }
  const length = end - start + 1;
  response.writeHead(status, {
    ...headers,
    'content-length': String(length),
    ...(status === 206 ? { 'content-range': `bytes ${start}-${end}/${info.size}` } : {}),
  });
  if (behaviour.stallOnce.delete(path)) {
    response.flushHeaders();
    await new Promise((resolve) => response.on('close', resolve));
    return answer(status, 0);
  }
  if (behaviour.dropHalfOnce.delete(path)) {
    const half = Math.floor(length / 2);
    const bytes = await readRange(file, start, start + half - 1);
    await new Promise<void>((resolve) => response.write(bytes, () => resolve()));
    // Let the bytes reach the client, then cut the connection without finishing the body.
    await new Promise((resolve) => setTimeout(resolve, 20));
    response.socket?.destroy();
    return answer(status, half);
  }
  await new Promise<void>((resolve, reject) => {
    createReadStream(file, { start, end }).on('error', reject).pipe(response).on('finish', resolve);
  });
  return answer(status, length);
}

async function readRange(file: string, start: number, end: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  if (end < start) return Buffer.alloc(0);
  for await (const chunk of createReadStream(file, { start, end })) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A loopback port that nothing listens on (it was free a moment ago): connecting is refused. */
export async function unusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
