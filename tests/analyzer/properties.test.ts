import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeClose } from '../../lambda/src/analyzer/index.ts';

const closeWords = [
  // Names every JavaScript object has: a word list kept in a plain object would "find" them.
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'valueOf',
  "o'constructor",
  'thank',
  'you',
  'so',
  'much',
  'how',
  'did',
  'i',
  'do',
  'any',
  'concerns',
  'when',
  'can',
  'start',
  "don't",
  'dont',
  'not',
  'need',
  'this',
  'job',
  'what',
  'are',
  'the',
  'next',
  'steps',
  'salary',
  'sorry',
  'nervous',
  'hope',
  'to',
  'hear',
  'from',
  'um',
  'uh',
  'really',
  'enjoyed',
  'team',
  'is',
  'there',
  'anything',
  'else',
  'if',
  'offer',
  'me',
];

/** Text shaped like speech: real close words in random order, with stray punctuation. */
const speechLike = fc
  .array(fc.oneof(fc.constantFrom(...closeWords), fc.constantFrom(',', '.', '?', '!', '...', '-', "'")), {
    maxLength: 60,
  })
  .map((parts) => parts.join(' '));

const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  speechLike,
  fc.constantFrom(
    '<speak>&amp;</speak>',
    '\u0000\u0007\u001b[31m',
    '🙂 thank you 🙏',
    'ＴＨＡＮＫ ＹＯＵ',
    "''''",
    'i’m thrilled',
  ),
);

describe('the analyzer on any input', () => {
  it('never throws and always gives a well-formed analysis', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const analysis = analyzeClose(text);
        expect(['strong', 'needs_work', 'risky', 'empty']).toContain(analysis.verdict);
        expect(analysis.score).toBeGreaterThanOrEqual(0);
        expect(analysis.score).toBeLessThanOrEqual(100);
        expect(analysis.wordCount).toBeGreaterThanOrEqual(0);
        expect(typeof analysis.example).toBe('string');
        expect(analysis.example.length).toBeGreaterThan(0);
      }),
      { numRuns: 1500 },
    );
  });

  it('is deterministic: the same words give the same analysis', () => {
    fc.assert(
      fc.property(
        anyText,
        fc.record({ role: fc.string({ maxLength: 20 }), company: fc.string({ maxLength: 20 }) }),
        (text, context) => {
          expect(analyzeClose(text, context)).toEqual(analyzeClose(text, context));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('quotes every piece of evidence exactly from the transcript', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const analysis = analyzeClose(text);
        for (const move of analysis.moves) {
          expect(move.start).toBeGreaterThanOrEqual(0);
          expect(move.end).toBeGreaterThan(move.start);
          expect(analysis.transcript.slice(move.start, move.end)).toBe(move.evidence);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('agrees verdict and primary: risky moves lead to a risky verdict, none to "other"', () => {
    fc.assert(
      fc.property(speechLike, (text) => {
        const analysis = analyzeClose(text);
        const labels = analysis.moves.map((move) => move.label);
        if (analysis.verdict === 'empty') expect(labels).toEqual([]);
        else if (labels.length === 0) expect(analysis.primary).toBe('other');
        else expect(labels).toContain(analysis.primary);
      }),
      { numRuns: 1000 },
    );
  });

  it('handles 10 000 characters of speech and of noise', () => {
    const longSpeech = 'thank you so much i really enjoyed it how did i do '.repeat(200).slice(0, 10_000);
    const noise = '@#$%^&*()<>{}[]'.repeat(700).slice(0, 10_000);
    const oneWord = 'a'.repeat(10_000);
    for (const text of [longSpeech, noise, oneWord]) {
      const analysis = analyzeClose(text);
      expect(analysis.transcript.length).toBe(text.length);
    }
    expect(analyzeClose(longSpeech).long).toBe(true);
  });
});
