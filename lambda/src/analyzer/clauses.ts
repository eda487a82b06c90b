import type { CompiledLexicon, Matches } from './compiled-lexicon.ts';
import type { Token } from './tokenize.ts';

const WH_INVERSION_REACH = 5;
// How many discourse words ("so okay and also just") may stand before a clause's real start;
// bounded so a run of them in a long input costs linear time.
export const DISCOURSE_REACH = 8;

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
  const afterLeadIn = new Uint8Array(tokens.length + 1);
  for (const leadIn of matches.leadIns) afterLeadIn[leadIn.to] = 1;
  for (const leadIn of matches.questionLeadIns) afterLeadIn[leadIn.to] = 1;
  const afterThanks = new Uint8Array(tokens.length + 1);
  for (const thanks of matches.thanks) afterThanks[thanks.to] = 1;
  const asksYesNo = new Uint8Array(tokens.length);
  for (const opener of matches.questionOpeners) asksYesNo[opener.from] = 1;
  const opensQuestion = new Uint8Array(tokens.length);
  let lastQuestionWord = -WH_INVERSION_REACH - 1;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (!token) continue;
    if (token.breakBefore || afterLeadIn[i] === 1) starts[i] = 1;
    // "how many people would you say…": the inversion belongs to the question already open.
    const insideWhQuestion = i - lastQuestionWord <= WH_INVERSION_REACH && !token.breakBefore;
    const place: Place = { startsClause: starts[i] === 1, afterThanks: afterThanks[i] === 1 };
    if (
      !insideWhQuestion &&
      (opensDirectQuestion(tokens, i, place, lex) || opensYesNoQuestion(tokens, i, place, asksYesNo, lex))
    ) {
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
  for (const tail of matches.questionTails) {
    const clause = clauses[clauseOf[tail.from] ?? -1];
    if (clause) clause.question = true;
  }
  for (const leadIn of matches.questionLeadIns) {
    const clause = clauses[clauseOf[leadIn.to] ?? -1];
    if (clause && tokens[leadIn.to]?.sentence === tokens[leadIn.from]?.sentence) clause.question = true;
  }
  markEmbeddedQuestions(tokens, matches, clauses, clauseOf, lex);
  markQuestionMarkedSentences(tokens, clauses, questionMarked);
  return { clauses, clauseOf };
}

function firstOfDiscourseRun(tokens: readonly Token[], i: number, lex: CompiledLexicon): number {
  const lead = tokens[i - 1];
  const led = lead !== undefined && !tokens[i]?.breakBefore && lex.questionWordLeads.has(lead.word);
  let start = led && lex.questionWords.has(tokens[i]?.word ?? '') ? i - 1 : i;
  while (
    start > Math.max(0, i - DISCOURSE_REACH) &&
    !tokens[start]?.breakBefore &&
    lex.discourseWords.has(tokens[start - 1]?.word ?? '')
  ) {
    start -= 1;
  }
  return start;
}

/**
 * Whether only discourse words stand between token i and the last punctuation
 * break, or, for an auxiliary, a conjunction: "i'm keen on this but is the
 * salary negotiable" asks; "and how the team works" does not.
 */
function atClauseStart(
  tokens: readonly Token[],
  i: number,
  lex: CompiledLexicon,
  afterConjunction: boolean,
): boolean {
  for (let k = i; k > Math.max(0, i - DISCOURSE_REACH); k -= 1) {
    if (tokens[k]?.breakBefore) return true;
    const previous = tokens[k - 1]?.word ?? '';
    if (afterConjunction && lex.conjunctions.has(previous)) return true;
    if (!lex.discourseWords.has(previous)) return false;
  }
  return i <= DISCOURSE_REACH;
}

/** Where a token stands: after a punctuation break or a lead-in, or right after thanks. */
interface Place {
  startsClause: boolean;
  /** "thank you is it ok if i call": thanks close a clause even without a comma. */
  afterThanks: boolean;
}

/**
 * A yes/no question whose word order does not show it ("le preocupa algo de
 * mi perfil"): the lexicon's openers ask at the start of a clause.
 */
function opensYesNoQuestion(
  tokens: readonly Token[],
  i: number,
  place: Place,
  asksYesNo: Uint8Array,
  lex: CompiledLexicon,
): boolean {
  if (asksYesNo[i] !== 1) return false;
  const token = tokens[i];
  const sentenceStart = i === 0 || tokens[i - 1]?.sentence !== token?.sentence;
  return place.startsClause || sentenceStart || place.afterThanks || atClauseStart(tokens, i, lex, true);
}

function opensDirectQuestion(
  tokens: readonly Token[],
  i: number,
  place: Place,
  lex: CompiledLexicon,
): boolean {
  const token = tokens[i];
  const word = token?.word ?? '';
  const next = tokens[i + 1];
  if (!token || !next || next.sentence !== token.sentence) return false;
  const previous = tokens[i - 1]?.word ?? '';
  const { afterThanks } = place;
  const sentenceStart = i === 0 || tokens[i - 1]?.sentence !== token.sentence;
  const clearStart = place.startsClause || sentenceStart || afterThanks;
  const midRunAllowed = !lex.nonQuestionPrecedents.has(previous);

  if (lex.relativeWords.has(word)) {
    // "…, which matches my experience" relates; only a sentence can open with "which" or "who" as a question.
    return (sentenceStart || afterThanks) && !lex.statementAfterQuestionWord.has(next.word);
  }
  if (lex.questionWords.has(word)) {
    if (clearStart || atClauseStart(tokens, i, lex, false))
      return !lex.statementAfterQuestionWord.has(next.word);
    if (lex.source.questionWordsAskAnywhere)
      return midRunAllowed && !lex.statementAfterQuestionWord.has(next.word);
    return midRunAllowed && (isAuxiliary(next.word, lex) || lex.questionWordComplements.has(next.word));
  }
  if (lex.ellipticalQuestionStarts.has(word)) {
    return (
      (clearStart || atClauseStart(tokens, i, lex, false)) && !lex.statementAfterQuestionWord.has(next.word)
    );
  }
  for (const inversion of lex.inversions) {
    if (!inversion.auxiliaries.has(word)) continue;
    if (clearStart || atClauseStart(tokens, i, lex, true)) {
      if (inversion.subjectRequired) return inversion.subjects.has(next.word);
      if (sentenceStart && !lex.sentenceStartStatements.has(next.word)) return true;
      return inversion.subjects.has(next.word) || lex.clauseStartSubjects.has(next.word);
    }
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
    // "i'm wondering roughly when…": one word may stand between the verb and the question word.
    const opensAt = [match.to, match.to + 1].find((k) => {
      const word = tokens[k]?.word ?? '';
      return lex.questionWords.has(word) || lex.embeddedYesNo.has(word);
    });
    if (opensAt === undefined) continue;
    // "i don't need to know how i did" asks nothing.
    if (tokens.slice(Math.max(0, match.from - 3), match.from).some((t) => lex.negators.has(t.word))) continue;
    const clause = clauses[clauseOf[match.from] ?? -1];
    if (clause) clause.question = true;
    // "i'd like to know what the next steps are": the question word opened no clause of its own.
    const following = clauses[clauseOf[opensAt] ?? -1];
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
