import type { FastifyReply } from 'fastify';

/** A document laid out on the server: its bytes and their media type. */
interface RenderedDocument {
  readonly body: Buffer;
  readonly contentType: string;
}

/**
 * Sends a dossier or report, never cached. An HTML document needs nothing from elsewhere: its
 * policy lets it load nothing but its own styles.
 */
export function sendDocument(
  reply: FastifyReply,
  file: RenderedDocument,
  disposition: { readonly as: 'inline' | 'attachment'; readonly filename: string },
): FastifyReply {
  if (file.contentType.startsWith('text/html'))
    reply.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'");
  return reply
    .type(file.contentType)
    .header('content-disposition', `${disposition.as}; filename="${disposition.filename}"`)
    .header('cache-control', 'no-store')
    .send(file.body);
}

/** Sends a network as a GEXF file to download (it opens in Gephi). */
export function sendGexf(reply: FastifyReply, filename: string, gexf: string): FastifyReply {
  return reply
    .type('application/gexf+xml; charset=utf-8')
    .header('content-disposition', `attachment; filename="${filename}"`)
    .send(gexf);
}
