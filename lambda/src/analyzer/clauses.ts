import type { CompiledLexicon, Matches } from './compiled-lexicon.ts';
import type { Token } from './tokenize.ts';

const WH_INVERSION_REACH = 5;

export interface Clause {
  /** Token range [from, to). */
  from: number;
  to: number;
  question: boolean;
  /** Opened by a question word or an inverted auxiliary, not only marked by a question mark. */
  opensQuestion: boolean;
}

export interface ClauseMap {
  clauses: Clause[];
  /** The clause index of each token. */
  clauseOf: Int32Array;
}

/**
 * Splits the tokens into clauses and says which are questions. Speech arrives
 * without punctuation ("thank you for your time did i answer all your questions"),
 * so a clause also starts where a question or a typical statement opens.
 */
export function segmentClauses(
  tokens: readonly Token[],
  questionMarked: readonly boolean[],
  matches: Matches,
  lex: CompiledLexicon,
): ClauseMap {
  const starts = new Uint8Array(tokens.length);
  const opensStatement = new Uint8Array(tokens.length);
  for (const opener of matches.clauseOpeners) opensStatement[opener.from] = 1;
  const opensQuestion = new Uint8Array(tokens.length);
  let lastQuestionWord = -WH_INVERSION_REACH - 1;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (!token) continue;
    if (token.breakBefore) starts[i] = 1;
    // "how many people would you say…": the inversion belongs to the question already open.
    const insideWhQuestion = i - lastQuestionWord <= WH_INVERSION_REACH && !token.breakBefore;
    if (!insideWhQuestion && opensDirectQuestion(tokens, i, starts[i] === 1, lex)) {
      opensQuestion[i] = 1;
      starts[firstOfDiscourseRun(tokens, i, lex)] = 1;
      if (lex.questionWords.has(token.word)) lastQuestionWord = i;
    } else if (i > 0 && !insideWhQuestion) {
      if (opensStatement[i] === 1) starts[i] = 1;
    }
  }
  if (tokens.length > 0) starts[0] = 1;

  const clauses: Clause[] = [];
  const clauseOf = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i += 1) {
    if (starts[i] === 1) clauses.push({ from: i, to: i + 1, question: false, opensQuestion: false });
    const clause = clauses[clauses.length - 1];
    if (!clause) continue;
    clause.to = i + 1;
    clauseOf[i] = clauses.length - 1;
    if (opensQuestion[i] === 1) {
      clause.question = true;
      clause.opensQuestion = true;
    }
  }
  markEmbeddedQuestions(tokens, matches, clauses, clauseOf, lex);
  markQuestionMarkedSentences(tokens, clauses, questionMarked);
  return { clauses, clauseOf };
}

function firstOfDiscourseRun(tokens: readonly Token[], i: number, lex: CompiledLexicon): number {
  let start = i;
  while (start > 0 && !tokens[start]?.breakBefore && lex.discourseWords.has(tokens[start - 1]?.word ?? '')) {
    start -= 1;
  }
  return start;
}

/** Whether only discourse words stand between the last punctuation break and token i. */
export function atClauseStart(tokens: readonly Token[], i: number, lex: CompiledLexicon): boolean {
  for (let k = i; k > 0; k -= 1) {
    if (tokens[k]?.breakBefore) return true;
    if (!lex.discourseWords.has(tokens[k - 1]?.word ?? '')) return false;
  }
  return true;
}

function opensDirectQuestion(
  tokens: readonly Token[],
  i: number,
  punctuatedStart: boolean,
  lex: CompiledLexicon,
): boolean {
  const word = tokens[i]?.word ?? '';
  const next = tokens[i + 1];
  if (!next || next.sentence !== tokens[i]?.sentence) return false;
  const previous = tokens[i - 1]?.word ?? '';
  const beforePrevious = tokens[i - 2]?.word ?? '';
  // "thank you is it ok if i call": thanks close a clause even without a comma.
  const afterThanks = (previous === 'you' && beforePrevious === 'thank') || previous === 'thanks';
  const atStart = afterThanks || punctuatedStart || i === 0 || atClauseStart(tokens, i, lex);
  const midRunAllowed = !lex.nonQuestionPrecedents.has(previous);

  if (lex.questionWords.has(word)) {
    if (atStart) return !lex.statementAfterQuestionWord.has(next.word);
    return midRunAllowed && (isAuxiliary(next.word, lex) || lex.questionWordComplements.has(next.word));
  }
  for (const inversion of lex.inversions) {
    if (!inversion.auxiliaries.has(word)) continue;
    if (atStart) return inversion.subjects.has(next.word) || lex.clauseStartSubjects.has(next.word);
    return midRunAllowed && inversion.subjects.has(next.word);
  }
  return false;
}

function isAuxiliary(word: string, lex: CompiledLexicon): boolean {
  return lex.inversions.some((inversion) => inversion.auxiliaries.has(word));
}

function markEmbeddedQuestions(
  tokens: readonly Token[],
  matches: Matches,
  clauses: Clause[],
  clauseOf: Int32Array,
  lex: CompiledLexicon,
): void {
  for (const match of matches.embeddingVerbs) {
    const after = tokens[match.to]?.word ?? '';
    if (!lex.questionWords.has(after) && after !== 'if' && after !== 'whether') continue;
    // "i don't need to know how i did" asks nothing.
    if (tokens.slice(Math.max(0, match.from - 3), match.from).some((t) => lex.negators.has(t.word))) continue;
    const clause = clauses[clauseOf[match.from] ?? -1];
    if (clause) clause.question = true;
    // "i'd like to know what the next steps are": the question word opened no clause of its own.
    const following = clauses[clauseOf[match.to] ?? -1];
    if (following) following.question = true;
  }
}

function markQuestionMarkedSentences(
  tokens: readonly Token[],
  clauses: Clause[],
  questionMarked: readonly boolean[],
): void {
  for (let c = 0; c < clauses.length; c += 1) {
    const clause = clauses[c];
    const last = tokens[(clause?.to ?? 0) - 1];
    if (!clause || !last || !questionMarked[last.sentence]) continue;
    const nextClause = clauses[c + 1];
    const lastOfSentence = !nextClause || tokens[nextClause.from]?.sentence !== last.sentence;
    if (lastOfSentence) clause.question = true;
  }
}
