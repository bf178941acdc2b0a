// The worker thread of render-dossier-off-thread.ts: renders each dossier it is sent and posts the
// file back (or the error's message), one at a time.
import { parentPort } from 'node:worker_threads';
import type { DossierInputs } from '../services/dossier/dossier-inputs.js';
import type { Lang } from './i18n.js';
import { renderDossier, type DossierFormat } from './render-dossier.js';

interface Job {
  readonly id: number;
  readonly inputs: DossierInputs;
  readonly options: { format: DossierFormat; lang: Lang };
}

parentPort?.on('message', (job: Job) => {
  renderDossier(job.inputs, job.options).then(
    (file) => {
      const body = new Uint8Array(file.body.buffer, file.body.byteOffset, file.body.byteLength);
      parentPort?.postMessage({ id: job.id, body, contentType: file.contentType });
    },
    (error: unknown) =>
      parentPort?.postMessage({ id: job.id, error: (error as Error).message ?? String(error) }),
  );
});
