import type { AnalysisContext, CloseAnalysis } from '../analyzer/index.ts';

export interface BatchInput {
  id: unknown;
  text: string;
  context: AnalysisContext;
}

export type ParsedLine =
  { ok: true; input: BatchInput } | { ok: false; id: unknown; error: 'badJson' | 'badText' | 'textTooLong' };

/** The longest close analysed: far beyond anything said at a door (about 55 words), short of a denial of service. */
export const MAX_TEXT_CHARS = 20_000;

/** One JSONL input line: `{"id", "text", "role"?, "company"?, "locale"?}`. */
export function parseLine(line: string): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { ok: false, id: null, error: 'badJson' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, id: null, error: 'badText' };
  }
  const record = value as Record<string, unknown>;
  const id = record.id ?? null;
  if (typeof record.text !== 'string') return { ok: false, id, error: 'badText' };
  if (record.text.length > MAX_TEXT_CHARS) return { ok: false, id, error: 'textTooLong' };
  const context: AnalysisContext = {};
  if (typeof record.role === 'string') context.role = record.role;
  if (typeof record.company === 'string') context.company = record.company;
  if (typeof record.locale === 'string') context.locale = record.locale;
  return { ok: true, input: { id, text: record.text, context } };
}

/** The result line of the CLI contract (docs/ARCHITECTURE.md), with the evidence and coaching texts added for other tools. */
export function resultLine(id: unknown, analysis: CloseAnalysis): Record<string, unknown> {
  return {
    id,
    verdict: analysis.verdict,
    primary: analysis.primary,
    moves: [...new Set(analysis.moves.map((move) => move.label))],
    score: analysis.score,
    long: analysis.long,
    wordCount: analysis.wordCount,
    estimatedSeconds: analysis.estimatedSeconds,
    evidence: analysis.moves,
    advice: analysis.advice,
    example: analysis.example,
    rewrite: analysis.rewrite,
  };
}
