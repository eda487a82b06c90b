import type { Phrases } from './phrases.ts';
import { plainWord, wordList, wordSet, wordsOf } from './word-lists.ts';

/** What an upbeat close can give the interviewer, in the order the coach names them. */
const CLOSE_PARTS = ['thanks', 'enjoyed', 'interest', 'hope'] as const;
export type ClosePart = (typeof CLOSE_PARTS)[number];

/** When several parts are present, the quote comes from the one that matters most. */
const QUOTE_PRIORITY: readonly ClosePart[] = ['interest', 'hope', 'enjoyed', 'thanks'];

interface FoundParts {
  /** The parts present, in naming order. */
  parts: ClosePart[];
  /** Where the words of the part that matters most are, as transcript offsets. */
  lead?: { start: number; end: number };
}

/** The parts a close makes, so praise names only what was said, and where the one to quote is. */
export function findParts(transcript: string, phrases: Phrases): FoundParts {
  const words = wordsOf(transcript);
  const plain = words.map((word) => word.plain);
  const found = new Map<ClosePart, { start: number; end: number }>();
  for (const part of CLOSE_PARTS) {
    for (const phrase of wordList(phrases, `skill.coach.closeParts.${part}`)) {
      const at = indexOfPhrase(plain, phrase);
      const first = words[at];
      const last = words[at + phrase.split(/\s+/).length - 1];
      if (at < 0 || !first || !last) continue;
      const earlier = found.get(part);
      if (!earlier || first.start < earlier.start) found.set(part, { start: first.start, end: last.end });
    }
  }
  const parts = CLOSE_PARTS.filter((part) => found.has(part));
  const leadPart = QUOTE_PRIORITY.find((part) => found.has(part));
  const lead = leadPart ? found.get(leadPart) : undefined;
  return lead ? { parts, lead } : { parts };
}

/**
 * "thanks", "okay thank you goodbye", "have a good one": kind, but nothing in
 * it says the user wants the job, whatever the analyzer makes of it.
 */
export function isCourtesyOnly(transcript: string, phrases: Phrases): boolean {
  const courtesy = wordSet(phrases, 'skill.coach.courtesyWords');
  const words = transcript.split(/\s+/).map(plainWord).filter(Boolean);
  return words.length > 0 && words.every((word) => courtesy.has(word));
}

/** Where `phrase` (one or more words) first occurs as whole words, in order, in `words`; -1 if nowhere. */
function indexOfPhrase(words: readonly string[], phrase: string): number {
  const wanted = phrase.split(/\s+/);
  for (let i = 0; i + wanted.length <= words.length; i += 1) {
    if (wanted.every((word, k) => words[i + k] === word)) return i;
  }
  return -1;
}
