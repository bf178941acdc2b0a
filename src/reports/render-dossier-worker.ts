// The worker thread of render-dossier-off-thread.ts: renders each dossier it is sent and posts the
// file back (its bytes moved, not copied), one at a time.
import { answerOnThread } from '../services/shared/worker-thread.js';
import type { DossierFile, DossierJob } from './render-dossier-off-thread.js';
import { renderDossier } from './render-dossier.js';

answerOnThread(
  async (job: DossierJob): Promise<DossierFile> => {
    const file = await renderDossier(job.inputs, job.options);
    return {
      body: new Uint8Array(file.body.buffer, file.body.byteOffset, file.body.byteLength),
      contentType: file.contentType,
    };
  },
  // Moved only when the file has its memory to itself (a small Buffer shares Node's pool).
  (file) =>
    file.body.buffer instanceof ArrayBuffer && file.body.byteLength === file.body.buffer.byteLength
      ? [file.body.buffer]
      : [],
);
