import type {
  GrammarHook,
  Lexicon,
  MarkerSpec,
  MovePatternSpec,
  QuestionTopicSpec,
  StemSuffix,
} from './lexicon.ts';
import { compilePattern, PatternIndex, type CompiledPattern } from './token-pattern.ts';
import type { Token } from './tokenize.ts';

/** What a pattern is for; all of a lexicon's patterns share one index so a close is scanned once. */
export type PatternRole =
  | { kind: 'move'; spec: MovePatternSpec }
  | { kind: 'marker'; spec: MarkerSpec }
  | { kind: 'topic'; spec: QuestionTopicSpec }
  | { kind: 'clauseOpener' }
  | { kind: 'leadIn' }
  | { kind: 'questionLeadIn' }
  | { kind: 'embeddingVerb' }
  | { kind: 'questionOpener' }
  | { kind: 'questionTail' }
  | { kind: 'thanks' }
  | { kind: 'pressingHypothetical' }
  | { kind: 'hope' }
  | { kind: 'interest' };

export interface PatternMatch<R extends PatternRole = PatternRole> {
  role: R;
  /** Token range [from, to). */
  from: number;
  to: number;
}

/** Every pattern match in a close, sorted by what it is for. */
export interface Matches {
  moves: PatternMatch<Extract<PatternRole, { kind: 'move' }>>[];
  markers: PatternMatch<Extract<PatternRole, { kind: 'marker' }>>[];
  topics: PatternMatch<Extract<PatternRole, { kind: 'topic' }>>[];
  clauseOpeners: PatternMatch[];
  leadIns: PatternMatch[];
  questionLeadIns: PatternMatch[];
  embeddingVerbs: PatternMatch[];
  questionOpeners: PatternMatch[];
  questionTails: PatternMatch[];
  thanks: PatternMatch[];
  pressingHypotheticals: PatternMatch[];
  hope: PatternMatch[];
  interest: PatternMatch[];
}

/** A lexicon with its patterns compiled and word lists turned into sets, built once per language. */
export interface CompiledLexicon {
  source: Lexicon;
  grammar: GrammarHook;
  patterns: PatternIndex<PatternRole>;
  negators: Set<string>;
  conditionals: Set<string>;
  questionWords: Set<string>;
  relativeWords: Set<string>;
  ellipticalQuestionStarts: Set<string>;
  questionWordComplements: Set<string>;
  statementAfterQuestionWord: Set<string>;
  inversions: { auxiliaries: Set<string>; subjects: Set<string>; subjectRequired: boolean }[];
  conjunctions: Set<string>;
  questionWordLeads: Set<string>;
  embeddedYesNo: Set<string>;
  clauseStartSubjects: Set<string>;
  sentenceStartStatements: Set<string>;
  candidateWords: Set<string>;
  discourseWords: Set<string>;
  nonQuestionPrecedents: Set<string>;
  scopeBreakers: Set<string>;
  /** Hesitations dropped from the tokens ("um"). */
  hesitations: Set<string>;
  /** Hesitations and discourse words dropped from the front of a kept clause. */
  fillers: Set<string>;
  abbreviations: Set<string>;
  /** Word lists as maps: a plain-object lookup would find "constructor" or "__proto__" on every object. */
  contractions: Map<string, string[]>;
  apostropheContractions: Map<string, string[]>;
  apostropheSuffixes: Map<string, string>;
  stemSuffixes: readonly StemSuffix[];
  spelling: Map<string, string>;
}

