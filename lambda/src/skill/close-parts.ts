import type { Phrases } from './phrases.ts';
import { containsPhrase, plainWord, wordList } from './word-lists.ts';

/** What an upbeat close can give the interviewer, in the order the coach names them. */
export const CLOSE_PARTS = ['thanks', 'enjoyed', 'interest', 'hope'] as const;
export type ClosePart = (typeof CLOSE_PARTS)[number];

/** The parts a stretch of the user's words makes, so praise names only what was said. */
export function partsOf(text: string, phrases: Phrases): ClosePart[] {
  const words = text.split(/\s+/).map(plainWord);
  return CLOSE_PARTS.filter((part) =>
    wordList(phrases, `skill.coach.closeParts.${part}`).some((phrase) => containsPhrase(words, phrase)),
  );
}

/**
 * "thanks", "okay thank you goodbye", "have a good one": kind, but nothing in
 * it says the user wants the job, whatever the analyzer makes of it.
 */
export function isCourtesyOnly(transcript: string, phrases: Phrases): boolean {
  const courtesy = new Set(wordList(phrases, 'skill.coach.courtesyWords'));
  const words = transcript.split(/\s+/).map(plainWord).filter(Boolean);
  return words.length > 0 && words.every((word) => courtesy.has(word));
}
