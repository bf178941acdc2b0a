import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openInitialisedStore } from '../../../test/support/initialised-store.js';
import { testBackend } from '../../../test/support/test-store.js';
import type { Store } from '../../storage/store.js';
import { commitmentOverview } from './commitment-overview.js';
import { addCommitment, updateCommitment } from './commitments.js';
import { getVisit } from './get-visit.js';
import { planVisit } from './plan-visit.js';
import { regionVisitHistory } from './region-visit-history.js';
import { updateVisit } from './update-visit.js';
import { VersionConflictError } from '../../domain/version-conflict-error.js';
import { addFinding, updateFinding } from './visit-findings.js';

// A fixed clock: 1 March 2027, 10:00 in the Netherlands.
const now = () => new Date('2027-03-01T09:00:00Z');

describe(`visits, findings and commitments on ${testBackend}`, () => {
  let store: Store;
  let deps: { store: Store; now: () => Date };
  beforeAll(async () => {
    store = await openInitialisedStore(() => new Date('2026-11-28T10:00:00Z'));
    deps = { store, now };
  });
  afterAll(() => store.close());

  it('plans a visit with its agenda per topic and reads it back', async () => {
    const planned = await planVisit(deps, {
      region: 'nl414',
      date: '2027-05-12',
      venue: 'Test venue, Eindhoven',
      hosts: 'Test host platform',
      participants: 'Test participants',
      agenda: [
        { topic: null, title: 'Welcome' },
        { topic: 2, title: 'Test item on the key areas' },
      ],
    });
    expect(planned).toMatchObject({
      id: 'visit-nl414-2027-05-12',
      region: { code: 'NL414' },
      date: '2027-05-12',
      status: 'planned',
      version: 1,
      agenda: [
        { position: 1, topic: null, title: 'Welcome' },
        { position: 2, topic: 2, title: 'Test item on the key areas' },
      ],
      findings: [],
      commitments: [],
    });
    expect(await getVisit(deps, planned.id)).toEqual(planned);
    // A second visit on the same day gets its own id; no agenda given = one item per topic.
    const second = await planVisit(deps, { region: 'NL414', date: '2027-05-12' });
    expect(second.id).toBe('visit-nl414-2027-05-12-2');
    expect(second.agenda.map((a) => a.topic)).toEqual([1, 2, 3]);
  });

  it('refuses bad input with INVALID_INPUT naming the field, and writes nothing', async () => {
    const before = await regionVisitHistory(deps, 'NL');
    await expect(planVisit(deps, { region: 'NL999', date: '2027-05-12' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/^region: no region with code NL999/),
    });
    await expect(planVisit(deps, { region: 'NL213', date: '2027-02-30' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/^date: "2027-02-30" is not a date/),
    });
    await expect(
      planVisit(deps, { region: 'NL213', date: '2027-06-01', agenda: [{ topic: 4, title: 'x' }] }),
    ).rejects.toMatchObject({
      message: expect.stringMatching(/^agenda\[0\]\.topic: 4 is not a topic/),
    });
    await expect(
      addCommitment(deps, 'visit-twente', { description: 'Test', owner: ' ', due_date: null }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/^owner:/) });
    await expect(addFinding(deps, 'no-such-visit', { topic: 1, text: 'x' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await regionVisitHistory(deps, 'NL')).toEqual(before);
  });

  it('records findings per topic and commitments on the Twente starter visit, and changes them', async () => {
    const finding = await addFinding(deps, 'visit-twente', {
      topic: 3,
      text: 'Test finding: the spearheads share one investment fund.',
    });
    expect(finding).toMatchObject({ visit_id: 'visit-twente', topic: 3, version: 1 });
    const changed = await updateFinding(deps, finding.id, { version: 1, topic: 1 });
    expect(changed).toMatchObject({ topic: 1, text: finding.text, version: 2 });

    const commitment = await addCommitment(deps, 'visit-twente', {
      description: 'Test commitment: send the SME contact figures',
      owner: 'Test owner',
      due_date: '2027-04-01',
    });
    expect(commitment).toMatchObject({ status: 'open', overdue: false, version: 1 });
    const done = await updateCommitment(deps, commitment.id, { version: 1, status: 'done' });
    expect(done).toMatchObject({ status: 'done', version: 2 });

    const visit = await getVisit(deps, 'visit-twente');
    expect(visit.region.code).toBe('NL213');
    expect(visit.findings.map((f) => f.id)).toContain(finding.id);
    expect(visit.commitments.find((c) => c.id === commitment.id)).toMatchObject({
      status: 'done',
    });
  });

  it('raises the version on every update and refuses a stale one with the current record', async () => {
    const visit = await planVisit(deps, { region: 'NL21', date: '2027-09-01' });
    const first = await updateVisit(deps, visit.id, { version: 1, venue: 'Test hall' });
    expect(first).toMatchObject({ venue: 'Test hall', version: 2 });
    const stale = updateVisit(deps, visit.id, { version: 1, venue: 'Another test hall' });
    await expect(stale).rejects.toBeInstanceOf(VersionConflictError);
    await expect(stale).rejects.toMatchObject({
      code: 'CONFLICT',
      current: { id: visit.id, venue: 'Test hall', version: 2 },
    });
    const agenda = await updateVisit(deps, visit.id, {
      version: 2,
      status: 'done',
      agenda: [{ topic: 1, title: 'Test helix round table' }],
    });
    expect(agenda).toMatchObject({ status: 'done', version: 3, venue: 'Test hall' });
    expect(agenda.agenda).toEqual([{ position: 1, topic: 1, title: 'Test helix round table' }]);
    await expect(updateVisit(deps, visit.id, { venue: 'x' } as never)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/^version: is required/),
    });
  });

  it('Commitments past their due date show as overdue with a fixed clock', async () => {
    const visit = await planVisit(deps, { region: 'NL12', date: '2027-01-15', status: 'done' });
    const late = await addCommitment(deps, visit.id, {
      description: 'Test: due yesterday',
      owner: 'Test A',
      due_date: '2027-02-28',
    });
    const today = await addCommitment(deps, visit.id, {
      description: 'Test: due today',
      owner: 'Test B',
      due_date: '2027-03-01',
    });
    const undated = await addCommitment(deps, visit.id, {
      description: 'Test: no due date',
      owner: 'Test C',
    });
    const dropped = await addCommitment(deps, visit.id, {
      description: 'Test: dropped, long past due',
      owner: 'Test D',
      due_date: '2026-01-01',
      status: 'dropped',
    });
    expect(late.overdue).toBe(true);
    expect(today.overdue).toBe(false);
    expect(undated.overdue).toBe(false);
    expect(dropped.overdue).toBe(false);

    const page = { limit: 100, offset: 0 };
    const overdue = await commitmentOverview(deps, { status: 'overdue', region: 'NL12' }, page);
    expect(overdue.today).toBe('2027-03-01');
    expect(overdue.items.map((c) => c.id)).toEqual([late.id]);
    expect(overdue.items[0]).toMatchObject({
      overdue: true,
      visit: { id: visit.id, date: '2027-01-15', region: { code: 'NL12' } },
    });
    expect(overdue.counts).toEqual({ open: 3, overdue: 1 });
    const open = await commitmentOverview(deps, { region: 'NL12' }, page);
    // Earliest due date first, those without one last.
    expect(open.items.map((c) => c.id)).toEqual([late.id, today.id, undated.id]);

    // At 23:30 UTC it is already 2 March in the Netherlands: the commitment due on 1 March is
    // overdue too. The Dutch date counts, not the UTC one.
    const later = { store, now: () => new Date('2027-03-01T23:30:00Z') };
    const next = await commitmentOverview(later, { status: 'overdue', region: 'NL12' }, page);
    expect(next.today).toBe('2027-03-02');
    expect(next.items.map((c) => c.id)).toEqual([late.id, today.id]);
    expect((await getVisit(later, visit.id)).commitments.filter((c) => c.overdue)).toHaveLength(2);
  });

  it("gives a region's visit history, latest first, including the regions below it", async () => {
    const history = await regionVisitHistory(deps, 'nl4');
    expect(history.region).toMatchObject({ code: 'NL4' });
    expect(history.visits.map((v) => v.id)).toEqual([
      'visit-nl414-2027-05-12',
      'visit-nl414-2027-05-12-2',
    ]);
    const nl12 = await regionVisitHistory(deps, 'NL12');
    expect(nl12.visits[0]).toMatchObject({
      status: 'done',
      findings: 0,
      commitments: { open: 3, overdue: 1, done: 0, dropped: 1 },
    });
    await expect(regionVisitHistory(deps, 'XX9')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
