import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeClose } from '../../lambda/src/analyzer/index.ts';
import { composeFeedback, countWords, MAX_FEEDBACK_WORDS } from '../../lambda/src/skill/coach.ts';
import { Phrases } from '../../lambda/src/skill/phrases.ts';
import { translatorFor } from '../../lambda/src/locales/index.ts';
import { asSpoken, readLabelledCloses, readSharedCorpus, REPO_ROOT } from '../support/corpus.ts';
import { seededRandom } from '../support/conversation.ts';

// Without the shared corpus beside the repository, the project's own set still bounds the length.
const closes = [
  ...(readSharedCorpus('tests/skill/feedback-length.test.ts') ?? []),
  ...readLabelledCloses(resolve(REPO_ROOT, 'tests/analyzer/fixtures/own-closes.en.jsonl')),
].map((row) => asSpoken(row.text));

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
