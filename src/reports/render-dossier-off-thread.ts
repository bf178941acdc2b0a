import type { DossierInputs } from '../services/dossier/dossier-inputs.js';
import { WorkerThread } from '../services/shared/worker-thread.js';
import type { Lang } from './i18n.js';
import type { DossierFormat, RenderedDossier } from './render-dossier.js';

/** What the renderer thread is sent, and what it answers. */
export interface DossierJob {
  readonly inputs: DossierInputs;
  readonly options: { format: DossierFormat; lang: Lang };
}
export interface DossierFile {
  readonly body: Uint8Array;
  readonly contentType: string;
}

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
  readonly #thread = new WorkerThread<DossierJob, DossierFile>(
    import.meta.url,
    'render-dossier-worker',
  );

  async render(
    inputs: DossierInputs,
    options: { format: DossierFormat; lang: Lang },
  ): Promise<RenderedDossier> {
    const file = await this.#thread.call({ inputs, options });
    return { body: Buffer.from(file.body), contentType: file.contentType };
  }

  close(): Promise<void> {
    return this.#thread.close();
  }
}
