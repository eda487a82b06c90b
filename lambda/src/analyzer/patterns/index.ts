import { DEFAULT_LOCALE, requireLanguage, type Language } from '../../languages/supported.ts';
import { type CompiledLexicon, compileLexicon } from '../compiled-lexicon.ts';
import type { GrammarHook, Lexicon } from '../lexicon.ts';
import { englishGrammar } from './en-grammar.ts';
import { english } from './en.ts';
import { spanishGrammar } from './es-grammar.ts';
import { spanish } from './es.ts';

export interface LanguageData {
  lexicon: Lexicon;
  grammar: GrammarHook;
  /** The lexicon compiled for matching, built on the first analysis in the language (an example needs none). */
  compiled: () => CompiledLexicon;
}

/**
 * Every supported language's data: the type makes a language without a lexicon a compile error.
 * Each lexicon is built on first use, so a cold start neither compiles nor builds the word lists of
 * languages it does not need (docs/ARCHITECTURE.md, "Cold start").
 */
const languages: Record<Language, () => LanguageData> = {
  en: () => withCompiled(english(), englishGrammar),
  es: () => withCompiled(spanish(), spanishGrammar),
};

function withCompiled(lexicon: Lexicon, grammar: GrammarHook): LanguageData {
  let compiled: CompiledLexicon | undefined;
  return { lexicon, grammar, compiled: () => (compiled ??= compileLexicon(lexicon, grammar)) };
}

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
