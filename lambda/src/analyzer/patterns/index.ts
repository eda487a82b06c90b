import type { Lexicon } from '../lexicon.ts';
import { english } from './en.ts';

/** Lexicons by language; a new language is a new table here, not new code. */
const lexicons: Record<string, Lexicon> = { en: english };

export const DEFAULT_LANGUAGE = 'en';

/** The lexicon for a locale such as "en-GB"; unknown languages fall back to English. */
export function lexiconFor(locale: string | undefined): Lexicon {
  const language = (locale ?? DEFAULT_LANGUAGE).split(/[-_]/)[0]?.toLowerCase() ?? DEFAULT_LANGUAGE;
  return lexicons[language] ?? english;
}
