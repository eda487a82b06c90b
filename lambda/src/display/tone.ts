import type { MoveLabel } from '../analyzer/index.ts';

export type Tone = 'risky' | 'weak' | 'good';

const RISKY: ReadonlySet<MoveLabel> = new Set(['fit_probe', 'performance_check', 'hard_close', 'needy']);

/** How a move weighs, for colouring it wherever the close is shown. */
export function toneOf(label: MoveLabel): Tone {
  if (label === 'upbeat_close') return 'good';
  return RISKY.has(label) ? 'risky' : 'weak';
}
