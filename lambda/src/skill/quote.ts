import type { Translation } from '../locales/index.ts';
import type { Phrases } from './phrases.ts';
import { type Word, wordSet, wordsOf } from './word-lists.ts';

/** Short enough to hear as one phrase; a longer one is quoted by a complete phrase inside it. */
const MAX_QUOTE_WORDS = 7;
/** A whole clause may run one word longer: quoting it entire beats cutting it. */
const WHOLE_CLAUSE_SLACK = 1;
/** With no clean place to cut, a phrase up to this long is quoted whole rather than cut. */
const MAX_UNCUT_WORDS = 11;
const MIN_CUT_WORDS = 3;
const CONTEXT_WORDS = 3;
/** How far a quote may reach past the evidence to finish a phrase left hanging. */
const MAX_REACH = 3;

interface Boundaries {
  cannotEnd: ReadonlySet<string>;
  stranded: ReadonlySet<string>;
  auxiliaries: ReadonlySet<string>;
  clauseOpeners: ReadonlySet<string>;
  phraseOpeners: ReadonlySet<string>;
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
  const span = spanOf(words, start, end);
  if (!span) return transcript.slice(start, end).trim();
  return quoteSpan(transcript, words, span.from, span.to, boundaries(phrases));
}

/** The clause around a few words ("excited" → "i'm just really excited"), quoted as a whole phrase. */
export function quoteClauseAround(transcript: string, start: number, end: number, phrases: Phrases): string {
  const words = wordsOf(transcript);
  const span = spanOf(words, start, end);
  if (!span) return transcript.slice(start, end).trim();
  const bounds = boundaries(phrases);
  let { from, to } = span;
  while (
    from > 0 &&
    span.from - from < MAX_QUOTE_WORDS &&
    !bounds.clauseOpeners.has(words[from]?.plain ?? '')
  ) {
    from -= 1;
  }
  // No clause start in reach: a few words of context read better than a lone word.
  if (!bounds.clauseOpeners.has(words[from]?.plain ?? '')) from = Math.max(0, span.from - CONTEXT_WORDS);
  while (
    to < words.length &&
    to - from < MAX_UNCUT_WORDS &&
    !bounds.clauseOpeners.has(words[to]?.plain ?? '')
  ) {
    to += 1;
  }
  return quoteSpan(transcript, words, from, to, bounds);
}

function spanOf(
  words: readonly Word[],
  start: number,
  end: number,
): { from: number; to: number } | undefined {
  const from = words.findIndex((word) => word.end > start);
  if (from < 0) return undefined;
  let to = from;
  while (to < words.length && (words[to]?.start ?? end) < end) to += 1;
  return to > from ? { from, to } : undefined;
}

function quoteSpan(
  transcript: string,
  words: readonly Word[],
  start: number,
  end: number,
  bounds: Boundaries,
): string {
  let from = start;
  let to = end;
  while (from < to - 1 && bounds.leading.has(words[from]?.plain ?? '')) from += 1;
  to = finishPhrase(words, from, to, bounds);
  const next = words[to]?.plain;
  const wholeClause = next === undefined || bounds.clauseOpeners.has(next);
  if (to - from > MAX_QUOTE_WORDS + (wholeClause ? WHOLE_CLAUSE_SLACK : 0)) {
    to = headPhrase(words, from, to, bounds);
  }
  const first = words[from];
  const last = words[to - 1];
  if (!first || !last) return '';
  return transcript.slice(first.start, last.end).replace(/[.,;:!?\u2026]+$/u, '');
}

/** Where the phrase really ends: read on past a lone word or a hanging end, or else step back from it. */
function finishPhrase(words: readonly Word[], from: number, to: number, bounds: Boundaries): number {
  // A lone word ("thank") is no phrase: read on to where its clause ends. A
  // hanging "and" opens the next clause, so it is dropped, not read past.
  const hanging = words[to - 1]?.plain ?? '';
  let reach = canEndAt(words, to, bounds) || bounds.clauseOpeners.has(hanging) ? 0 : MAX_REACH;
  if (to - from < 2) reach = MAX_QUOTE_WORDS - (to - from);
  let found: number | undefined = canEndAt(words, to, bounds) ? to : undefined;
  for (let further = to + 1; further <= Math.min(words.length, to + reach); further += 1) {
    // A new clause starts: reading on would quote words of another thought.
    if (bounds.clauseOpeners.has(words[further - 1]?.plain ?? '')) break;
    if (canEndAt(words, further, bounds)) found = further;
    if (found === further && to - from >= 2) break;
  }
  if (found !== undefined) return found;
  for (let back = to - 1; back > from; back -= 1) if (canEndAt(words, back, bounds)) return back;
  return to;
}

/**
 * The longest complete phrase from the start that fits, cut just before a new
 * clause or phrase begins; failing that, the shortest such phrase a little
 * longer, or the whole when it is not much longer.
 */
function headPhrase(words: readonly Word[], from: number, to: number, bounds: Boundaries): number {
  const cleanCut = (cut: number) => {
    if (!canEndAt(words, cut, bounds) || bounds.stranded.has(words[cut - 1]?.plain ?? '')) return false;
    const next = words[cut]?.plain ?? '';
    return bounds.clauseOpeners.has(next) || bounds.phraseOpeners.has(next);
  };
  for (let cut = from + MAX_QUOTE_WORDS; cut >= from + MIN_CUT_WORDS; cut -= 1) if (cleanCut(cut)) return cut;
  if (to - from <= MAX_UNCUT_WORDS) return to;
  for (let cut = from + MAX_QUOTE_WORDS + 1; cut <= from + MAX_UNCUT_WORDS; cut += 1)
    if (cleanCut(cut)) return cut;
  for (let cut = from + MAX_UNCUT_WORDS; cut > from; cut -= 1) if (canEndAt(words, cut, bounds)) return cut;
  return to;
}

/** Whether a quote of the words before `to` ends on a whole phrase. */
function canEndAt(words: readonly Word[], to: number, bounds: Boundaries): boolean {
  const last = words[to - 1]?.plain ?? '';
  const next = words[to]?.plain;
  if (bounds.cannotEnd.has(last)) return false;
  // "…than i thought it would" ends a sentence; "…or would i be" does not.
  if (bounds.auxiliaries.has(last)) return next === undefined;
  if (!bounds.stranded.has(last)) return true;
  // "who would i report to" ends where the user stopped or a new clause starts; "in this" before "role" does not.
  return next === undefined || bounds.clauseOpeners.has(next);
}

function boundaries(phrases: Phrases): Boundaries {
  const set = (name: keyof Translation['skill']['coach']['quoteWords']) =>
    wordSet(phrases, `skill.coach.quoteWords.${name}`);
  return {
    cannotEnd: set('cannotEnd'),
    stranded: set('stranded'),
    auxiliaries: set('auxiliaries'),
    clauseOpeners: set('clauseOpeners'),
    phraseOpeners: set('phraseOpeners'),
    leading: set('leading'),
  };
}
