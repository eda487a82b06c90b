import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { asSpoken, readLabelledCloses, REPO_ROOT } from '../../support/corpus.ts';

const SHARED = resolve(REPO_ROOT, '../shared/corpus/real-closes.dev.jsonl');
const FIXTURES = resolve(REPO_ROOT, 'tests/analyzer/fixtures');

/**
 * Every English close the project can measure the coach on, as speech
 * recognition hands them over: the shared corpus when it is there (skipped with
 * a notice when not), and the project's own labelled sets.
 */
export function spokenCloses(): string[] {
  const files = readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.en.jsonl'))
    .map((name) => resolve(FIXTURES, name));
  if (existsSync(SHARED)) files.unshift(SHARED);
  else console.log(`skipping the shared corpus: ${SHARED} is absent`);
  return files.flatMap((file) => readLabelledCloses(file).map((row) => asSpoken(row.text)));
}
