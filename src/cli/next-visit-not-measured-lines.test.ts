import { describe, expect, it } from 'vitest';
import { nextVisitNotMeasuredLines } from './next-visit-not-measured-lines.js';

const part = (name: 'recency' | 'strength' | 'gaps' | 'connect', reason: string | null) => ({
  part: name,
  reason,
});

describe('nextVisitNotMeasuredLines', () => {
  it('gives one line per reason and its parts, naming the regions it holds for', () => {
    const lines = nextVisitNotMeasuredLines(
      [
        {
          region: 'NL124',
          score_reason: null,
          parts: [part('recency', null), part('strength', 'no scores'), part('gaps', 'no scores')],
        },
        {
          region: 'NL342',
          score_reason: null,
          parts: [
            part('recency', null),
            part('strength', 'no scores'),
            part('gaps', 'no scores'),
            part('connect', 'none compared'),
          ],
        },
        { region: 'NL111', score_reason: null, parts: [part('recency', null)] },
      ],
      (p) => p.toUpperCase(),
    );
    expect(lines).toEqual([
      '  STRENGTH, GAPS: no scores (NL124, NL342)',
      '  CONNECT: none compared (NL342)',
    ]);
  });

  it('adds a line for each region without a score, and none when everything is measured', () => {
    expect(
      nextVisitNotMeasuredLines(
        [{ region: 'NL342', score_reason: 'nothing weighed', parts: [part('gaps', 'no scores')] }],
        (p) => p,
      ),
    ).toEqual(['  gaps: no scores (NL342)', '  NL342: nothing weighed']);
    expect(
      nextVisitNotMeasuredLines(
        [{ region: 'NL111', score_reason: null, parts: [part('recency', null)] }],
        (p) => p,
      ),
    ).toEqual([]);
  });
});
