import i18next, { type i18n, type TFunction } from 'i18next';
import { DEFAULT_LOCALE, languageOf, requireLanguage, type Language } from '../languages/supported.ts';
import { en } from './en/index.ts';
import { es } from './es/index.ts';
import type { ListKey, TextKey } from './keys.ts';

export type { ListKey, TextKey, TranslationKey } from './keys.ts';

/**
 * Resources per supported language; a locale (en-GB, es-MX, …) falls back to
 * its language. Every language has every key of the English resources (its
 * skill and console texts are typed by them), so English never stands in.
 */
export const resources = {
  en: { translation: en },
  es: { translation: es },
} as const satisfies Record<Language, { translation: object }>;

export type Translation = typeof en;

export type Values = Record<string, string | number>;

/** A translator fixed to one language. */
export interface Translator {
  /** The string for `key`, with `{{name}}` filled from `values`; `count` picks the plural form. */
  t: (key: TextKey, values?: Values) => string;
  /** How many variations a list resource holds (0 when `key` is not a list). */
  size: (key: ListKey) => number;
}

const FALLBACK: Language = requireLanguage(DEFAULT_LOCALE);

let shared: i18n | undefined;
const translators = new Map<Language, Translator>();

/**
 * The translator for a locale's language (en-GB and en-IN share English's; a
 * language the resources lack gets English, as i18next's fallback would).
 * There is one per language for the life of the process, so what is built
 * from its strings (word lists, say) can be kept with it rather than rebuilt
 * on every request.
 */
export function translatorFor(locale: string): Translator {
  const language = languageOf(locale) ?? FALLBACK;
  let translator = translators.get(language);
  if (!translator) {
    translator = createTranslator(language);
    translators.set(language, translator);
  }
  return translator;
}

/**
 * i18next resolves every string once per key and plural form, and the
 * template is kept. A turn says dozens of lines, and i18next 26 copies its
 * whole options object on every call (about 16 µs each here); filling
 * `{{name}}` is all that is left per call. One i18next instance serves the
 * process: nothing ever changes its language, each translator asks for its
 * own, so requests cannot mix.
 */
function createTranslator(language: Language): Translator {
  const templates = new Map<string, string>();
  let translate: TFunction | undefined;
  let plurals: Intl.PluralRules | undefined;

  const template = (key: string, count: string | number | undefined): string => {
    const form = typeof count === 'number' ? (plurals ??= new Intl.PluralRules(language)).select(count) : '';
    const cacheKey = form === '' ? key : `${key}\u0000${form}`;
    let found = templates.get(cacheKey);
    if (found === undefined) {
      const options =
        typeof count === 'number' ? { count, skipInterpolation: true } : { skipInterpolation: true };
      const value: unknown = (translate ??= sharedInstance().getFixedT(language))(key, options);
      found = typeof value === 'string' ? value : key;
      templates.set(cacheKey, found);
    }
    return found;
  };

  return {
    t: (key, values = {}) => fill(template(key, values.count), values),
    // Read from i18next's store, not through t(): with returnObjects, t() translates every item of the
    // list just to count them, the costliest call of a cold launch (BENCHMARKS.md, "Cold start").
    size: (key) => {
      const value: unknown = sharedInstance().getResource(language, 'translation', key);
      return Array.isArray(value) ? value.length : 0;
    },
  };
}

function fill(text: string, values: Values): string {
  if (!text.includes('{{')) return text;
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (placeholder, name: string) => {
    const value = values[name];
    return value === undefined ? placeholder : String(value);
  });
}

function sharedInstance(): i18n {
  if (shared) return shared;
  const instance = i18next.createInstance();
  void instance.init({
    fallbackLng: FALLBACK,
    resources,
    initAsync: false,
    returnObjects: true,
    // User words are escaped for SSML where speech is built; i18next's HTML escaping would double it.
    interpolation: { escapeValue: false },
  });
  shared = instance;
  return instance;
}
