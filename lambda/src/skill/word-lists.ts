import type { ListKey, TextKey, Translator } from '../locales/index.ts';
import type { Phrases } from './phrases.ts';

// Kept per language (its translator lives as long as the process), not per request: a cache keyed by
// each request's Phrases was rebuilt every turn and, held in a WeakMap, outlived young-generation GCs.
const cache = new WeakMap<Translator, Map<string, readonly string[]>>();

/**
 * A list of words or phrases from the resources, in lower case. Word lists are
 * language data: the coach reads them through the request's locale rather than
 * holding any English itself (see docs/ARCHITECTURE.md on languages).
 */
export function wordList(phrases: Phrases, key: ListKey): readonly string[] {
  let lists = cache.get(phrases.translator);
  if (!lists) {
    lists = new Map();
    cache.set(phrases.translator, lists);
  }
  let list = lists.get(key);
  if (!list) {
    list = Array.from({ length: phrases.count(key) }, (_, index) =>
      phrases.text(`${key}.${index}` as TextKey).toLowerCase(),
    );
    lists.set(key, list);
  }
  return list;
}

/** The words of a text as they are compared with the lists: lower case, without punctuation around them. */
export function plainWord(word: string): string {
  return word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}
