import type { ListKey, TextKey } from '../locales/index.ts';
import type { Phrases } from './phrases.ts';

// Built once per language and kept for the life of the process: every turn reads these lists, and building
// them for each request doubled what a turn allocated (BENCHMARKS.md, "Warm turn").
const cache = new WeakMap<object, Map<string, readonly string[]>>();
const sets = new WeakMap<object, Map<string, ReadonlySet<string>>>();

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

/** The same list as a set, for asking whether a word is on it; kept per language like the list. */
export function wordSet(phrases: Phrases, key: ListKey): ReadonlySet<string> {
  let bySet = sets.get(phrases.strings);
  if (!bySet) {
    bySet = new Map();
    sets.set(phrases.strings, bySet);
  }
  let set = bySet.get(key);
  if (!set) {
    set = new Set(wordList(phrases, key));
    bySet.set(key, set);
  }
  return set;
}

/** A word of a transcript: as compared with the lists, and where it stands. */
export interface Word {
  plain: string;
  start: number;
  end: number;
}

/** A transcript's words, split at white space, each with its plain form and transcript offsets. */
export function wordsOf(transcript: string): Word[] {
  return [...transcript.matchAll(/\S+/gu)].map((match) => ({
    plain: plainWord(match[0]),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** The words of a text as they are compared with the lists: lower case, without punctuation around them. */
export function plainWord(word: string): string {
  return word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}
