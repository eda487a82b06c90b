import type { MoveLabel } from '../analyzer/index.ts';
import { type Tone, toneOf } from './tone.ts';

export interface Span {
  label: MoveLabel;
  start: number;
  end: number;
}

/**
 * A transcript with its flagged spans marked by tone, for text displays (the
 * CLI report, the console). Spans are taken in order; one overlapping an
 * earlier span is left out, so no word is marked twice. `plain` prepares the
 * unmarked text and the marked words alike.
 */
export function markSpans(
  transcript: string,
  spans: readonly Span[],
  mark: (words: string, tone: Tone) => string,
  plain: (text: string) => string = (text) => text,
): string {
  const ordered = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const span of ordered) {
    if (span.start < at) continue;
    out +=
      plain(transcript.slice(at, span.start)) +
      mark(plain(transcript.slice(span.start, span.end)), toneOf(span.label));
    at = span.end;
  }
  return out + plain(transcript.slice(at));
}
