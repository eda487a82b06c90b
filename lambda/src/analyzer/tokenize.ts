import type { CompiledLexicon } from './compiled-lexicon.ts';

/** A word of the transcript as the matcher sees it: normalised, with where it came from. */
export interface Token {
  /** Lower case, apostrophes removed, one word of a contraction's expansion. */
  word: string;
  /** Character span of the source word in the transcript (shared by a contraction's parts). */
  start: number;
  end: number;
  sentence: number;
  /** A comma, colon, dash or sentence end stands before this token. */
  breakBefore: boolean;
}

export interface Tokenized {
  tokens: Token[];
  /** Words as spoken, before contractions are expanded or fillers dropped. */
  wordCount: number;
  /** For each sentence, whether the writer ended it with a question mark. */
  questionMarked: boolean[];
}

// One word: letters (with any combining accents) or digits, with apostrophe-joined parts ("don't", "o'brien").
// Each part is a single greedy class run, so the expression cannot backtrack. Characters beyond ASCII
// are written as escapes (\u2019 ’, \u02bc ʼ, \u201c “, \u201d ”, \u2026 …, \u2013 –, \u2014 —): esbuild
// cannot escape them inside a regular expression, and one would make Node read the whole bundle as
// two-byte text, a slower cold start (scripts/build.ts).
const WORD = /[\p{L}\p{M}\p{N}]+(?:['\u2019\u02bc`][\p{L}\p{M}\p{N}]+)*/gu;
const APOSTROPHE = /['\u2019\u02bc`]/;
const APOSTROPHES = /['\u2019\u02bc`]/g;
const SPACE = 0x20;
const SENTENCE_END = /[.!?;\n]/;
const CLAUSE_BREAK = /[,:()"\u201c\u201d\u2026]|\s[-\u2013\u2014]|[-\u2013\u2014]\s|[\u2013\u2014]/;

/**
 * The words of a transcript, as the patterns see them. The transcript must be
 * in NFC form, as analyzeClose passes it, and offsets refer to it: an accent
 * typed as a separate mark ("cua\u0301ndo") is then the same word as the
 * precomposed one ("cuándo").
 */
export function tokenize(transcript: string, lex: CompiledLexicon): Tokenized {
  const { hesitations, abbreviations } = lex;
  const tokens: Token[] = [];
  const questionMarked: boolean[] = [false];
  let sentence = 0;
  let previousEnd = 0;
  let previousWord = '';
  let wordCount = 0;
  let pendingBreak = false;

  for (const match of transcript.matchAll(WORD)) {
    const start = match.index;
    const raw = match[0];
    const end = start + raw.length;
    let breakBefore: boolean = tokens.length === 0 || pendingBreak;
    // Speech separates almost every word by one space; only other gaps can hold punctuation.
    const gap = start - previousEnd;
    const plainGap = gap === 0 || (gap === 1 && transcript.charCodeAt(previousEnd) === SPACE);
    const between = plainGap ? '' : transcript.slice(previousEnd, start);
    if (!plainGap && SENTENCE_END.test(between) && !endsAbbreviation(between, previousWord, abbreviations)) {
      if (between.includes('?')) questionMarked[sentence] = true;
      if (tokens.length > 0) {
        sentence += 1;
        questionMarked.push(false);
      }
      breakBefore = true;
    } else if (!plainGap && CLAUSE_BREAK.test(between)) {
      breakBefore = true;
    }
    previousEnd = end;
    wordCount += 1;
    const lower = raw.toLowerCase();
    previousWord = lower;
    const expansion = expand(lower, lex);
    if (typeof expansion === 'string') {
      // A dropped hesitation passes its comma on: ", um, how did i do" still starts a clause at "how".
      if (hesitations.has(expansion)) {
        pendingBreak = breakBefore;
        continue;
      }
      tokens.push({ word: expansion, start, end, sentence, breakBefore });
    } else {
      expansion.forEach((word, k) =>
        tokens.push({ word, start, end, sentence, breakBefore: breakBefore && k === 0 }),
      );
    }
    pendingBreak = false;
  }
  if (/\?/.test(transcript.slice(previousEnd))) questionMarked[sentence] = true;
  return { tokens, wordCount, questionMarked };
}

function endsAbbreviation(between: string, previousWord: string, abbreviations: Set<string>): boolean {
  // "Ms. Jones" and "3 p.m." keep their sentence; a real full stop is followed by more than a space.
  return between.trim() === '.' && (abbreviations.has(previousWord) || previousWord.length === 1);
}

/** The word itself, or the words a contraction stands for. */
function expand(lower: string, lex: CompiledLexicon): string | string[] {
  const hasApostrophe = APOSTROPHE.test(lower);
  const bare = hasApostrophe ? lower.replace(APOSTROPHES, '') : lower;
  const known =
    lex.contractions.get(bare) ?? (hasApostrophe ? lex.apostropheContractions.get(bare) : undefined);
  if (known !== undefined) return known;
  if (!hasApostrophe) return bare;
  const cut = lower.search(APOSTROPHE);
  const stem = lower.slice(0, cut);
  const suffix = lower.slice(cut + 1);
  for (const { stemEnding, suffix: ending, word } of lex.stemSuffixes) {
    if (suffix === ending && stem.endsWith(stemEnding)) return [stem.slice(0, -stemEnding.length), word];
  }
  const expansion = lex.apostropheSuffixes.get(suffix);
  if (expansion !== undefined) return expansion === '' ? [stem] : [stem, expansion];
  return bare;
}
