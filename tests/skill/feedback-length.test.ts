import { describe, expect, it } from 'vitest';
import { analyzeClose } from '../../lambda/src/analyzer/index.ts';
import type { Language } from '../../lambda/src/languages/supported.ts';
import { composeFeedback, countWords, MAX_FEEDBACK_WORDS } from '../../lambda/src/skill/coach.ts';
import { Phrases } from '../../lambda/src/skill/phrases.ts';
import type { InterviewFormat } from '../../lambda/src/skill/session-state.ts';
import { translatorFor } from '../../lambda/src/locales/index.ts';
import { seededRandom } from '../support/conversation.ts';
import { spokenCloses } from '../support/corpus.ts';

const LANGUAGES: [Language, string, InterviewFormat][] = [
  ['en', 'en-US', 'in_person'],
  ['es', 'es-MX', 'video'],
];

describe.each(LANGUAGES)(
  'the feedback turn is one breath in %s, over every close in the corpus and the project sets',
  (language, locale, format) => {
    const phrases = new Phrases(translatorFor(locale), seededRandom(11));
    // Each close is coached as a different turn of a session, so every variation of the wording is measured.
    const counts = spokenCloses('tests/skill/feedback-length.test.ts', language)
      .map((close, turn) => {
        const feedback = composeFeedback(analyzeClose(close, { locale }), phrases, {
          format,
          previous: [],
          variant: turn,
        });
        return countWords([...(feedback.reaction ? [feedback.reaction] : []), ...feedback.coaching]);
      })
      .sort((a, b) => a - b);
    const median = counts[Math.floor(counts.length / 2)] ?? 0;
    const max = counts[counts.length - 1] ?? 0;
    console.log(
      `${locale} feedback words over ${counts.length} closes, reaction included: median ${median}, max ${max}`,
    );

    it('has a median of at most forty words, reaction included', () => {
      expect(median).toBeLessThanOrEqual(40);
    });

    it(`never goes over ${MAX_FEEDBACK_WORDS} words, reaction included`, () => {
      expect(max).toBeLessThanOrEqual(MAX_FEEDBACK_WORDS);
    });
  },
);
