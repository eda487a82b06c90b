import { MOVE_LABELS, type MoveLabel, type PrimaryLabel, type Verdict } from './types.ts';

/** The move table of docs/ARCHITECTURE.md: what each move means for the close when it leads. */
const VERDICT_OF: Record<MoveLabel | 'other', Verdict> = {
  fit_probe: 'risky',
  performance_check: 'risky',
  hard_close: 'risky',
  needy: 'risky',
  compensation_question: 'needs_work',
  self_undermining: 'needs_work',
  pitch_recap: 'needs_work',
  role_question: 'needs_work',
  process_question: 'needs_work',
  upbeat_close: 'strong',
  other: 'needs_work',
};

/** Whether a move, leading a close, makes it risky (the table's verdict column). */
export function isRiskyMove(label: MoveLabel): boolean {
  return VERDICT_OF[label] === 'risky';
}

/** About 55 words or 20 seconds: past that, the interviewer is waiting for the door. */
export const LONG_WORDS = 55;
export const LONG_SECONDS = 20;

export function choosePrimary(labels: ReadonlySet<MoveLabel>, wordCount: number): PrimaryLabel {
  if (wordCount === 0) return 'empty';
  return MOVE_LABELS.find((label) => labels.has(label)) ?? 'other';
}

export function verdictFor(primary: PrimaryLabel, long: boolean): Verdict {
  if (primary === 'empty') return 'empty';
  if (primary === 'upbeat_close' && long) return 'needs_work';
  return VERDICT_OF[primary];
}

const BANDS: Record<Verdict, [number, number]> = {
  strong: [75, 100],
  needs_work: [40, 74],
  risky: [0, 39],
  empty: [0, 0],
};

/**
 * 0–100: starts from the verdict's band, loses points for every further risky
 * or weak move and for length, gains for a statement of interest. The band
 * keeps the score and the verdict telling the same story.
 */
export function scoreClose(labels: ReadonlySet<MoveLabel>, verdict: Verdict, wordCount: number): number {
  const [low, high] = BANDS[verdict];
  if (verdict === 'empty') return 0;
  let score = high;
  for (const label of labels) {
    const weight = VERDICT_OF[label];
    if (weight === 'risky') score -= 18;
    else if (weight === 'needs_work') score -= 8;
  }
  if (labels.has('upbeat_close') && verdict !== 'strong') score += 6;
  if (wordCount > LONG_WORDS) score -= Math.min(20, Math.round((wordCount - LONG_WORDS) / 3));
  else if (wordCount > 30) score -= 4;
  if (verdict === 'strong' && wordCount < 4) score -= 10;
  return Math.max(low, Math.min(high, score));
}
