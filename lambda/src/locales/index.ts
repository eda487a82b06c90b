import i18next, { type i18n } from 'i18next';
import { en } from './en/index.ts';

/** Resources per language; English locales (en-US, en-GB, …) fall back to `en`. */
export const resources = { en: { translation: en } } as const;

export type Translation = typeof en;

/** A fresh translator for one request or one run: never shared, so concurrent locales cannot mix. */
export function createTranslator(locale: string): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: 'en',
    resources,
    initAsync: false,
    returnObjects: true,
    // User words are escaped for SSML where speech is built; i18next's HTML escaping would double it.
    interpolation: { escapeValue: false },
  });
  return instance;
}
