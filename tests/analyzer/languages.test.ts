import { describe, expect, it } from 'vitest';
import {
  analyzeClose,
  exampleClose,
  MAX_CLOSE_WORDS,
  UnsupportedLanguageError,
} from '../../lambda/src/analyzer/index.ts';
import { LANGUAGES, SUPPORTED_LANGUAGES } from '../../lambda/src/languages/supported.ts';
import { resources } from '../../lambda/src/locales/index.ts';

/** Behaviour that holds in every supported language; wording is checked per language elsewhere. */
const locales = SUPPORTED_LANGUAGES.flatMap((language) => [...LANGUAGES[language].locales]);
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe.each(locales)('the analyzer in %s', (locale) => {
  const contexts = [{}, { role: 'x' }, { company: 'Acme' }, { role: 'x', company: 'Acme' }].map(
    (context) => ({
      ...context,
      locale,
    }),
  );

  it('quotes every move from the transcript it analysed', () => {
    const analysis = analyzeClose(exampleClose({ locale }, 0), { locale });
    expect(analysis.moves.length).toBeGreaterThan(0);
    for (const move of analysis.moves) {
      expect(move.evidence).toBe(analysis.transcript.slice(move.start, move.end));
    }
  });

  it('calls wordless input empty', () => {
    expect(analyzeClose(' ?! ', { locale })).toMatchObject({ primary: 'empty', verdict: 'empty', score: 0 });
  });

  it('offers example closes that its own analyzer judges strong, short enough for one breath', () => {
    for (const context of contexts) {
      for (let variant = 0; variant < 6; variant += 1) {
        const example = exampleClose(context, variant);
        expect(words(example)).toBeLessThan(MAX_CLOSE_WORDS);
        expect(analyzeClose(example, { locale }).verdict, example).toBe('strong');
      }
    }
  });

  it('rewrites every close into one its own analyzer judges strong', () => {
    const rewrite = analyzeClose(exampleClose({ locale }, 1), { locale, company: 'Acme' }).rewrite;
    expect(analyzeClose(rewrite, { locale }).verdict).toBe('strong');
  });

  it('has advice, labels and verdict names in its own language', () => {
    const language = locale.split('-')[0] as keyof typeof resources;
    const translation = resources[language].translation;
    expect(Object.keys(translation.advice)).toEqual(Object.keys(resources.en.translation.advice));
    expect(Object.keys(translation.labels)).toEqual(Object.keys(resources.en.translation.labels));
  });
});

describe('a language the analyzer does not have', () => {
  it.each(['fr-FR', 'de-DE', 'constructor', '__proto__', 'toString', 'hasOwnProperty-US', ''])(
    'is an error for %j, never a quiet fallback to English',
    (locale) => {
      expect(() => analyzeClose('thank you so much', { locale })).toThrow(UnsupportedLanguageError);
      expect(() => exampleClose({ locale, role: 'una enfermera' })).toThrow(UnsupportedLanguageError);
    },
  );

  it('names the locale it refused', () => {
    expect(() => analyzeClose('hola', { locale: 'fr-CA' })).toThrow(/fr-CA/);
  });

  it('defaults to US English only when no locale is given', () => {
    expect(analyzeClose('how did i do').primary).toBe('performance_check');
  });
});

describe('Unicode', () => {
  it('reads an accent typed as a separate mark as the same word', () => {
    const decomposed = 'cua\u0301ndo empiezo';
    const analysis = analyzeClose(decomposed, { locale: 'es-ES' });
    expect(analysis.wordCount).toBe(2);
    expect(analysis.primary).toBe('hard_close');
    expect(analysis.transcript).toBe('cuándo empiezo');
    expect(analysis.moves[0]?.evidence).toBe('cuándo empiezo');
  });
});
