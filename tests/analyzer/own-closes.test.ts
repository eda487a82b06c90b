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
  ['own-closes.en.jsonl', 'as written', 0.95, 0.92, 'en-US'],
  ['own-closes.en.jsonl', 'as spoken', 0.95, 0.92, 'en-US'],
  ['holdout-closes.en.jsonl', 'as written', 0.95, 0.9, 'en-US'],
  ['holdout-closes.en.jsonl', 'as spoken', 0.95, 0.9, 'en-US'],
  ['blind-closes.en.jsonl', 'as written', 0.95, 0.92, 'en-US'],
  ['blind-closes.en.jsonl', 'as spoken', 0.95, 0.92, 'en-US'],
  ['fourth-closes.en.jsonl', 'as written', 0.95, 0.9, 'en-US'],
  ['fourth-closes.en.jsonl', 'as spoken', 0.95, 0.9, 'en-US'],
  // Spanish sets written blind; first measures before any pattern was tuned for them are in the README.
  ['blind-a.es.jsonl', 'as written', 0.95, 0.92, 'es-ES'],
  ['blind-a.es.jsonl', 'as spoken', 0.95, 0.92, 'es-ES'],
  ['blind-b.es.jsonl', 'as written', 0.94, 0.9, 'es-MX'],
  ['blind-b.es.jsonl', 'as spoken', 0.94, 0.9, 'es-US'],
] as const;

describe.each(sets)(
  'the independently written closes in %s, %s',
  (file, form, verdictFloor, primaryFloor, locale) => {
    const rows = readLabelledCloses(resolve(REPO_ROOT, 'tests/analyzer/fixtures', file));
    const shape = form === 'as spoken' ? asSpoken : (text: string) => text;
    let verdicts = 0;
    let primaries = 0;
    const upbeatJudgedRisky: string[] = [];
    for (const row of rows) {
      const analysis = analyzeClose(shape(row.text), { locale });
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
