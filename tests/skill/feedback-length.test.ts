import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeClose } from '../../lambda/src/analyzer/index.ts';
import { composeFeedback, countWords, MAX_FEEDBACK_WORDS } from '../../lambda/src/skill/coach.ts';
import { Phrases } from '../../lambda/src/skill/phrases.ts';
import { translatorFor } from '../../lambda/src/locales/index.ts';
import { asSpoken, readLabelledCloses, REPO_ROOT } from '../support/corpus.ts';
import { seededRandom } from '../support/conversation.ts';

const closes = [
  resolve(REPO_ROOT, '../shared/corpus/real-closes.dev.jsonl'),
  resolve(REPO_ROOT, 'tests/analyzer/fixtures/own-closes.en.jsonl'),
].flatMap((file) => readLabelledCloses(file).map((row) => asSpoken(row.text)));

describe('the length of the feedback turn, over every close in the corpus and the project set', () => {
  const phrases = new Phrases(translatorFor('en-US'), seededRandom(11));
  const counts = closes
    .map((close) => {
      const feedback = composeFeedback(analyzeClose(close), phrases, {
        format: 'in_person',
        previous: [],
        variant: 0,
      });
      return countWords([...(feedback.reaction ? [feedback.reaction] : []), ...feedback.coaching]);
    })
    .sort((a, b) => a - b);
  const median = counts[Math.floor(counts.length / 2)] ?? 0;
  const max = counts[counts.length - 1] ?? 0;
  console.log(`feedback words over ${counts.length} closes: median ${median}, max ${max}`);

  it('has a median under sixty words', () => {
    expect(median).toBeLessThan(60);
  });

  it(`never goes over ${MAX_FEEDBACK_WORDS} words, reaction included`, () => {
    expect(max).toBeLessThanOrEqual(MAX_FEEDBACK_WORDS);
  });
});

const SPANISH_SHARED = resolve(REPO_ROOT, '../shared/corpus/es/real-closes.dev.jsonl');
if (!existsSync(SPANISH_SHARED))
  console.log(`notice: ${SPANISH_SHARED} is absent; Spanish feedback is measured on the project's sets only`);
const spanishCloses = [
  ...(existsSync(SPANISH_SHARED) ? [SPANISH_SHARED] : []),
  resolve(REPO_ROOT, 'tests/analyzer/fixtures/blind-a.es.jsonl'),
  resolve(REPO_ROOT, 'tests/analyzer/fixtures/blind-b.es.jsonl'),
].flatMap((file) => readLabelledCloses(file).map((row) => asSpoken(row.text)));

describe('the length of the Spanish feedback turn, over every Spanish close', () => {
  const phrases = new Phrases(translatorFor('es-MX'), seededRandom(11));
  const counts = spanishCloses
    .map((close) => {
      const feedback = composeFeedback(analyzeClose(close, { locale: 'es-MX' }), phrases, {
        format: 'video',
        previous: [],
        variant: 0,
      });
      return countWords([...(feedback.reaction ? [feedback.reaction] : []), ...feedback.coaching]);
    })
    .sort((a, b) => a - b);
  const median = counts[Math.floor(counts.length / 2)] ?? 0;
  const max = counts[counts.length - 1] ?? 0;
  console.log(`Spanish feedback words over ${counts.length} closes: median ${median}, max ${max}`);

  it('has a median under sixty words', () => {
    expect(median).toBeLessThan(60);
  });

  it(`never goes over ${MAX_FEEDBACK_WORDS} words, reaction included`, () => {
    expect(max).toBeLessThanOrEqual(MAX_FEEDBACK_WORDS);
  });
});
