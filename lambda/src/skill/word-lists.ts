import type { ListKey, TextKey } from '../locales/index.ts';
import type { Phrases } from './phrases.ts';

// Built once per language and kept for the life of the process: every turn reads these lists, and building
// them for each request doubled what a turn allocated (BENCHMARKS.md, "Warm turn").
const cache = new WeakMap<object, Map<string, readonly string[]>>();

/**
 * A list of words or phrases from the resources, in lower case. Word lists are
 * language data: the coach reads them through the request's locale rather than
 * holding any English itself (see docs/ARCHITECTURE.md on languages).
 */
export function wordList(phrases: Phrases, key: ListKey): readonly string[] {
  let lists = cache.get(phrases.strings);
  if (!lists) {
    lists = new Map();
    cache.set(phrases.strings, lists);
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
