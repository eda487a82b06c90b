import type { Translator } from '../locales/index.ts';
import type { CloseAnalysis, Verdict } from '../analyzer/index.ts';
import { markSpans } from '../display/mark-spans.ts';
import { toneOf, type Tone } from '../display/tone.ts';

export interface ReportStyle {
  /** Wraps words the analyzer flagged; `tone` says how the move weighs. */
  mark: (text: string, tone: Tone) => string;
  heading: (text: string) => string;
}

const TONE_OF_VERDICT: Record<Exclude<Verdict, 'empty'>, Tone> = {
  risky: 'risky',
  needs_work: 'weak',
  strong: 'good',
};

export const plainStyle: ReportStyle = {
  mark: (text, tone) => (tone === 'good' ? `{${text}}` : `[${text}]`),
  heading: (text) => text,
};

const COLOURS: Record<Tone, string> = { risky: '\u001b[1;31m', weak: '\u001b[1;33m', good: '\u001b[1;32m' };
export const terminalStyle: ReportStyle = {
  mark: (text, tone) => `${COLOURS[tone]}${text}\u001b[0m`,
  heading: (text) => `\u001b[1m${text}\u001b[0m`,
};

export function markTranscript(analysis: CloseAnalysis, style: ReportStyle): string {
  return markSpans(analysis.transcript, analysis.moves, style.mark);
}

export function formatReport(analysis: CloseAnalysis, t: Translator['t'], style: ReportStyle): string {
  const lines: string[] = [style.heading(t('cli.heading')), ''];
  const field = (name: string, value: string) => lines.push(`${style.heading(`${name}:`)} ${value}`);
  field(t('cli.youSaid'), markTranscript(analysis, style));
  const verdictTone = analysis.verdict === 'empty' ? 'weak' : TONE_OF_VERDICT[analysis.verdict];
  field(t('cli.verdict'), style.mark(t(`verdicts.${analysis.verdict}`), verdictTone));
  field(t('cli.score'), `${analysis.score}/100`);
  const length = t('cli.lengthValue', { count: analysis.wordCount, seconds: analysis.estimatedSeconds });
  field(t('cli.length'), analysis.long ? `${length} (${t('cli.tooLong')})` : length);
  lines.push(
    `${style.heading(`${t('cli.moves')}:`)}${analysis.moves.length === 0 ? ` ${t('cli.noMoves')}` : ''}`,
  );
  for (const move of analysis.moves) {
    lines.push(`  - ${t(`labels.${move.label}`)}: "${style.mark(move.evidence, toneOf(move.label))}"`);
  }
  field(t('cli.why'), t(analysis.advice.reason));
  field(t('cli.more'), t(analysis.advice.detail, { ritual: t('cli.ritual') }));
  if (analysis.rewriteKeepsUserWords) field(t('cli.rewrite'), analysis.rewrite);
  field(t('cli.example'), analysis.example);
  return lines.join('\n');
}
