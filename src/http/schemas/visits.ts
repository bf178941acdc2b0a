/**
 * Visits, their findings and commitments, the follow-up overview and a region's visit history:
 * what the visit routes answer and accept.
 */
import { Type, type Static } from 'typebox';
import {
  COMMITMENT_FILTERS,
  COMMITMENT_STATUSES,
  VISIT_STATUSES,
} from '../../domain/visit-statuses.js';
import {
  ChangesBody,
  NullableString,
  Page,
  pageQueryProperties,
  RegionCode,
  RegionName,
  StringEnum,
  VersionField,
  Nullable,
  closed,
} from './common.js';

export const VisitStatus = StringEnum(VISIT_STATUSES);
export type VisitStatus = Static<typeof VisitStatus>;
export const CommitmentStatus = StringEnum(COMMITMENT_STATUSES);
export type CommitmentStatus = Static<typeof CommitmentStatus>;

const Topic = Type.Integer({
  enum: [1, 2, 3],
  description: '1 innovation system, 2 key areas, 3 regional innovation power',
});

export const AgendaItem = Type.Object(
  { position: Type.Integer(), topic: Nullable(Type.Integer()), title: Type.String() },
  closed,
);

const visitProperties = {
  id: Type.String(),
  region: RegionName,
  date: Type.String({ format: 'date' }),
  venue: NullableString,
  hosts: NullableString,
  participants: NullableString,
  status: VisitStatus,
  agenda: Type.Array(AgendaItem),
  source_id: NullableString,
};

/** A visit of the platform to a region, with its agenda. */
export const VisitSummary = Type.Object(visitProperties, closed);
export type VisitSummary = Static<typeof VisitSummary>;

/** A finding of a visit, on one of the three topics. */
export const Finding = Type.Object(
  {
    id: Type.String(),
    visit_id: Type.String(),
    topic: Type.Integer(),
    text: Type.String(),
    created_at: Type.String(),
    version: Type.Integer(),
  },
  closed,
);
export type Finding = Static<typeof Finding>;

const commitmentProperties = {
  id: Type.String(),
  visit_id: Type.String(),
  description: Type.String(),
  owner: Type.String(),
  due_date: Nullable(Type.String({ format: 'date' })),
  status: CommitmentStatus,
  overdue: Type.Boolean({ description: 'open, and due before today (Dutch date)' }),
  created_at: Type.String(),
  version: Type.Integer(),
};

/** A promise made at a visit: who does what by when, and whether it happened. */
export const Commitment = Type.Object(commitmentProperties, closed);
export type Commitment = Static<typeof Commitment>;

/** A visit with everything recorded at it. */
export const VisitDetail = Type.Object(
  {
    ...visitProperties,
    version: Type.Integer(),
    findings: Type.Array(Finding),
    commitments: Type.Array(Commitment),
  },
  closed,
);
export type VisitDetail = Static<typeof VisitDetail>;

/** A commitment with the visit it was made at. */
export const CommitmentOverviewItem = Type.Object(
  {
    ...commitmentProperties,
    visit: Type.Object({ id: Type.String(), date: Type.String(), region: RegionName }, closed),
  },
  closed,
);
export type CommitmentOverviewItem = Static<typeof CommitmentOverviewItem>;

/** Commitments across all visits, with how many are open and overdue. */
export const CommitmentOverview = Type.Object(
  {
    ...Page(CommitmentOverviewItem).properties,
    today: Type.String({ format: 'date' }),
    counts: Type.Object({ open: Type.Integer(), overdue: Type.Integer() }, closed),
  },
  closed,
);
export type CommitmentOverview = Static<typeof CommitmentOverview>;

/** A visit in a region's history, with what came of it. */
export const VisitHistoryItem = Type.Object(
  {
    ...visitProperties,
    version: Type.Integer(),
    findings: Type.Integer(),
    commitments: Type.Object(
      {
        open: Type.Integer(),
        overdue: Type.Integer(),
        done: Type.Integer(),
        dropped: Type.Integer(),
      },
      closed,
    ),
  },
  closed,
);
export type VisitHistoryItem = Static<typeof VisitHistoryItem>;

/** A region's visit history (including the regions below it), latest first. */
export const RegionVisitHistory = Type.Object(
  { region: RegionName, visits: Type.Array(VisitHistoryItem) },
  closed,
);
export type RegionVisitHistory = Static<typeof RegionVisitHistory>;

// What clients send.

const regionFilter = { ...RegionCode, description: 'Visits to this region or below it' };

export const VisitListQuery = Type.Object(
  {
    status: Type.Optional(VisitStatus),
    from: Type.Optional(Type.String({ format: 'date' })),
    region: Type.Optional(Type.Unsafe<string>(regionFilter)),
    ...pageQueryProperties,
  },
  closed,
);

export const CommitmentListQuery = Type.Object(
  {
    status: Type.Optional(StringEnum(COMMITMENT_FILTERS, { default: 'open' })),
    region: Type.Optional(Type.Unsafe<string>(regionFilter)),
    ...pageQueryProperties,
  },
  closed,
);

const AgendaInput = Type.Array(
  Type.Object(
    {
      topic: Type.Optional(Nullable(Type.Integer({ enum: [1, 2, 3] }))),
      title: Type.String({ minLength: 1, maxLength: 500 }),
    },
    closed,
  ),
  { maxItems: 50, description: 'The agenda in order; default one item per topic' },
);

const visitFields = {
  date: Type.Optional(Type.String({ format: 'date' })),
  venue: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
  hosts: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  participants: Type.Optional(Nullable(Type.String({ maxLength: 5000 }))),
  status: Type.Optional(VisitStatus),
  agenda: Type.Optional(AgendaInput),
};

export const PlanVisitBody = Type.Object(
  { region: RegionCode, ...visitFields, date: Type.String({ format: 'date' }) },
  closed,
);
export const VisitChangesBody = Type.Object({ version: VersionField, ...visitFields }, closed);

const findingText = Type.String({ minLength: 1, maxLength: 20000 });
export const FindingBody = Type.Object({ topic: Topic, text: findingText }, closed);
export const FindingChangesBody = ChangesBody({ topic: Topic, text: findingText }, {});

const commitmentText = {
  description: Type.String({ minLength: 1, maxLength: 5000 }),
  owner: Type.String({ minLength: 1, maxLength: 500 }),
};
const commitmentFields = {
  due_date: Type.Optional(Nullable(Type.String({ format: 'date' }))),
  status: Type.Optional(CommitmentStatus),
};
export const CommitmentBody = Type.Object({ ...commitmentText, ...commitmentFields }, closed);
export const CommitmentChangesBody = ChangesBody(commitmentText, commitmentFields);
