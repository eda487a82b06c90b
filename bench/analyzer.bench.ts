import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeClose } from '../lambda/src/analyzer/index.ts';
import { asSpoken, readLabelledCloses, REPO_ROOT } from '../tests/support/corpus.ts';
import { fmt, sample, summarise } from './measure.ts';

/**
 * Analyzer speed over the shared corpus, written and spoken, beside the cost of
 * only lower-casing and splitting the same texts in the same run: the ratio is
 * what to compare across machines.
 */
const corpusPath = resolve(REPO_ROOT, '../shared/corpus/real-closes.dev.jsonl');
if (!existsSync(corpusPath)) {
  console.error(`The shared corpus is missing at ${corpusPath}`);
  process.exit(1);
}
const written = readLabelledCloses(corpusPath).map((row) => row.text);
const texts = [...written, ...written.map(asSpoken)];
const spanishPath = resolve(REPO_ROOT, '../shared/corpus/es/real-closes.dev.jsonl');
const spanishWritten = existsSync(spanishPath) ? readLabelledCloses(spanishPath).map((row) => row.text) : [];
const spanishTexts = [...spanishWritten, ...spanishWritten.map(asSpoken)];
const spanish = (text: string) => analyzeClose(text, { locale: 'es-ES' });
const ROUNDS = 200;

const baseline = (text: string) => text.toLowerCase().split(/\s+/).length;
sample(texts, 20, (text) => analyzeClose(text));
sample(texts, 20, baseline);

const analyzer = summarise(sample(texts, ROUNDS, (text) => analyzeClose(text)));
const bare = summarise(sample(texts, ROUNDS, baseline));

const long = [
  'thank you so much i really enjoyed it how did i do '.repeat(200).slice(0, 10_000),
  'do you have any concerns '.repeat(400).slice(0, 10_000),
  'a'.repeat(10_000),
  '?,. '.repeat(2500),
];
const longCase = summarise(sample(long, 20, (text) => analyzeClose(text)));

// Growth on very long input: a linear analyzer takes about 4x as long for 4x the text.
const unit = 'thank you so much i really enjoyed it how did i do do you have any concerns ';
const timeFor = (chars: number) => {
  const text = unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
  const start = performance.now();
  analyzeClose(text);
  return performance.now() - start;
};
timeFor(50_000);
const quarter = timeFor(250_000);
const million = timeFor(1_000_000);

console.log(
  `Analyzer benchmark: ${texts.length} closes (corpus written + spoken) x ${ROUNDS} rounds, Node ${process.version}`,
);
console.log(
  `  analyzeClose          median ${fmt(analyzer.medianUs)} us, p99 ${fmt(analyzer.p99Us)} us, ${fmt(analyzer.perSecond, 0)} closes/s`,
);
console.log(
  `  lower-case and split  median ${fmt(bare.medianUs, 2)} us, p99 ${fmt(bare.p99Us, 2)} us, ${fmt(bare.perSecond, 0)} closes/s`,
);
console.log(
  `  ratio (median)        ${fmt(analyzer.medianUs / Math.max(bare.medianUs, 0.001), 0)}x the bare pass`,
);
console.log(
  `  10 000-character input: median ${fmt(longCase.medianUs / 1000, 2)} ms, max ${fmt(longCase.maxUs / 1000, 2)} ms`,
);
console.log(
  `  growth: 250 000 chars ${fmt(quarter, 0)} ms, 1 000 000 chars ${fmt(million, 0)} ms, ratio ${fmt(million / quarter, 1)}x for 4x the text`,
);
if (spanishTexts.length === 0) {
  console.log(`  Spanish corpus absent at ${spanishPath}: skipped`);
} else {
  sample(spanishTexts, 20, spanish);
  const es = summarise(sample(spanishTexts, ROUNDS, spanish));
  console.log(
    `  analyzeClose es-ES    median ${fmt(es.medianUs)} us, p99 ${fmt(es.p99Us)} us over ${spanishTexts.length} Spanish closes (${fmt(es.medianUs / Math.max(bare.medianUs, 0.001), 0)}x the bare pass)`,
  );
}
