import type { PatternSource } from './lexicon.ts';
import type { Token } from './tokenize.ts';

type Element =
  | {
      kind: 'words';
      /** Every alternative, for indexing. */
      alternatives: string[][];
      /** One-word alternatives, looked up in constant time. */
      single: Set<string>;
      multi: string[][];
      optional: boolean;
    }
  | { kind: 'gap'; max: number };

export interface CompiledPattern<T> {
  source: PatternSource;
  elements: Element[];
  payload: T;
}

/**
 * Token patterns instead of regular expressions over the text: matching walks
 * tokens with bounded gaps, so its cost is linear in the transcript and can
 * never blow up, and a pattern reads like the words people say.
 */
export function compilePattern<T>(
  source: PatternSource,
  classes: Record<string, string[]>,
  payload: T,
): CompiledPattern<T> {
  const elements: Element[] = [];
  for (const part of splitParts(source)) {
    const gap = /^\*(\d+)$/.exec(part);
    if (gap) {
      elements.push({ kind: 'gap', max: Number(gap[1]) });
      continue;
    }
    const optional = part.endsWith('?');
    const body = optional ? part.slice(0, -1) : part;
    const choices = body.startsWith('(') ? body.slice(1, -1).split('|') : body.split('|');
    const alternatives: string[][] = [];
    for (const choice of choices) {
      if (choice.startsWith('@')) {
        const members = classes[choice.slice(1)];
        if (!members) throw new Error(`Unknown word class ${choice} in pattern "${source}"`);
        for (const member of members) alternatives.push(member.split(' '));
      } else {
        alternatives.push(choice.split(' '));
      }
    }
    elements.push({
      kind: 'words',
      alternatives,
      single: new Set(alternatives.filter((a) => a.length === 1).map((a) => a[0] ?? '')),
      multi: alternatives.filter((a) => a.length > 1),
      optional,
    });
  }
  const first = elements[0];
  if (first?.kind !== 'words' || first.optional) {
    throw new Error(`Pattern "${source}" must start with a required word`);
  }
  return { source, elements, payload };
}

function splitParts(source: string): string[] {
  const parts: string[] = [];
  let current = '';
  let depth = 0;
  for (const char of source.trim()) {
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    if (char === ' ' && depth === 0) {
      if (current) parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  if (current) parts.push(current);
  return parts;
}

/** Most patterns start with two fixed words; indexing those pairs spares most tokens most patterns. */
const MAX_PAIRS_PER_PATTERN = 400;

/** A candidate for a token: the pattern, and how many of its first elements the index has already matched. */
interface Candidate<T> {
  pattern: CompiledPattern<T>;
  matched: 0 | 1 | 2;
}

/** Patterns indexed by the word, or the pair of words, they can start with, so each token tries few patterns. */
export class PatternIndex<T> {
  private readonly byFirstWord = new Map<string, Candidate<T>[]>();
  private readonly byFirstPair = new Map<string, Map<string, Candidate<T>[]>>();

  constructor(patterns: CompiledPattern<T>[]) {
    for (const pattern of patterns) {
      const pairs = firstPairs(pattern);
      if (pairs) {
        for (const [first, second] of pairs) {
          const seconds = this.byFirstPair.get(first) ?? new Map<string, Candidate<T>[]>();
          add(seconds, second, { pattern, matched: 2 });
          this.byFirstPair.set(first, seconds);
        }
        continue;
      }
      const first = pattern.elements[0];
      if (first?.kind !== 'words') continue;
      for (const alternative of first.alternatives) {
        const word = alternative[0] ?? '';
        // The first element is done when the word is a one-word choice and no longer choice starts with it.
        const done = first.single.has(word) && !first.multi.some((multi) => multi[0] === word);
        add(this.byFirstWord, word, { pattern, matched: done ? 1 : 0 });
      }
    }
  }

  /** Every match in the tokens, as token ranges, in order of start. */
  findAll(tokens: readonly Token[]): { pattern: CompiledPattern<T>; from: number; to: number }[] {
    const found: { pattern: CompiledPattern<T>; from: number; to: number }[] = [];
    for (let i = 0; i < tokens.length; i += 1) {
      const token = tokens[i];
      if (!token) continue;
      const single = this.byFirstWord.get(token.word);
      if (single) tryAll(single, tokens, i, found);
      const next = tokens[i + 1];
      if (next?.sentence !== token.sentence) continue;
      const paired = this.byFirstPair.get(token.word)?.get(next.word);
      if (paired) tryAll(paired, tokens, i, found);
    }
    return found;
  }
}

function add<T>(map: Map<string, Candidate<T>[]>, key: string, candidate: Candidate<T>): void {
  const list = map.get(key) ?? [];
  if (!list.some((known) => known.pattern === candidate.pattern)) list.push(candidate);
  map.set(key, list);
}

function tryAll<T>(
  candidates: readonly Candidate<T>[],
  tokens: readonly Token[],
  i: number,
  found: { pattern: CompiledPattern<T>; from: number; to: number }[],
): void {
  const sentence = tokens[i]?.sentence ?? 0;
  for (const { pattern, matched } of candidates) {
    const to = matchAt(pattern.elements, matched, tokens, i + matched, sentence);
    if (to > i) found.push({ pattern, from: i, to });
  }
}

/** The word pairs a pattern must start with, when its first two elements are required single words. */
function firstPairs<T>(pattern: CompiledPattern<T>): [string, string][] | undefined {
  const [first, second] = pattern.elements;
  if (first?.kind !== 'words' || second?.kind !== 'words' || first.optional || second.optional)
    return undefined;
  if (first.multi.length > 0 || second.multi.length > 0) return undefined;
  if (first.single.size * second.single.size > MAX_PAIRS_PER_PATTERN) return undefined;
  const pairs: [string, string][] = [];
  for (const a of first.single) for (const b of second.single) pairs.push([a, b]);
  return pairs;
}

/** The end (exclusive) of a match of `elements[e…]` starting at token `i`, or -1. */
export function matchAt(
  elements: readonly Element[],
  e: number,
  tokens: readonly Token[],
  i: number,
  sentence: number,
): number {
  const element = elements[e];
  if (!element) return i;
  if (element.kind === 'gap') {
    for (let skip = 0; skip <= element.max; skip += 1) {
      const at = i + skip;
      if (at > tokens.length) break;
      if (skip > 0 && tokens[at - 1]?.sentence !== sentence) break;
      const end = matchAt(elements, e + 1, tokens, at, sentence);
      if (end >= 0) return end;
    }
    return -1;
  }
  const token = tokens[i];
  if (token?.sentence === sentence && element.single.has(token.word)) {
    const end = matchAt(elements, e + 1, tokens, i + 1, sentence);
    if (end >= 0) return end;
  }
  for (const alternative of element.multi) {
    if (wordsAt(alternative, tokens, i, sentence)) {
      const end = matchAt(elements, e + 1, tokens, i + alternative.length, sentence);
      if (end >= 0) return end;
    }
  }
  return element.optional ? matchAt(elements, e + 1, tokens, i, sentence) : -1;
}

function wordsAt(words: readonly string[], tokens: readonly Token[], i: number, sentence: number): boolean {
  for (let k = 0; k < words.length; k += 1) {
    const token = tokens[i + k];
    if (!token || token.word !== words[k] || token.sentence !== sentence) return false;
  }
  return true;
}
