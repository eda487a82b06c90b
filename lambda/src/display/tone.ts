import type { MoveLabel } from '../analyzer/index.ts';
import { isRiskyMove } from '../analyzer/verdict.ts';

export type Tone = 'risky' | 'weak' | 'good';

/** How a move weighs, for colouring it wherever the close is shown. */
export function toneOf(label: MoveLabel): Tone {
  if (label === 'upbeat_close') return 'good';
  return isRiskyMove(label) ? 'risky' : 'weak';
}