/** Built once per language by analyzer/patterns/index.ts, which keeps it. */
export function compileLexicon(lexicon: Lexicon, grammar: GrammarHook): CompiledLexicon {
  const { classes } = lexicon;
  const all: CompiledPattern<PatternRole>[] = [];
  const add = (sources: readonly string[], role: PatternRole) => {
    for (const source of sources) all.push(compilePattern(source, classes, role));
  };
  for (const spec of lexicon.moves) add(spec.patterns, { kind: 'move', spec });
  for (const spec of lexicon.markers) add(spec.patterns, { kind: 'marker', spec });
  for (const spec of lexicon.questionTopics) add(spec.patterns, { kind: 'topic', spec });
  add(lexicon.clauseOpeners, { kind: 'clauseOpener' });
  add(lexicon.leadIns, { kind: 'leadIn' });
  add(lexicon.questionLeadIns, { kind: 'questionLeadIn' });
  add(lexicon.embeddingVerbs, { kind: 'embeddingVerb' });
  add(lexicon.questionOpeners, { kind: 'questionOpener' });
  add(lexicon.questionTails, { kind: 'questionTail' });
  add(lexicon.thanks, { kind: 'thanks' });
  add(lexicon.pressingHypotheticals, { kind: 'pressingHypothetical' });
  add(lexicon.rewrite.hopeMarkers, { kind: 'hope' });
  add(lexicon.rewrite.interestMarkers, { kind: 'interest' });

  const compiled: CompiledLexicon = {
    source: lexicon,
    grammar,
    patterns: new PatternIndex(all),
    negators: new Set(lexicon.negators),
    conditionals: new Set(lexicon.conditionals),
    questionWords: new Set(lexicon.questionWords),
    relativeWords: new Set(lexicon.relativeWords),
    ellipticalQuestionStarts: new Set(lexicon.ellipticalQuestionStarts),
    questionWordComplements: new Set(lexicon.questionWordComplements),
    statementAfterQuestionWord: new Set(lexicon.statementAfterQuestionWord),
    inversions: lexicon.inversions.map((inv) => ({
      auxiliaries: new Set(inv.auxiliaries),
      subjects: new Set(inv.subjects),
      subjectRequired: inv.subjectRequired === true,
    })),
    conjunctions: new Set(lexicon.conjunctions),
    questionWordLeads: new Set(lexicon.questionWordLeads),
    embeddedYesNo: new Set(lexicon.embeddedYesNoWords),
    clauseStartSubjects: new Set(lexicon.clauseStartSubjects),
    sentenceStartStatements: new Set(lexicon.sentenceStartStatements),
    candidateWords: new Set(lexicon.candidateWords),
    discourseWords: new Set(lexicon.discourseWords),
    nonQuestionPrecedents: new Set(lexicon.nonQuestionPrecedents),
    scopeBreakers: new Set(lexicon.scopeBreakers),
    hesitations: new Set(lexicon.fillers),
    fillers: new Set([...lexicon.fillers, ...lexicon.rewrite.leadingFillers]),
    abbreviations: new Set(lexicon.abbreviations),
    contractions: splitValues(lexicon.contractions),
    apostropheContractions: splitValues(lexicon.apostropheContractions),
    apostropheSuffixes: new Map(Object.entries(lexicon.apostropheSuffixes)),
    stemSuffixes: lexicon.stemSuffixes,
    spelling: new Map(Object.entries(lexicon.rewrite.spelling)),
  };
  return compiled;
}

function splitValues(table: Record<string, string>): Map<string, string[]> {
  return new Map(Object.entries(table).map(([key, value]) => [key, value.split(' ')]));
}

/** Scans the tokens once with every pattern of the lexicon. */
export function findMatches(tokens: readonly Token[], lex: CompiledLexicon): Matches {
  const matches: Matches = {
    moves: [],
    markers: [],
    topics: [],
    clauseOpeners: [],
    leadIns: [],
    questionLeadIns: [],
    embeddingVerbs: [],
    questionOpeners: [],
    questionTails: [],
    thanks: [],
    pressingHypotheticals: [],
    hope: [],
    interest: [],
  };
  for (const { pattern, from, to } of lex.patterns.findAll(tokens)) {
    const role = pattern.payload;
    switch (role.kind) {
      case 'move':
        matches.moves.push({ role, from, to });
        break;
      case 'marker':
        matches.markers.push({ role, from, to });
        break;
      case 'topic':
        matches.topics.push({ role, from, to });
        break;
      case 'clauseOpener':
        matches.clauseOpeners.push({ role, from, to });
        break;
      case 'leadIn':
        matches.leadIns.push({ role, from, to });
        break;
      case 'questionLeadIn':
        matches.questionLeadIns.push({ role, from, to });
        break;
      case 'embeddingVerb':
        matches.embeddingVerbs.push({ role, from, to });
        break;
      case 'questionOpener':
        matches.questionOpeners.push({ role, from, to });
        break;
      case 'questionTail':
        matches.questionTails.push({ role, from, to });
        break;
      case 'thanks':
        matches.thanks.push({ role, from, to });
        break;
      case 'pressingHypothetical':
        matches.pressingHypotheticals.push({ role, from, to });
        break;
      case 'hope':
        matches.hope.push({ role, from, to });
        break;
      case 'interest':
        matches.interest.push({ role, from, to });
        break;
    }
  }
  return matches;
}
