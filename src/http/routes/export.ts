import { Readable } from 'node:stream';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { RegiokrachtError } from '../../domain/errors.js';
import {
  EXPORTS,
  exportFile,
  isExportKind,
  type ExportRequest,
} from '../../services/export/export-file.js';
import { EXPORT_MEDIA_TYPES, type ExportFormat } from '../../services/export/export-format.js';
import { inEventLoopSlices } from '../event-loop-slices.js';
import type { AppDeps } from '../create-app.js';
import { PUBLIC } from '../auth/access-rule.js';
import { Problem } from '../schemas/common.js';
import {
  ExportFileParam,
  IndicatorTableQuery,
  OrganisationTableQuery,
  RegionsGeoJsonQuery,
  type ExportQuery,
} from '../schemas/export.js';

const TAGS = ['exports'];
const errors = { 400: Problem, 404: Problem } as const;

/** What each table export's file holds, for the OpenAPI description. */
const TABLE_SUMMARIES = {
  indicators:
    'Indicator values, one row per indicator, region and year: indicator, region, name, level, year, value, unit, flags, source',
  actors:
    'Organisations (actors): the columns of the actors import template, then activity_type, municipality, placement, source',
  participations:
    'Participations in the column order of the participations import template (it imports again), then role',
} as const;

const FORMAT_NOTES: Readonly<Record<'csv' | 'xlsx' | 'json', string>> = {
  csv: 'RFC 4180 CSV, UTF-8, header row, CRLF; text cells starting with = + - @ get an apostrophe',
  xlsx: 'XLSX workbook: the table (frozen header, numbers as numbers) and a "Sources" sheet',
  json: 'JSON {export, source, rows[]}',
};

const TABLE_QUERIES = {
  indicators: IndicatorTableQuery,
  actors: OrganisationTableQuery,
  participations: OrganisationTableQuery,
} as const;

/** The response of a file download, described for OpenAPI: a body of the format's media type. */
function fileResponse(format: ExportFormat, description: string) {
  const mediaType = EXPORT_MEDIA_TYPES[format].split(';')[0]!;
  return {
    description: `${description}; sent as an attachment (Content-Disposition)`,
    content: {
      [mediaType]: {
        schema: format === 'xlsx' ? { type: 'string', format: 'binary' } : { type: 'string' },
      },
    },
  };
}

/**
 * Downloads: regions with an indicator as GeoJSON, indicator tables, organisations and
 * participations as CSV, XLSX or JSON. A region's network as GEXF is
 * `/api/regions/:code/network.gexf` (routes/analytics.ts).
 */
export function exportRoutes(server: FastifyInstance, deps: AppDeps): void {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();
  const send = async (reply: FastifyReply, request: ExportRequest): Promise<FastifyReply> => {
    const file = await exportFile({ store: deps.store }, request);
    return reply
      .type(file.contentType)
      .header('content-disposition', `attachment; filename="${file.filename}"`)
      .header('x-content-type-options', 'nosniff')
      .send(Readable.from(inEventLoopSlices(file.body), { objectMode: false }));
  };
  const options = (query: ExportQuery) => ({
    indicators: query.indicator?.split(',').map((id) => id.trim()),
    level: query.level,
    year: query.year,
    country: query.country,
    region: query.region,
    scale: query.scale,
    tolerance: query.tolerance,
    allowEmpty: query.allow_empty,
  });

  app.get(
    '/api/export/regions.geojson',
    {
      config: { access: PUBLIC },
      schema: {
        summary:
          'The regions of a NUTS level with one indicator in one year, as GeoJSON: boundaries and properties code, name_nl, name_en, value, unit, flags, with the source (data set, publisher, licence, import file, checksum)',
        tags: TAGS,
        querystring: RegionsGeoJsonQuery,
        response: {
          200: fileResponse(
            'geojson',
            'FeatureCollection with indicator, level, country, year, years, scale, source, geometry_source and one feature per region (value null where there is none)',
          ),
          ...errors,
        },
      },
    },
    (request, reply) =>
      send(reply, { what: 'regions', format: 'geojson', ...options(request.query) }),
  );

  for (const what of ['indicators', 'actors', 'participations'] as const) {
    for (const format of EXPORTS[what]) {
      app.get(
        `/api/export/${what}.${format}`,
        {
          config: { access: PUBLIC },
          schema: {
            summary: `${TABLE_SUMMARIES[what]} (${format.toUpperCase()})`,
            description: FORMAT_NOTES[format],
            tags: TAGS,
            querystring: TABLE_QUERIES[what],
            response: { 200: fileResponse(format, FORMAT_NOTES[format]), ...errors },
          },
        },
        (request, reply) => send(reply, { what, format, ...options(request.query) }),
      );
    }
  }

  // Any other /api/export/<what>.<format>: a known export in a format it is not written in is a
  // bad request (400, naming the formats); anything else is not found.
  app.get(
    '/api/export/:file',
    { config: { access: PUBLIC }, schema: { hide: true, params: ExportFileParam } },
    (request) => {
      const file = request.params.file;
      const dot = file.lastIndexOf('.');
      const what = dot === -1 ? file : file.slice(0, dot);
      const format = dot === -1 ? '' : file.slice(dot + 1);
      if (what === 'network') {
        throw new RegiokrachtError(
          'NOT_FOUND',
          'the network of a region is at /api/regions/{code}/network.gexf',
        );
      }
      if (isExportKind(what)) {
        throw new RegiokrachtError(
          'INVALID_INPUT',
          `the ${what} export is written as ${EXPORTS[what].map((f) => `${what}.${f}`).join(', ')}, not "${format || '(no format)'}"`,
        );
      }
      throw new RegiokrachtError(
        'NOT_FOUND',
        `no export ${file}; the exports are ${Object.keys(EXPORTS)
          .filter((w) => w !== 'network')
          .join(', ')}`,
      );
    },
  );
}
