import type { ClauseMap } from './clauses.ts';
import type { CompiledLexicon, Matches, PatternMatch } from './compiled-lexicon.ts';
import type { FoundMove } from './detect-moves.ts';
import type { GrammarHook, Lexicon, RolePhrases } from './lexicon.ts';
import type { Token } from './tokenize.ts';
import type { AnalysisContext } from './types.ts';

/** A close to say at the door: short enough for one breath. */
export const MAX_CLOSE_WORDS = 35;
const MAX_KEPT_CLAUSE_WORDS = 18;
const MAX_KEPT_CLAUSES = 2;
const MAX_NAME_LENGTH = 60;

interface Personalisation {
  role?: RolePhrases;
  company?: string;
}

/** Role and company as the user gave them, tidied so they read well inside a sentence. */
function personalisation(context: AnalysisContext, grammar: GrammarHook): Personalisation {
  const tidy = (value: string | undefined) => {
    const cleaned = (value ?? '')
      .replace(/[^\p{L}\p{N}&'\u2019.\- ]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, MAX_NAME_LENGTH)
      .trim();
    return cleaned === '' ? undefined : cleaned;
  };
  const result: Personalisation = {};
  const role = tidy(context.role);
  const company = tidy(context.company);
  if (role) result.role = grammar.rolePhrases(role);
  if (company) result.company = company;
  return result;
}

function fill(template: string, who: Personalisation): string {
  return template
    .replace(/\{aRole\}/g, who.role?.indefinite ?? '')
    .replace(/\{theRole\}/g, who.role?.definite ?? '')
    .replace(/\{role\}/g, who.role?.bare ?? '')
    .replace(/\{company\}/g, who.company ?? '');
}

function kind(who: Personalisation): 'plain' | 'role' | 'company' | 'both' {
  if (who.role && who.company) return 'both';
  if (who.role) return 'role';
  if (who.company) return 'company';
  return 'plain';
}

/** An example upbeat close; `variant` picks among the templates, so "another example" differs. */
export function composeExample(
  lexicon: Lexicon,
  grammar: GrammarHook,
  context: AnalysisContext,
  variant: number,
): string {
  const who = personalisation(context, grammar);
  const templates = lexicon.examples[kind(who)];
  return fill(pick(templates, variant), who);
}

/**
 * The user's own close, tightened: the clauses that thank, show interest or
 * name what they enjoyed are kept in their words; questions and risky lines
 * are dropped; it ends on interest and the hope to hear back.
 */
export function composeRewrite(
  transcript: string,
  tokens: readonly Token[],
  matches: Matches,
  map: ClauseMap,
  moves: readonly FoundMove[],
  lex: CompiledLexicon,
  context: AnalysisContext,
  variant: number,
): { text: string; keepsUserWords: boolean } {
  const lexicon = lex.source;
  const kept: { text: string; from: number; to: number }[] = [];
  // Per clause: 1 when only upbeat moves touch it, 2 when any other move does.
  const touchedBy = new Uint8Array(map.clauses.length);
  for (const move of moves) {
    const mark = move.label === 'upbeat_close' ? 1 : 2;
    const last = map.clauseOf[move.to - 1] ?? -1;
    for (let c = map.clauseOf[move.from] ?? 0; c <= last; c += 1)
      touchedBy[c] = Math.max(touchedBy[c] ?? 0, mark);
  }
  for (const [index, clause] of map.clauses.entries()) {
    if (kept.length >= MAX_KEPT_CLAUSES) break;
    if (clause.question || touchedBy[index] !== 1) continue;
    const text = writeClause(transcript, tokens, clause.from, clause.to, lex);
    const words = text.split(' ').length;
    if (words === 0 || words > MAX_KEPT_CLAUSE_WORDS) continue;
    kept.push({ text, from: clause.from, to: clause.to });
  }

  const within = (found: readonly PatternMatch[]) =>
    found.some((m) => kept.some((k) => m.from >= k.from && m.to <= k.to));
  const hasHope = within(matches.hope);
  const hasInterest = within(matches.interest);

  const who = personalisation(context, lex.grammar);
  const target = fill(lexicon.rewrite.target[kind(who)], who);
  const interest = pick(lexicon.rewrite.interest, variant).replace('{target}', target);
  const hope = pick(lexicon.rewrite.hopeToHear, variant);
  const sentences = kept.map((k) => k.text);
  if (!hasInterest) sentences.push(sentence(hasHope ? interest : `${interest}, ${hope}`));
  else if (!hasHope) sentences.push(sentence(hope.replace(/^and\s+/i, '')));

  while (sentences.length > 1 && countWords(sentences) > MAX_CLOSE_WORDS && kept.length > 0) {
    sentences.splice(kept.length - 1, 1);
    kept.pop();
  }
  return { text: sentences.join(' '), keepsUserWords: kept.length > 0 };
}

function writeClause(
  transcript: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  lex: CompiledLexicon,
): string {
  const lexicon = lex.source;
  let first = from;
  while (first < to - 1 && lex.fillers.has(tokens[first]?.word ?? '')) first += 1;
  const start = tokens[first]?.start ?? 0;
  const end = tokens[to - 1]?.end ?? start;
  const words = transcript
    .slice(start, end)
    .replace(/[.!?;,:]+$/u, '')
    .split(/\s+/)
    .filter((word) => word !== '' && !lexicon.fillers.includes(word.toLowerCase().replace(/[^\p{L}]/gu, '')))
    .map((word) => respell(word, lex));
  while (words.length > 1 && lexicon.rewrite.trailingWords.includes(bare(words[words.length - 1] ?? '')))
    words.pop();
  return sentence(words.join(' '));
}

function bare(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}']/gu, '');
}

function respell(word: string, lex: CompiledLexicon): string {
  const lower = word.toLowerCase();
  return lex.spelling.get(lower) ?? lex.grammar.respell(word);
}

function sentence(text: string): string {
  const trimmed = text.trim().replace(/[,;:]+$/u, '');
  if (trimmed === '') return '';
  const capitalised = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

function countWords(sentences: readonly string[]): number {
  return sentences.join(' ').split(/\s+/).filter(Boolean).length;
}

function pick<T>(items: readonly T[], variant: number): T {
  const item = items[Math.abs(variant) % items.length];
  if (item === undefined) throw new Error('A lexicon list is empty');
  return item;
}
