/**
 * The one list of languages the project speaks, with the Alexa locales each
 * serves. The analyzer's lexicons and the i18n resources are typed by it, so a
 * language missing from either is a compile error; see docs/ARCHITECTURE.md.
 */
export const LANGUAGES = {
  en: { locales: ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN'] },
  es: { locales: ['es-ES', 'es-MX', 'es-US'] },
} as const;

export type Language = keyof typeof LANGUAGES;

export const SUPPORTED_LANGUAGES = Object.keys(LANGUAGES) as Language[];

/** The locale assumed when a caller names none. */
export const DEFAULT_LOCALE = 'en-US';

/** A locale whose language the project does not speak. */
export class UnsupportedLanguageError extends Error {
  readonly locale: string;

  constructor(locale: string) {
    super(`Unsupported language in locale "${locale}"; supported: ${SUPPORTED_LANGUAGES.join(', ')}`);
    this.name = 'UnsupportedLanguageError';
    this.locale = locale;
  }
}

/**
 * The language of a locale such as "es-MX", or undefined when it is not one
 * of ours. Own keys only: "constructor" or "__proto__" are not languages.
 */
export function languageOf(locale: string): Language | undefined {
  const language = locale.split(/[-_]/)[0]?.toLowerCase() ?? '';
  return Object.hasOwn(LANGUAGES, language) ? (language as Language) : undefined;
}

/** Like languageOf, but an unknown language is an error rather than a quiet fallback. */
export function requireLanguage(locale: string): Language {
  const language = languageOf(locale);
  if (language === undefined) throw new UnsupportedLanguageError(locale);
  return language;
}
