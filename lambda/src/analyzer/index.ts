import { blankControlCharacters } from '../common/control-characters.ts';
import { segmentClauses } from './clauses.ts';
import { findMatches } from './compiled-lexicon.ts';
import { composeExample, composeRewrite } from './compose-close.ts';
import { detectMoves, type FoundMove } from './detect-moves.ts';
import { languageFor } from './patterns/index.ts';
import { tokenize, type Token } from './tokenize.ts';
import type { AdviceKeys, AdviceTopic, AnalysisContext, CloseAnalysis, Move, PrimaryLabel } from './types.ts';
import { choosePrimary, LONG_SECONDS, LONG_WORDS, scoreClose, verdictFor } from './verdict.ts';

export type {
  AdviceKeys,
  AdviceTopic,
  AnalysisContext,
  CloseAnalysis,
  Move,
  MoveLabel,
  PrimaryLabel,
  Verdict,
} from './types.ts';
export { MOVE_LABELS } from './types.ts';
export { MAX_CLOSE_WORDS } from './compose-close.ts';
export { isRiskyMove, type RiskyMove } from './verdict.ts';
export { UnsupportedLanguageError } from '../languages/supported.ts';

/**
 * Classifies an interview close: which moves it makes, quoted from the user's
 * own words, the verdict and score, what the coach should explain, an example
 * upbeat close and the user's close tightened. Pure and deterministic; throws
 * only UnsupportedLanguageError, for a locale whose language it does not have.
 */
export function analyzeClose(text: string, context: AnalysisContext = {}): CloseAnalysis {
  const language = languageFor(context.locale);
  const { lexicon, grammar } = language;
  const lex = language.compiled();
  const transcript = typeof text === 'string' ? blankControlCharacters(text.normalize('NFC')).trim() : '';
  const { tokens, wordCount: spokenWords, questionMarked } = tokenize(transcript, lex);
  const wordCount = tokens.length === 0 ? 0 : spokenWords;
  const matches = findMatches(tokens, lex);
  const map = segmentClauses(tokens, questionMarked, matches, lex);
  const found = detectMoves(tokens, matches, map, lex).moves;
  const moves = found.map((move) => toMove(move, tokens, transcript));
  const labels = new Set(moves.map((move) => move.label));

  const estimatedSeconds = Math.round((wordCount / lexicon.wordsPerMinute) * 600) / 10;
  const long = wordCount > LONG_WORDS || estimatedSeconds > LONG_SECONDS;
  const primary = choosePrimary(labels, wordCount);
  const verdict = verdictFor(primary, long);
  const variant = hash(transcript);
  const rewrite = composeRewrite(transcript, tokens, matches, map, found, lex, context, variant);

  return {
    transcript,
    moves,
    primary,
    verdict,
    score: scoreClose(labels, verdict, wordCount),
    wordCount,
    estimatedSeconds,
    long,
    advice: adviceKeys(primary, long),
    example: composeExample(lexicon, grammar, context, variant),
    rewrite: rewrite.text,
    rewriteKeepsUserWords: rewrite.keepsUserWords,
  };
}

/** Another example close; successive variants cycle through the templates. */
export function exampleClose(context: AnalysisContext = {}, variant = 0): string {
  const { lexicon, grammar } = languageFor(context.locale);
  return composeExample(lexicon, grammar, context, variant);
}

function toMove(move: FoundMove, tokens: readonly Token[], transcript: string): Move {
  const start = tokens[move.evidenceFrom]?.start ?? 0;
  const end = tokens[move.evidenceTo - 1]?.end ?? start;
  return { label: move.label, evidence: transcript.slice(start, end), start, end, question: move.question };
}

function adviceKeys(primary: PrimaryLabel, long: boolean): AdviceKeys {
  const topic: AdviceTopic = primary === 'upbeat_close' && long ? 'upbeat_close_long' : primary;
  return { reason: `advice.${topic}.reason`, detail: `advice.${topic}.detail` };
}

/** FNV-1a: a stable choice of wording for the same close, varied across closes. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
