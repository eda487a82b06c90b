import { describe, expect, it } from 'vitest';
import { dedupe, type FoundMove } from '../../lambda/src/analyzer/detect-moves.ts';

/**
 * Growth measured by counting work, not by timing: how often dedupe reads a
 * move's fields for n moves and for 4n. Linear (or n log n) work grows about
 * fourfold; the old search of every kept move per move grew sixteenfold.
 */
function countedMoves(n: number): { moves: FoundMove[]; reads: () => number } {
  let reads = 0;
  const moves = Array.from({ length: n }, (_, k) => {
    const fields = { label: 'role_question' as const, from: 2 * k, to: 2 * k + 1, question: true };
    return {
      ...fields,
      get evidenceFrom() {
        reads += 1;
        return 2 * k;
      },
      get evidenceTo() {
        reads += 1;
        return 2 * k + 1;
      },
    };
  });
  return { moves, reads: () => reads };
}

describe('deduplicating moves', () => {
  it('grows linearly with the number of moves found', () => {
    const work = (n: number) => {
      const { moves, reads } = countedMoves(n);
      expect(dedupe(moves)).toHaveLength(n);
      return reads();
    };
    const small = work(1000);
    const large = work(4000);
    expect(large / small).toBeLessThan(6);
  });

  it('keeps one move per label and place, and moves of other labels in the same place', () => {
    const move = (label: FoundMove['label'], evidenceFrom: number, evidenceTo: number): FoundMove => ({
      label,
      from: evidenceFrom,
      to: evidenceTo,
      evidenceFrom,
      evidenceTo,
      question: false,
    });
    const kept = dedupe([
      move('fit_probe', 0, 6),
      move('fit_probe', 2, 4),
      move('upbeat_close', 2, 4),
      move('fit_probe', 6, 8),
      move('fit_probe', 5, 9),
    ]);
    expect(kept.map((m) => [m.label, m.evidenceFrom])).toEqual([
      ['fit_probe', 0],
      ['upbeat_close', 2],
      ['fit_probe', 6],
    ]);
  });
});
