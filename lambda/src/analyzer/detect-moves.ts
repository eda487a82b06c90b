import { type Clause, type ClauseMap, DISCOURSE_REACH } from './clauses.ts';
import type { CompiledLexicon, Matches } from './compiled-lexicon.ts';
import type { MarkerSpec, MovePatternSpec } from './lexicon.ts';
import type { Token } from './tokenize.ts';
import type { MoveLabel } from './types.ts';

export interface FoundMove {
  label: MoveLabel;
  /** Token range of the words that triggered it. */
  from: number;
  to: number;
  /** Token range quoted back to the user: the trigger widened to its clause. */
  evidenceFrom: number;
  evidenceTo: number;
  /** Whether the words quoted ask something ("did i…") rather than state it. */
  question: boolean;
}

export interface Detection {
  moves: FoundMove[];
  markers: Set<MarkerSpec['kind']>;
}

const NEGATION_REACH = 5;
const NOT_AFTER_REACH = 5;
const CONDITION_REACH = 14;
const EVIDENCE_LEAD = 8;
const EVIDENCE_TAIL = 12;
const BARE_THANKS_TOKENS = 3;

export function detectMoves(
  tokens: readonly Token[],
  matches: Matches,
  map: ClauseMap,
  lex: CompiledLexicon,
): Detection {
  const markers = new Set<MarkerSpec['kind']>();
  const markedClauses = new Set<number>();
  for (const match of matches.markers) {
    if (match.role.spec.kind === 'not_a_close' && isNegated(tokens, match.from, map, lex)) continue;
    markers.add(match.role.spec.kind);
    markedClauses.add(map.clauseOf[match.from] ?? -1);
  }

  const pressing = new Uint8Array(tokens.length + 1);
  for (const match of matches.pressingHypotheticals) pressing[match.from] = 1;
  const found: FoundMove[] = [];
  // Whether a move other than an upbeat close touches each clause, kept as moves are found.
  const explainedClauses = new Uint8Array(map.clauses.length);
  const record = (move: FoundMove) => {
    found.push(move);
    if (move.label === 'upbeat_close') return;
    const last = map.clauseOf[move.to - 1] ?? -1;
    for (let c = map.clauseOf[move.from] ?? 0; c <= last; c += 1) explainedClauses[c] = 1;
  };
  for (const match of matches.moves) {
    const spec = match.role.spec;
    if (!applies(spec, tokens, match.from, match.to, map, lex, pressing)) continue;
    if (spec.label === 'upbeat_close' && markers.has('not_a_close')) continue;
    if (spec.politeness && markers.has('declines') && isBareThanks(match.from, map)) continue;
    record(withEvidence(spec.label, match.from, match.to, tokens, map, lex));
  }

  const topics = topicIndex(matches);
  map.clauses.forEach((clause, index) => {
    if (!clause.question || clause.to - clause.from < lex.source.minQuestionWords || markedClauses.has(index))
      return;
    if (continuesQuestion(clause, index, map.clauses[index - 1], tokens, explainedClauses)) return;
    if (explainedClauses[index] !== 1) {
      record(
        withEvidence(
          topicOf(clause, map.clauses[index - 1], tokens, topics, lex),
          clause.from,
          clause.to,
          tokens,
          map,
          lex,
        ),
      );
    }
  });

  return { moves: dedupe(found), markers };
}

/**
 * "…the decision rest with you, or with a committee?": a tail after a comma
 * belongs to the question before it rather than asking a new one.
 */
function continuesQuestion(
  clause: Clause,
  index: number,
  previous: Clause | undefined,
  tokens: readonly Token[],
  explainedClauses: Uint8Array,
): boolean {
  if (
    clause.opensQuestion ||
    !previous ||
    tokens[previous.from]?.sentence !== tokens[clause.from]?.sentence
  ) {
    return false;
  }
  // "Hire me, no one is better?": the question mark belongs to the move already found.
  return previous.question || explainedClauses[index - 1] === 1;
}

/** "thanks" or "thank you" on its own, as opposed to warm thanks ("thank you so much for your time"). */
function isBareThanks(from: number, map: ClauseMap): boolean {
  const clause = map.clauses[map.clauseOf[from] ?? -1];
  return clause !== undefined && clause.to - clause.from <= BARE_THANKS_TOKENS;
}

type TopicMatch = Matches['topics'][number];

/** Topic matches by where they start, so a question looks only at its own words. */
function topicIndex(matches: Matches): Map<number, TopicMatch[]> {
  const byStart = new Map<number, TopicMatch[]>();
  for (const match of matches.topics) {
    const list = byStart.get(match.from) ?? [];
    list.push(match);
    byStart.set(match.from, list);
  }
  return byStart;
}

/**
 * What a question no move explains is about. The words before it in the same
 * sentence count too: "if you had to name one weakness, what would it be".
 */
function topicOf(
  clause: Clause,
  previous: Clause | undefined,
  tokens: readonly Token[],
  topics: ReadonlyMap<number, readonly TopicMatch[]>,
  lex: CompiledLexicon,
): MoveLabel {
  const sameSentence =
    previous !== undefined && tokens[previous.from]?.sentence === tokens[clause.from]?.sentence;
  const from = sameSentence ? previous.from : clause.from;
  let aboutCandidate = false;
  for (let k = from; k < clause.to && !aboutCandidate; k += 1) {
    aboutCandidate = lex.candidateWords.has(tokens[k]?.word ?? '');
  }
  const specs = new Set<TopicMatch['role']['spec']>();
  for (let k = from; k < clause.to; k += 1) {
    for (const match of topics.get(k) ?? []) specs.add(match.role.spec);
  }
  for (const spec of lex.source.questionTopics) {
    if (spec.aboutCandidate && !aboutCandidate) continue;
    if (specs.has(spec)) return spec.label;
  }
  return 'role_question';
}

