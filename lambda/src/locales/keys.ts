/*
 * Every key the code may ask for, derived from the English resources, so a key
 * missing there fails the type check instead of being spoken aloud as itself.
 * Derived, not listed: a string added to the resources is a key at once.
 */
import type { en } from './en/index.ts';

/** i18next's plural suffixes: `back_one` and `back_other` are both asked for as `back`. */
type PluralSuffix = '_zero' | '_one' | '_two' | '_few' | '_many' | '_other';

type WithoutPluralSuffix<K extends string> = K extends `${infer Base}${PluralSuffix}` ? Base : K;

/** Keys of strings; a list's variations are asked for one at a time, by index. */
type TextKeys<T, Prefix extends string> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${WithoutPluralSuffix<K>}`
    : T[K] extends readonly string[]
      ? `${Prefix}${K}.${number}`
      : TextKeys<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Keys of lists of variations, for picking one at random or counting them. */
type ListKeys<T, Prefix extends string> = {
  [K in keyof T & string]: T[K] extends string
    ? never
    : T[K] extends readonly string[]
      ? `${Prefix}${K}`
      : ListKeys<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A key whose value is one string (a plural family counts as one). */
export type TextKey = TextKeys<typeof en, ''>;

/** A key whose value is a list of variations. */
export type ListKey = ListKeys<typeof en, ''>;

/** Any key a caller may pass to a translator. */
export type TranslationKey = TextKey | ListKey;
