import type { Store } from '../../../src/storage/store.js';

/**
 * Adds one published good practice in Dutch to Twente (NL213), marked as a test entry: the open
 * data holds no practices (regional editors enter them), and a browser test needs one to find.
 */
export async function addTestPractice(
  store: Store,
  practice: { readonly id: string; readonly title: string; readonly description: string },
): Promise<void> {
  await store.transaction(async (tx) => {
    await tx.upsert(
      'good_practices',
      ['id'],
      [
        {
          ...practice,
          region_code: 'NL213',
          topic: 1,
          period_start: '2024-01-01',
          period_end: null,
          resources: null,
          evidence: null,
          transfer_potential: null,
          contact: null,
          source_url: null,
          language: 'nl',
          status: 'published',
          created_at: '2026-01-01T00:00:00Z',
          updated_at: '2026-01-01T00:00:00Z',
        },
      ],
    );
  });
}
