import { describe, expect, it } from 'vitest';
import { analyzeClose } from '../../lambda/src/analyzer/index.ts';
import { composeFeedback, countWords, MAX_FEEDBACK_WORDS } from '../../lambda/src/skill/coach.ts';
import { Phrases } from '../../lambda/src/skill/phrases.ts';
import { translatorFor } from '../../lambda/src/locales/index.ts';
import { seededRandom } from '../support/conversation.ts';
import { spokenCloses } from '../support/corpus.ts';

const closes = spokenCloses('tests/skill/feedback-length.test.ts');

describe('the feedback turn is one breath, over every close in the corpus and the project sets', () => {
  const phrases = new Phrases(translatorFor('en-US'), seededRandom(11));
  // Each close is coached as a different turn of a session, so every variation of the wording is measured.
  const counts = closes
    .map((close, turn) => {
      const feedback = composeFeedback(analyzeClose(close), phrases, {
        format: 'in_person',
        previous: [],
        variant: turn,
      });
      return countWords([...(feedback.reaction ? [feedback.reaction] : []), ...feedback.coaching]);
    })
    .sort((a, b) => a - b);
  const median = counts[Math.floor(counts.length / 2)] ?? 0;
  const max = counts[counts.length - 1] ?? 0;
  console.log(`feedback words over ${counts.length} closes, reaction included: median ${median}, max ${max}`);

  it('has a median of at most forty words, reaction included', () => {
    expect(median).toBeLessThanOrEqual(40);
  });

  it(`never goes over ${MAX_FEEDBACK_WORDS} words, reaction included`, () => {
    expect(max).toBeLessThanOrEqual(MAX_FEEDBACK_WORDS);
  });
});

const spanishCloses = spokenCloses('tests/skill/feedback-length.test.ts', 'es');

describe('the Spanish feedback turn is one breath too, over every Spanish close', () => {
  const phrases = new Phrases(translatorFor('es-MX'), seededRandom(11));
  const counts = spanishCloses
    .map((close, turn) => {
      const feedback = composeFeedback(analyzeClose(close, { locale: 'es-MX' }), phrases, {
        format: 'video',
        previous: [],
        variant: turn,
      });
      return countWords([...(feedback.reaction ? [feedback.reaction] : []), ...feedback.coaching]);
    })
    .sort((a, b) => a - b);
  const median = counts[Math.floor(counts.length / 2)] ?? 0;
  const max = counts[counts.length - 1] ?? 0;
  console.log(
    `Spanish feedback words over ${counts.length} closes, reaction included: median ${median}, max ${max}`,
  );

  it('has a median of at most forty words, reaction included', () => {
    expect(median).toBeLessThanOrEqual(40);
  });

  it(`never goes over ${MAX_FEEDBACK_WORDS} words, reaction included`, () => {
    expect(max).toBeLessThanOrEqual(MAX_FEEDBACK_WORDS);
  });
});
