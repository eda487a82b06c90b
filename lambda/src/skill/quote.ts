import type { Phrases } from './phrases.ts';
import { plainWord, wordList } from './word-lists.ts';

/** Short enough to hear as one phrase; a longer one is quoted by a complete phrase inside it. */
export const MAX_QUOTE_WORDS = 7;
/** A whole clause may run one word longer: quoting it entire beats cutting it. */
const WHOLE_CLAUSE_SLACK = 1;
const MIN_CUT_WORDS = 3;
/** How far a quote may reach past the evidence to finish a phrase left hanging. */
const MAX_REACH = 3;

interface Word {
  plain: string;
  start: number;
  end: number;
}

interface Boundaries {
  cannotEnd: ReadonlySet<string>;
  stranded: ReadonlySet<string>;
  clauseOpeners: ReadonlySet<string>;
  leading: ReadonlySet<string>;
}

/**
 * The user's words between `start` and `end` of the transcript, as a whole
 * phrase: widened or trimmed so it never stops on a word that leaves it
 * hanging ("…and", "…for the person in this"), and, when it is too long to
 * quote, a shorter complete phrase from its start (the head of a question)
 * rather than a cut with an ellipsis.
 */
export function quotePhrase(transcript: string, start: number, end: number, phrases: Phrases): string {
  const words = wordsOf(transcript);
  const bounds = boundaries(phrases);
  let from = words.findIndex((word) => word.end > start);
  let to = from;
  while (to < words.length && (words[to]?.start ?? end) < end) to += 1;
  if (from < 0 || to <= from) return transcript.slice(start, end).trim();

  while (from < to - 1 && bounds.leading.has(words[from]?.plain ?? '')) from += 1;
  to = finishPhrase(words, from, to, bounds);
  const next = words[to]?.plain;
  const wholeClause = next === undefined || bounds.clauseOpeners.has(next);
  if (to - from > MAX_QUOTE_WORDS + (wholeClause ? WHOLE_CLAUSE_SLACK : 0)) {
    to = headPhrase(words, from, to, bounds);
  }

  const first = words[from];
  const last = words[to - 1];
  if (!first || !last) return transcript.slice(start, end).trim();
  return transcript.slice(first.start, last.end).replace(/[.,;:!?…]+$/u, '');
}

/** Where the phrase really ends: reach a little past a hanging end, or else step back from it. */
function finishPhrase(words: readonly Word[], from: number, to: number, bounds: Boundaries): number {
  if (canEndAt(words, to, bounds)) return to;
  for (let reach = to + 1; reach <= Math.min(words.length, to + MAX_REACH); reach += 1) {
    // A new clause starts: reaching on would quote words of another thought.
    if (bounds.clauseOpeners.has(words[reach - 1]?.plain ?? '')) break;
    if (canEndAt(words, reach, bounds)) return reach;
  }
  for (let back = to - 1; back > from; back -= 1) if (canEndAt(words, back, bounds)) return back;
  return to;
}

/** The longest complete phrase from the start that fits, cut where a new phrase begins. */
function headPhrase(words: readonly Word[], from: number, to: number, bounds: Boundaries): number {
  const latest = from + MAX_QUOTE_WORDS;
  let fallback: number | undefined;
  for (let cut = latest; cut >= from + MIN_CUT_WORDS; cut -= 1) {
    if (!canEndAt(words, cut, bounds) || isStranded(words, cut, bounds)) continue;
    const next = words[cut]?.plain ?? '';
    if (bounds.clauseOpeners.has(next) || bounds.stranded.has(next)) return cut;
    fallback ??= cut;
  }
  return fallback ?? to;
}

/** Whether a quote of the words before `to` ends on a whole phrase. */
function canEndAt(words: readonly Word[], to: number, bounds: Boundaries): boolean {
  const last = words[to - 1]?.plain ?? '';
  if (bounds.cannotEnd.has(last)) return false;
  if (!bounds.stranded.has(last)) return true;
  // "who would i report to" ends where the user stopped or a new clause starts; "in this" before "role" does not.
  const next = words[to]?.plain;
  return next === undefined || bounds.clauseOpeners.has(next);
}

function isStranded(words: readonly Word[], to: number, bounds: Boundaries): boolean {
  return bounds.stranded.has(words[to - 1]?.plain ?? '');
}

function wordsOf(transcript: string): Word[] {
  return [...transcript.matchAll(/\S+/gu)].map((match) => ({
    plain: plainWord(match[0]),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

const cached = new WeakMap<Phrases, Boundaries>();

function boundaries(phrases: Phrases): Boundaries {
  let found = cached.get(phrases);
  if (!found) {
    const set = (name: string) => new Set(wordList(phrases, `skill.coach.quoteWords.${name}`));
    found = {
      cannotEnd: set('cannotEnd'),
      stranded: set('stranded'),
      clauseOpeners: set('clauseOpeners'),
      leading: set('leading'),
    };
    cached.set(phrases, found);
  }
  return found;
}
