import { DEFAULT_LOCALE, requireLanguage, type Language } from '../../languages/supported.ts';
import type { GrammarHook, Lexicon } from '../lexicon.ts';
import { englishGrammar } from './en-grammar.ts';
import { english } from './en.ts';
import { spanishGrammar } from './es-grammar.ts';
import { spanish } from './es.ts';

export interface LanguageData {
  lexicon: Lexicon;
  grammar: GrammarHook;
}

/**
 * Every supported language's data: the type makes a language without a lexicon a compile error.
 * Each lexicon is built on first use, so a cold start neither compiles nor builds the word lists of
 * languages it does not need (docs/ARCHITECTURE.md, "Cold start").
 */
const languages: Record<Language, () => LanguageData> = {
  en: () => ({ lexicon: english(), grammar: englishGrammar }),
  es: () => ({ lexicon: spanish(), grammar: spanishGrammar }),
};

const built = new Map<Language, LanguageData>();

/** The lexicon and grammar for a locale such as "es-MX"; an unsupported language throws UnsupportedLanguageError. */
export function languageFor(locale: string | undefined): LanguageData {
  const language = requireLanguage(locale ?? DEFAULT_LOCALE);
  let data = built.get(language);
  if (data === undefined) {
    data = languages[language]();
    built.set(language, data);
  }
  return data;
}
