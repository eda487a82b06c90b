import type { MoveLabel } from './types.ts';

/**
 * A pattern in the token DSL (see token-pattern.ts): words separated by spaces,
 * `a|b` alternatives, `(two words|one)` phrase alternatives, `word?` optional,
 * `*N` a gap of up to N tokens, `@class` a named word class.
 */
export type PatternSource = string;

export interface MovePatternSpec {
  label: MoveLabel;
  patterns: PatternSource[];
  /** Only counts inside a question (a pay word in a statement is not a pay question). */
  inQuestion?: boolean;
  /** Only counts at the start of a clause ("hire me", not "you should hire me"). */
  clauseStart?: boolean;
  /** A negator just before it cancels it ("i have no concerns"). Defaults to true. */
  negatable?: boolean;
  /** An "if …" earlier in the sentence cancels it: a hypothetical is not a demand. */
  cancelledByCondition?: boolean;
  /** Words that, just before the match, cancel it ("look forward to the next steps"). */
  notAfter?: string[];
  /** Only counts in a statement: "i'm the right hire" claims, "am i the right hire?" asks. */
  notInQuestion?: boolean;
  /** Words that, just after the match, cancel it ("sorry, i have to dash"). */
  notBefore?: string[];
  /** Thanks without any statement of interest: after declining to ask, it is only politeness. */
  politeness?: boolean;
}

/**
 * What a question is about, for questions no move pattern explains: the first
 * topic whose words occur in the question names it; none makes it a question
 * about the role.
 */
export interface QuestionTopicSpec {
  label: MoveLabel;
  /** Only when the question is about the candidate ("i", "me", "my"). */
  aboutCandidate: boolean;
  patterns: PatternSource[];
}

/** Signals that are not moves but change how moves are read. */
export interface MarkerSpec {
  /**
   * `not_a_close` cancels the upbeat reading of the whole close; `declines` (no
   * questions) turns bare thanks into politeness; both, and `aside` (small
   * talk), keep their clause from counting as a question.
   */
  kind: 'not_a_close' | 'declines' | 'aside';
  patterns: PatternSource[];
}

export interface ExampleTemplates {
  /** Used when neither role nor company is known. */
  plain: string[];
  /** `{role}` is filled in. */
  role: string[];
  /** `{company}` is filled in. */
  company: string[];
  /** Both `{role}` and `{company}`. */
  both: string[];
}

export interface RewriteLexicon {
  /** Appended when the kept words state no interest; `{target}` is "the role", "the {role} role at {company}", … */
  interest: string[];
  /** Appended when the kept words do not already end on hoping to hear back. */
  hopeToHear: string[];
  /** Words that already express hope to hear back, so it is not said twice. */
  hopeMarkers: PatternSource[];
  /** Words that already express interest. */
  interestMarkers: PatternSource[];
  /** Leading discourse words dropped from a kept clause ("so", "um", "okay"). */
  leadingFillers: string[];
  /** Words a kept clause must not end on, as clauses cut from run-on speech do ("…meeting the team and"). */
  trailingWords: string[];
  /** How a word is written when spoken forms are turned back into text ("im" → "I'm"). */
  spelling: Record<string, string>;
  /** How "{target}" reads for each kind of context. */
  target: { plain: string; role: string; company: string; both: string };
}

/** A role as a composed sentence needs it: "nurse", "a nurse", "the nurse"; "enfermera", "una enfermera", "la enfermera". */
export interface RolePhrases {
  bare: string;
  indefinite: string;
  definite: string;
}

/**
 * Where a language's grammar differs in ways word lists cannot say: each
 * language supplies one, beside its lexicon (see docs/ARCHITECTURE.md).
 */
export interface GrammarHook {
  /** The role the user gave, without the articles and role nouns a template supplies, with its articles. */
  rolePhrases(role: string): RolePhrases;
  /** A word of the user's, as it is written back into a composed sentence ("i'm" → "I'm"). */
  respell(word: string): string;
}

/** An ending after an apostrophe that takes letters from the stem: "don't" is "do" + "n't". */
export interface StemSuffix {
  /** Letters the stem ends with that belong to the suffix ("n"). */
  stemEnding: string;
  /** What follows the apostrophe ("t"). */
  suffix: string;
  /** The word the whole ending stands for ("not"). */
  word: string;
}

