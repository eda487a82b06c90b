/** The moves a close can make, in coaching priority: the first found leads. */
export const MOVE_LABELS = [
  'fit_probe',
  'performance_check',
  'hard_close',
  'needy',
  'compensation_question',
  'self_undermining',
  'pitch_recap',
  'role_question',
  'process_question',
  'upbeat_close',
] as const;

export type MoveLabel = (typeof MOVE_LABELS)[number];
export type PrimaryLabel = MoveLabel | 'other' | 'empty';
export type Verdict = 'strong' | 'needs_work' | 'risky' | 'empty';

export interface Move {
  label: MoveLabel;
  /** The user's own words: always `transcript.slice(start, end)`. */
  evidence: string;
  start: number;
  end: number;
  /** Whether those words ask something ("did i answer…") rather than state it. */
  question: boolean;
}

export interface AnalysisContext {
  locale?: string;
  role?: string;
  company?: string;
}

/** What the advice is about: the primary move, with a long upbeat close told apart. */
export type AdviceTopic = PrimaryLabel | 'upbeat_close_long';

/** Keys into the i18n resources: the coach chooses the wording, the analyzer only what to say. */
export interface AdviceKeys {
  /** One-sentence reason for the primary finding. */
  reason: `advice.${AdviceTopic}.reason`;
  /** The fuller explanation, for "why?". */
  detail: `advice.${AdviceTopic}.detail`;
}

export interface CloseAnalysis {
  transcript: string;
  moves: Move[];
  primary: PrimaryLabel;
  verdict: Verdict;
  score: number;
  wordCount: number;
  estimatedSeconds: number;
  long: boolean;
  advice: AdviceKeys;
  /** A fresh upbeat close, personalised when role or company are known. */
  example: string;
  /** The user's own close with the good parts kept and the risky ones replaced. */
  rewrite: string;
  /** Whether the rewrite kept enough of the user's words to be called theirs. */
  rewriteKeepsUserWords: boolean;
}