function applies(
  spec: MovePatternSpec,
  tokens: readonly Token[],
  from: number,
  to: number,
  map: ClauseMap,
  lex: CompiledLexicon,
  pressing: Uint8Array,
): boolean {
  const clause = map.clauses[map.clauseOf[from] ?? -1];
  if (!clause) return false;
  if (spec.inQuestion && !clause.question) return false;
  if (spec.notInQuestion && clause.question) return false;
  if (spec.clauseStart && !startsClause(tokens, from, clause, lex)) return false;
  if (spec.negatable !== false && isNegated(tokens, from, map, lex)) return false;
  if (spec.cancelledByCondition && followsCondition(tokens, from, lex, pressing)) return false;
  if (spec.notAfter && precededBy(tokens, from, spec.notAfter)) return false;
  if (spec.notBefore && followedBy(tokens, to, spec.notBefore)) return false;
  return true;
}

function startsClause(tokens: readonly Token[], from: number, clause: Clause, lex: CompiledLexicon): boolean {
  if (from - clause.from > DISCOURSE_REACH) return false;
  for (let k = clause.from; k < from; k += 1) {
    if (!lex.discourseWords.has(tokens[k]?.word ?? '')) return false;
  }
  return true;
}

function isNegated(tokens: readonly Token[], from: number, map: ClauseMap, lex: CompiledLexicon): boolean {
  const clause = map.clauses[map.clauseOf[from] ?? -1];
  if (!clause) return false;
  // A move that opens its own clause is negated only by the word right before it ("no thank you"),
  // so "no i don't have any questions thank you" still thanks.
  if (clause.from === from) {
    const previous = tokens[from - 1];
    return !tokens[from]?.breakBefore && previous !== undefined && lex.negators.has(previous.word);
  }
  // A question that opens with its auxiliary starts afresh: "i haven't managed a budget before is that a concern".
  if (lex.inversions.some((inversion) => inversion.auxiliaries.has(tokens[from]?.word ?? ''))) return false;
  const limit = Math.max(clause.from, from - NEGATION_REACH);
  for (let k = from - 1; k >= limit; k -= 1) {
    const word = tokens[k]?.word ?? '';
    if (lex.scopeBreakers.has(word)) return false;
    if (lex.negators.has(word)) return true;
  }
  return false;
}

/**
 * Whether the move sits in the candidate's own hypothetical ("if i get the
 * job, when would i start"). "If you had to decide today, would you hire me?"
 * still presses for a decision.
 */
function followsCondition(
  tokens: readonly Token[],
  from: number,
  lex: CompiledLexicon,
  pressing: Uint8Array,
): boolean {
  const sentence = tokens[from]?.sentence;
  for (let k = from - 1; k >= Math.max(0, from - CONDITION_REACH); k -= 1) {
    const token = tokens[k];
    if (!token || token.sentence !== sentence) return false;
    if (!lex.conditionals.has(token.word)) continue;
    return pressing[k + 1] !== 1;
  }
  return false;
}

function precededBy(tokens: readonly Token[], from: number, words: readonly string[]): boolean {
  const sentence = tokens[from]?.sentence;
  for (let k = from - 1; k >= Math.max(0, from - NOT_AFTER_REACH); k -= 1) {
    const token = tokens[k];
    if (!token || token.sentence !== sentence) return false;
    if (words.includes(token.word)) return true;
  }
  return false;
}

function followedBy(tokens: readonly Token[], to: number, words: readonly string[]): boolean {
  const sentence = tokens[to - 1]?.sentence;
  for (let k = to; k < Math.min(tokens.length, to + NOT_AFTER_REACH); k += 1) {
    const token = tokens[k];
    if (!token || token.sentence !== sentence) return false;
    if (words.includes(token.word)) return true;
  }
  return false;
}

function withEvidence(
  label: MoveLabel,
  from: number,
  to: number,
  tokens: readonly Token[],
  map: ClauseMap,
  lex: CompiledLexicon,
): FoundMove {
  const first = map.clauses[map.clauseOf[from] ?? -1];
  const last = map.clauses[map.clauseOf[to - 1] ?? -1];
  let evidenceFrom = first && from - first.from <= EVIDENCE_LEAD ? first.from : from;
  // Quote "how did i do", not "so okay how did i do".
  while (evidenceFrom < to - 1 && lex.discourseWords.has(tokens[evidenceFrom]?.word ?? '')) evidenceFrom += 1;
  const evidenceTo = last && last.to - to <= EVIDENCE_TAIL ? Math.max(last.to, to) : to;
  return { label, from, to, evidenceFrom, evidenceTo, question: first?.question ?? false };
}

/**
 * One move per label and place: several patterns often catch the same words.
 * In order of start, a move overlaps an earlier one of its label exactly when
 * it starts before the furthest end kept for that label, so one pass suffices.
 */
export function dedupe(found: readonly FoundMove[]): FoundMove[] {
  const sorted = [...found].sort((a, b) => a.evidenceFrom - b.evidenceFrom || b.evidenceTo - a.evidenceTo);
  const kept: FoundMove[] = [];
  const furthestEnd = new Map<MoveLabel, number>();
  for (const move of sorted) {
    if (move.evidenceFrom < (furthestEnd.get(move.label) ?? -1)) continue;
    kept.push(move);
    furthestEnd.set(move.label, Math.max(furthestEnd.get(move.label) ?? -1, move.evidenceTo));
  }
  return kept;
}
