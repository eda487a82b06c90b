import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeClose } from '../../lambda/src/analyzer/index.ts';
import {
  asSpoken,
  expectedPrimary,
  expectedVerdict,
  readLabelledCloses,
  REPO_ROOT,
  type LabelledClose,
} from '../support/corpus.ts';

/** The shared corpora, read at test time only; a clone without ../shared skips them. */
const corpora = [
  { name: 'English', locale: 'en-US', path: resolve(REPO_ROOT, '../shared/corpus/real-closes.dev.jsonl') },
  { name: 'Spanish', locale: 'es-ES', path: resolve(REPO_ROOT, '../shared/corpus/es/real-closes.dev.jsonl') },
];

interface Agreement {
  verdict: number;
  primary: number;
  upbeatJudgedRisky: string[];
  perLabel: Map<string, { agree: number; total: number }>;
}

function measure(closes: LabelledClose[], form: (text: string) => string, locale: string): Agreement {
  let verdict = 0;
  let primary = 0;
  const upbeatJudgedRisky: string[] = [];
  const perLabel = new Map<string, { agree: number; total: number }>();
  for (const row of closes) {
    const analysis = analyzeClose(form(row.text), { locale });
    const expected = expectedPrimary(row);
    const counts = perLabel.get(expected) ?? { agree: 0, total: 0 };
    counts.total += 1;
    if (analysis.primary === expected) {
      primary += 1;
      counts.agree += 1;
    }
    perLabel.set(expected, counts);
    if (analysis.verdict === expectedVerdict(row)) verdict += 1;
    if (expected === 'upbeat_close' && analysis.verdict === 'risky') upbeatJudgedRisky.push(row.id);
  }
  return { verdict: verdict / closes.length, primary: primary / closes.length, upbeatJudgedRisky, perLabel };
}

function report(name: string, agreement: Agreement): void {
  const lines = [...agreement.perLabel.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([label, { agree, total }]) => `  ${label.padEnd(22)} ${agree}/${total}`);
  console.log(
    `${name}: verdict ${(agreement.verdict * 100).toFixed(1)}%, primary ${(agreement.primary * 100).toFixed(1)}%\n${lines.join('\n')}`,
  );
}

for (const corpus of corpora) {
  if (!existsSync(corpus.path)) {
    console.warn(`Skipping the ${corpus.name} corpus: ${corpus.path} is absent`);
    describe.skip(`the real closes of the shared ${corpus.name} corpus`, () => undefined);
    continue;
  }
  const rows = readLabelledCloses(corpus.path);
  describe.each([
    ['written, as in the corpus', (text: string) => text],
    ['spoken, lower case without punctuation', asSpoken],
  ])(`the real closes of the shared ${corpus.name} corpus, %s`, (name, form) => {
    const agreement = measure(rows, form, corpus.locale);
    report(`${corpus.name} ${name}`, agreement);

    it('reads the whole corpus', () => {
      expect(rows.length).toBeGreaterThanOrEqual(100);
    });

    it('agrees with the labelled verdict on at least 95% of closes', () => {
      expect(agreement.verdict).toBeGreaterThanOrEqual(0.95);
    });

    it('leads with the labelled move on at least 90% of closes', () => {
      expect(agreement.primary).toBeGreaterThanOrEqual(0.9);
    });

    it('never judges an upbeat close risky', () => {
      expect(agreement.upbeatJudgedRisky).toEqual([]);
    });
  });
}
