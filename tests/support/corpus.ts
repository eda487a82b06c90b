import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PrimaryLabel, Verdict } from '../../lambda/src/analyzer/index.ts';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The shared corpora of real closes, per language: other people's sentences, so they stay outside the
 * repository, beside it (CI lays them there). A clone on its own does not have them; see
 * docs/ARCHITECTURE.md, "Tests".
 */
export const SHARED_CORPORA = {
  en: resolve(REPO_ROOT, '../shared/corpus/real-closes.dev.jsonl'),
  es: resolve(REPO_ROOT, '../shared/corpus/es/real-closes.dev.jsonl'),
} as const;

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

/**
 * The shared corpus's closes, or undefined after a one-line notice naming the reader when the corpus is not
 * beside the repository, so a clone on its own still passes and the reader skips what needs it.
 */
export function readSharedCorpus(
  reader: string,
  language: keyof typeof SHARED_CORPORA = 'en',
): LabelledClose[] | undefined {
  const path = SHARED_CORPORA[language];
  if (existsSync(path)) return readLabelledCloses(path);
  console.log(`${reader}: skipping the real-close corpus, absent at ${path}`);
  return undefined;
}

/**
 * Every close the project measures the skill on in a language, as speech
 * recognition hands them over: the project's own labelled sets, and the shared
 * corpus when it is there (skipped with a notice when not).
 */
export function spokenCloses(reader: string, language: keyof typeof SHARED_CORPORA = 'en'): string[] {
  const fixtures = resolve(REPO_ROOT, 'tests/analyzer/fixtures');
  const own = readdirSync(fixtures)
    .filter((name) => name.endsWith(`.${language}.jsonl`))
    .flatMap((name) => readLabelledCloses(resolve(fixtures, name)));
  const shared = readSharedCorpus(reader, language) ?? [];
  return [...own, ...shared].map((row) => asSpoken(row.text)).filter(Boolean);
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
