import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PrimaryLabel, Verdict } from '../../lambda/src/analyzer/index.ts';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface LabelledClose {
  id: string;
  text: string;
  label: string;
  extra?: string[];
  long?: boolean;
}

/** Reads a JSON-lines file of labelled closes. */
export function readLabelledCloses(path: string): LabelledClose[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledClose);
}

/** The shared corpus marks pay questions as `other` with a `compensation` extra; the analyzer names them. */
export function expectedPrimary(row: LabelledClose): PrimaryLabel {
  if (row.label === 'other' && row.extra?.includes('compensation')) return 'compensation_question';
  return row.label as PrimaryLabel;
}

const VERDICT_OF: Record<string, Verdict> = {
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

export function expectedVerdict(row: LabelledClose): Verdict {
  const primary = expectedPrimary(row);
  if (primary === 'upbeat_close' && row.long) return 'needs_work';
  return VERDICT_OF[primary] ?? 'needs_work';
}

/** The same words as speech recognition hands them over: lower case, no punctuation. */
export function asSpoken(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'’\s-]/gu, ' ')
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
