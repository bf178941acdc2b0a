/** Regional funds: the record as readers and editors see it, and what clients send. */
import { Type, type Static } from 'typebox';
import { FUND_INSTRUMENTS, FUND_TARGETS } from '../../domain/sme-content.js';
import { ChangesBody, Nullable, NullableString, RegionName, closed } from './common.js';
import {
  NewContentStatus,
  RegionListQuery,
  smeRecordProperties,
  smeCodes,
  smeText,
} from './sme-content.js';

/** A regional fund as the API, the command line and the SME finder show it. */
export const Fund = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    manager: NullableString,
    size: Nullable(Type.Number()),
    currency: NullableString,
    instruments: Type.Array(Type.String()),
    targets: Type.Array(Type.String()),
    target_sectors: Type.Array(Type.String()),
    regions: Type.Array(RegionName),
    period_start: NullableString,
    period_end: NullableString,
    website: NullableString,
    ...smeRecordProperties,
  },
  closed,
);
export type Fund = Static<typeof Fund>;

export const FundList = Type.Object({ items: Type.Array(Fund) }, closed);

export const FundListQuery = RegionListQuery('NUTS code: funds that serve it');

const period = smeText(10, 'YYYY, YYYY-MM or YYYY-MM-DD');
/** The fields a client sends for a fund; the service checks the lists against their values. */
const fundFields = {
  manager: smeText(300),
  size: Type.Optional(Nullable(Type.Number(), { description: 'The size in `currency`' })),
  currency: Type.Optional(Type.String({ maxLength: 3, description: 'ISO 4217, default EUR' })),
  instruments: Type.Optional(
    Type.Array(Type.String({ maxLength: 30 }), {
      maxItems: 10,
      description: FUND_INSTRUMENTS.join(', '),
    }),
  ),
  targets: Type.Optional(
    Type.Array(Type.String({ maxLength: 20 }), {
      maxItems: 10,
      description: FUND_TARGETS.join(', '),
    }),
  ),
  period_start: period,
  period_end: period,
  website: smeText(2000),
  source_url: smeText(2000, 'Where the facts come from'),
};
const name = Type.String({ maxLength: 300 });
const regions = smeCodes('NUTS codes of the regions the fund serves; replaces the list');

/** A new fund: a name and at least one region. */
export const NewFundBody = Type.Object(
  { name, regions, ...fundFields, status: Type.Optional(NewContentStatus) },
  closed,
);
export type NewFundBody = Static<typeof NewFundBody>;

/** Changes to a fund: the version last read and the fields to change. */
export const FundChangesBody = ChangesBody({ name, regions }, fundFields);
export type FundChanges = Static<typeof FundChangesBody>;
