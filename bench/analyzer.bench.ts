import { analyzeClose } from '../lambda/src/analyzer/index.ts';
import { asSpoken, readSharedCorpus } from '../tests/support/corpus.ts';
import { fmt, sample, summarise } from './measure.ts';

/**
 * Analyzer speed over the shared corpus, written and spoken, beside the cost of
 * only lower-casing and splitting the same texts in the same run: the ratio is
 * what to compare across machines.
 */
const corpus = readSharedCorpus('bench analyzer') ?? process.exit(0);
const written = corpus.map((row) => row.text);
const texts = [...written, ...written.map(asSpoken)];
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
