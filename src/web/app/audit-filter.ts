/** The kinds of record the audit trail names (the API's `entity`). */
export const AUDIT_ENTITIES = [
  'visit',
  'finding',
  'commitment',
  'practice',
  'transfer',
  'cluster',
  'setting',
  'user',
  'import',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

/** Rows of the audit trail per page. */
export const AUDIT_PAGE_SIZE = 25;

/** The audit page's filters as its URL holds them (`/beheer/audit?entiteit=&actor=&van=&tot=&pagina=`). */
export interface AuditFilterState {
  readonly entity: AuditEntity | '';
  readonly actor: string;
  /** First day shown, YYYY-MM-DD, or ''. */
  readonly from: string;
  /** Last day shown (inclusive), YYYY-MM-DD, or ''. */
  readonly to: string;
  /** 1-based. */
  readonly page: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The filters a URL's query asks for; anything malformed is dropped. */
export function auditFilterOf(search: URLSearchParams): AuditFilterState {
  const entity = search.get('entiteit') ?? '';
  const day = (name: string) => {
    const value = search.get(name) ?? '';
    return DAY.test(value) ? value : '';
  };
  const page = Number(search.get('pagina') ?? '1');
  return {
    entity: (AUDIT_ENTITIES as readonly string[]).includes(entity) ? (entity as AuditEntity) : '',
    actor: (search.get('actor') ?? '').trim().slice(0, 200),
    from: day('van'),
    to: day('tot'),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The URL parameters of a filter state (empty ones left out by `href`). */
export function auditFilterParams(state: AuditFilterState): Record<string, string | number> {
  return {
    entiteit: state.entity,
    actor: state.actor,
    van: state.from,
    tot: state.to,
    pagina: state.page > 1 ? state.page : '',
  };
}

/** The day after a YYYY-MM-DD date. */
function dayAfter(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * The API's query for a filter state: the last day is inclusive on the page, and the API's `to` is
 * exclusive, so it gets the day after. `withPage` adds limit and offset (the CSV takes none).
 */
export function auditApiParams(
  state: AuditFilterState,
  withPage = true,
): Record<string, string | number> {
  return {
    entity: state.entity,
    actor: state.actor,
    from: state.from,
    to: state.to ? dayAfter(state.to) : '',
    ...(withPage ? { limit: AUDIT_PAGE_SIZE, offset: (state.page - 1) * AUDIT_PAGE_SIZE } : {}),
  };
}
