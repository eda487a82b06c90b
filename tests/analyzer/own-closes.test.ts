import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeClose } from '../../lambda/src/analyzer/index.ts';
import {
  asSpoken,
  expectedPrimary,
  expectedVerdict,
  readLabelledCloses,
  REPO_ROOT,
} from '../support/corpus.ts';

/**
 * Closes written for this project by people who did not see the analyzer's
 * patterns: speech-like and written, with near misses. A second check, beside
 * the shared corpus, that the analyzer understands rather than memorises.
 */
const sets = [
  ['own-closes.en.jsonl', 'as written', 0.95, 0.92],
  ['own-closes.en.jsonl', 'as spoken', 0.95, 0.92],
  ['holdout-closes.en.jsonl', 'as written', 0.95, 0.9],
  ['holdout-closes.en.jsonl', 'as spoken', 0.95, 0.9],
  ['blind-closes.en.jsonl', 'as written', 0.95, 0.92],
  ['blind-closes.en.jsonl', 'as spoken', 0.95, 0.92],
  ['fourth-closes.en.jsonl', 'as written', 0.95, 0.9],
  ['fourth-closes.en.jsonl', 'as spoken', 0.95, 0.9],
] as const;

describe.each(sets)(
  'the independently written closes in %s, %s',
  (file, form, verdictFloor, primaryFloor) => {
    const rows = readLabelledCloses(resolve(REPO_ROOT, 'tests/analyzer/fixtures', file));
    const shape = form === 'as spoken' ? asSpoken : (text: string) => text;
    let verdicts = 0;
    let primaries = 0;
    const upbeatJudgedRisky: string[] = [];
    for (const row of rows) {
      const analysis = analyzeClose(shape(row.text));
      if (analysis.verdict === expectedVerdict(row)) verdicts += 1;
      if (analysis.primary === expectedPrimary(row)) primaries += 1;
      if (expectedPrimary(row) === 'upbeat_close' && analysis.verdict === 'risky')
        upbeatJudgedRisky.push(row.id);
    }
    console.log(
      `${file} ${form}: ${rows.length} closes, verdict ${((verdicts / rows.length) * 100).toFixed(1)}%, primary ${((primaries / rows.length) * 100).toFixed(1)}%`,
    );

    it(`agrees on the verdict for at least ${verdictFloor * 100}%`, () => {
      expect(verdicts / rows.length).toBeGreaterThanOrEqual(verdictFloor);
    });

    it(`leads with the labelled move for at least ${primaryFloor * 100}%`, () => {
      expect(primaries / rows.length).toBeGreaterThanOrEqual(primaryFloor);
    });

    it('never judges an upbeat close risky', () => {
      expect(upbeatJudgedRisky).toEqual([]);
    });
  },
);
