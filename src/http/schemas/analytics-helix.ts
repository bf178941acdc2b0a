/** Topic 1: a region's helix composition and triple-helix synergy (GET /api/regions/:code/helix). */
import { Type, type Static } from 'typebox';
import { HelixRoleCounts, Nullable, Source, closed } from './common.js';
import { coveredProperties, langQuery, notMeasuredSchema } from './measure-status.js';
import { Pair } from './pair.js';

export const HelixQuery = Type.Object(
  {
    resamples: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 10000,
        description: 'bootstrap resamples (default 1000; other values for signed-in users only)',
      }),
    ),
    seed: Type.Optional(
      Type.Integer({
        description: 'bootstrap seed (default 1; other values for signed-in users only)',
      }),
    ),
    lang: Type.Optional(langQuery),
  },
  closed,
);
export type HelixQuery = Static<typeof HelixQuery>;

const projects = Type.Integer();
/** Projects per helix configuration: U(niversity), I(ndustry), G(overnment) and their pairs. */
const HelixConfigurations = Type.Object(
  {
    U: projects,
    I: projects,
    G: projects,
    UI: projects,
    UG: projects,
    IG: projects,
    UIG: projects,
  },
  closed,
);

const Interval = Nullable(Pair(Type.Number()), {
  description: 'percentile bootstrap 95% interval of T, in millibits; null when T is',
});

/**
 * A region's helix figures; the counts are null when the region cannot be measured or no
 * organisation is placed in it (`coverage.region_organisations` 0).
 */
export const Helix = Type.Object(
  {
    region: Type.String(),
    ...coveredProperties,
    projects: Nullable(Type.Integer(), {
      description:
        'projects with at least one participant located in the region from business (I), research or education (U) or government (G): those T is computed over',
    }),
    projects_without_helix_role: Nullable(Type.Integer(), {
      description:
        "the region's other projects, left out of `projects` and T: each has participants located in the region, none of them from business, research, education or government (all have the helix role other); `projects` plus these are all the region's projects",
    }),
    configurations: Nullable(HelixConfigurations),
    t_millibits: Nullable(Type.Number(), {
      description:
        'triple-helix synergy T in millibits; null without projects or when one of U, I, G takes part in none or all of them (T is then 0 by its formula): `not_measured` says why',
    }),
    t_ci95_millibits: Interval,
    composition: Nullable(
      Type.Object({ actors: HelixRoleCounts, participations: HelixRoleCounts }, closed),
    ),
    not_measured: notMeasuredSchema(['t_millibits'] as const),
    source: Source,
  },
  closed,
);
export type Helix = Static<typeof Helix>;