export interface Lexicon {
  language: string;
  /** Contractions as speech recognition also writes them without the apostrophe ("dont", "im"). */
  contractions: Record<string, string>;
  /** Contractions recognised only with the apostrophe, because without it they are other words ("we'll", "it's"). */
  apostropheContractions: Record<string, string>;
  /** Endings after an apostrophe and what they expand to ("'re" → "are"); "'s" on other words is dropped. */
  apostropheSuffixes: Record<string, string>;
  /** Apostrophe endings that take letters from the stem ("n't"). */
  stemSuffixes: StemSuffix[];
  /** Abbreviations whose full stop does not end a sentence ("ms", "dr"). */
  abbreviations: string[];
  /** Tokens dropped before matching: hesitations with no meaning. */
  fillers: string[];
  /** Named word classes referenced as `@name` in patterns. */
  classes: Record<string, string[]>;
  /** Words that turn a following statement into a negative one. */
  negators: string[];
  /** Words that open a hypothetical ("if", "assuming"). */
  conditionals: string[];
  /** Question words that open a direct question at the start of a clause. */
  questionWords: string[];
  /** Words after a question word that make it a question even mid-sentence ("… how soon", "… what kinds"). */
  questionWordComplements: string[];
  /**
   * Whether a question word asks wherever it stands: Spanish accents its
   * interrogatives ("cuándo" asks, "cuando" relates); English "what" also relates.
   */
  questionWordsAskAnywhere: boolean;
  /** Prepositions that belong to the question word after them ("a qué", "con quién", "para cuándo"). */
  questionWordLeads: string[];
  /** Words after a question word that make it a statement ("what i liked", "what a day"). */
  statementAfterQuestionWord: string[];
  /**
   * Auxiliaries followed by the subjects that make them open a question ("did i", "is there").
   * `subjectRequired`: only a listed subject makes it ask, even at a sentence start ("have a great day").
   */
  inversions: { auxiliaries: string[]; subjects: string[]; subjectRequired?: boolean }[];
  /**
   * Openings that ask a yes/no question at the start of a clause where word order
   * does not show it, as in unpunctuated Spanish ("le preocupa algo", "tengo el puesto").
   */
  questionOpeners: PatternSource[];
  /**
   * Words that show a clause asks wherever they stand in it, where neither word
   * order nor an opening does: offered alternatives ("…o no", "…o hay que…").
   */
  questionTails: PatternSource[];
  /** Conjunctions after which an auxiliary may open a new question ("…but is the salary negotiable"). */
  conjunctions: string[];
  /** Thanks that end a clause even without a comma ("thank you is it ok if i call"). */
  thanks: PatternSource[];
  /**
   * What, right after a conditional, makes the hypothetical press the interviewer
   * ("if you had to decide today…") rather than imagine the candidate's own case.
   */
  pressingHypotheticals: PatternSource[];
  /** Words that, after an auxiliary at the very start of a sentence, make it a statement ("would love to join"). */
  sentenceStartStatements: string[];
  /** More subjects that make an auxiliary open a question at the start of a clause ("is the pay negotiable"). */
  clauseStartSubjects: string[];
  /** Discourse words that may stand before a clause's real start ("so", "and", "okay"). */
  discourseWords: string[];
  /** Tokens after which an aux + subject pair is a statement, not a question ("what i can do"). */
  nonQuestionPrecedents: string[];
  /** Verbs after which a question word opens an embedded question ("i'd like to know what"). */
  embeddingVerbs: PatternSource[];
  /** Words that open an embedded yes/no question after such a verb ("…know if", "…whether"). */
  embeddedYesNoWords: string[];
  /** Phrases after which a clause starts though nothing marks it ("quick one", "before i go"). */
  leadIns: PatternSource[];
  /** Lead-ins that announce a question: the clause after them asks, whatever its word order ("una pregunta: los horarios son fijos"). */
  questionLeadIns: PatternSource[];
  /** Fewer words than this make a tag ("isn't it", "¿no?") rather than a question worth naming. */
  minQuestionWords: number;
  /** Question words that are relative pronouns inside a sentence ("someone who can"). */
  relativeWords: string[];
  /** Words that open an elliptical question at the start of a clause ("anything else you need?"). */
  ellipticalQuestionStarts: string[];
  /** Tokens that start a new clause in unpunctuated speech ("thank you", "i really"). */
  clauseOpeners: PatternSource[];
  /** Conjunctions that end a negation's reach ("i'm not nervous but …"). */
  scopeBreakers: string[];
  moves: MovePatternSpec[];
  questionTopics: QuestionTopicSpec[];
  /** Words by which a question is about the candidate. */
  candidateWords: string[];
  markers: MarkerSpec[];
  examples: ExampleTemplates;
  rewrite: RewriteLexicon;
  /** Average speaking rate, for the estimated duration. */
  wordsPerMinute: number;
}
