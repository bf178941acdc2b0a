import { Worker } from 'node:worker_threads';
import type { DossierInputs } from '../services/dossier/dossier-inputs.js';
import type { Lang } from './i18n.js';
import type { DossierFormat, RenderedDossier } from './render-dossier.js';

type Reply =
  | { readonly id: number; readonly body: Uint8Array; readonly contentType: string }
  | { readonly id: number; readonly error: string };

/**
 * Renders dossiers on a worker thread of their own, so that laying out a PDF (a second or more of
 * CPU) never holds up the requests the server answers meanwhile. The thread starts with the first
 * dossier and serves the next ones in turn; `close` ends it.
 *
 * @example
 * const renderer = new DossierRendererThread();
 * const file = await renderer.render(await dossiers.inputs('NL213'), { format: 'pdf', lang: 'nl' });
 */
export class DossierRendererThread {
  #worker: Worker | null = null;
  #next = 0;
  readonly #waiting = new Map<
    number,
    { resolve: (file: RenderedDossier) => void; reject: (error: Error) => void }
  >();

  render(
    inputs: DossierInputs,
    options: { format: DossierFormat; lang: Lang },
  ): Promise<RenderedDossier> {
    const worker = this.#started();
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      worker.postMessage({ id, inputs, options });
    });
  }

  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = null;
    await worker?.terminate();
  }

  #started(): Worker {
    if (this.#worker) return this.#worker;
    const worker = import.meta.url.endsWith('.ts')
      ? // From the sources (tests, tsx) the worker is TypeScript too: it registers tsx first.
        new Worker(
          `import('tsx/esm/api').then((tsx) => tsx.register()).then(() => import(${JSON.stringify(
            new URL('./render-dossier-worker.ts', import.meta.url).href,
          )}))`,
          { eval: true },
        )
      : new Worker(new URL('./render-dossier-worker.js', import.meta.url));
    worker.unref();
    worker.on('message', (reply: Reply) => {
      const waiting = this.#waiting.get(reply.id);
      this.#waiting.delete(reply.id);
      if ('error' in reply) waiting?.reject(new Error(reply.error));
      else waiting?.resolve({ body: Buffer.from(reply.body), contentType: reply.contentType });
    });
    worker.on('error', (error) => this.#failAll(error));
    worker.on('exit', (code) => {
      if (this.#worker === worker) this.#worker = null;
      this.#failAll(new Error(`the dossier renderer stopped (exit code ${code})`));
    });
    this.#worker = worker;
    return worker;
  }

  #failAll(error: Error): void {
    for (const { reject } of this.#waiting.values()) reject(error);
    this.#waiting.clear();
  }
}
