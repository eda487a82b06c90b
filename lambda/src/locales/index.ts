import i18next, { type i18n, type TFunction } from 'i18next';
import { languageOf, type Language } from '../languages/supported.ts';
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

/** A translator fixed to one locale. */
export interface Translator {
  /** The string for `key`, with `{{name}}` filled from `values`; `count` picks the plural form. */
  t: (key: TextKey, values?: Values) => string;
  /** How many variations a list resource holds (0 when `key` is not a list). */
  size: (key: ListKey) => number;
}

const FALLBACK: Language = 'en';

let shared: i18n | undefined;
const fixed = new Map<string, TFunction>();
const templates = new Map<string, string>();
const plurals = new Map<string, Intl.PluralRules>();

/**
 * i18next resolves every string — fallback from en-GB to en, plural forms —
 * once per locale, key and plural form, and the template is kept. A turn says
 * dozens of lines, and i18next 26 copies its whole options object on every
 * call (about 16 µs each here); filling `{{name}}` is all that is left per call.
 * One instance serves the process: nothing ever changes its language, each
 * caller gets strings for its own locale, so requests cannot mix.
 */
export function translatorFor(locale: string): Translator {
  return {
    t: (key, values = {}) => fill(template(locale, key, values.count), values),
    // Read from i18next's store, not through t(): with returnObjects, t() translates every item of the
    // list just to count them, the costliest call of a cold launch (BENCHMARKS.md, "Cold start").
    size: (key) => {
      const value: unknown = sharedInstance().getResource(languageOf(locale) ?? FALLBACK, 'translation', key);
      return Array.isArray(value) ? value.length : 0;
    },
  };
}

function template(locale: string, key: string, count: string | number | undefined): string {
  const form = typeof count === 'number' ? pluralRules(locale).select(count) : '';
  const cacheKey = `${locale}\u0000${key}\u0000${form}`;
  let found = templates.get(cacheKey);
  if (found === undefined) {
    const options =
      typeof count === 'number' ? { count, skipInterpolation: true } : { skipInterpolation: true };
    const value: unknown = fixedT(locale)(key, options);
    found = typeof value === 'string' ? value : key;
    templates.set(cacheKey, found);
  }
  return found;
}

function fill(text: string, values: Values): string {
  if (!text.includes('{{')) return text;
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (placeholder, name: string) => {
    const value = values[name];
    return value === undefined ? placeholder : String(value);
  });
}

function pluralRules(locale: string): Intl.PluralRules {
  let rules = plurals.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(supportedOrEnglish(locale));
    plurals.set(locale, rules);
  }
  return rules;
}

function supportedOrEnglish(locale: string): string {
  try {
    return Intl.PluralRules.supportedLocalesOf([locale])[0] ?? 'en';
  } catch {
    return 'en';
  }
}

function fixedT(locale: string): TFunction {
  let t = fixed.get(locale);
  if (!t) {
    t = sharedInstance().getFixedT(locale);
    fixed.set(locale, t);
  }
  return t;
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
