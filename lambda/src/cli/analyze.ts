import type { Translator } from '../locales/index.ts';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { analyzeClose, UnsupportedLanguageError, type AnalysisContext } from '../analyzer/index.ts';
import { DEFAULT_LOCALE, languageOf, SUPPORTED_LANGUAGES } from '../languages/supported.ts';
import { translatorFor } from '../locales/index.ts';
import { MAX_TEXT_CHARS, parseLine, resultLine } from './jsonl.ts';
import { formatReport, plainStyle, terminalStyle } from './report.ts';
import { runMain } from '../hosts/run-main.ts';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      jsonl: { type: 'boolean', default: false },
      role: { type: 'string' },
      company: { type: 'string' },
      locale: { type: 'string', default: DEFAULT_LOCALE },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (languageOf(values.locale) === undefined) {
    const { t } = translatorFor(DEFAULT_LOCALE);
    process.stderr.write(`${unsupported(t, values.locale)}\n`);
    return 2;
  }
  const { t } = translatorFor(values.locale);
  if (values.help) {
    process.stdout.write(`${t('cli.usage')}\n`);
    return 0;
  }
  if (values.jsonl) return runBatch(t);
  const text = positionals.join(' ');
  if (text.trim() === '') {
    process.stderr.write(`${t('cli.noText')}\n${t('cli.usage')}\n`);
    return 2;
  }
  if (text.length > MAX_TEXT_CHARS) {
    process.stderr.write(`${t('cli.textTooLong', { max: MAX_TEXT_CHARS })}\n`);
    return 2;
  }
  const context: AnalysisContext = { locale: values.locale };
  if (values.role) context.role = values.role;
  if (values.company) context.company = values.company;
  const style = process.stdout.isTTY && !process.env.NO_COLOR ? terminalStyle : plainStyle;
  process.stdout.write(`${formatReport(analyzeClose(text, context), t, style)}\n`);
  return 0;
}

/**
 * One result or error line per input line, in order. Exits 1 when any line
 * failed; a reader that stops early (`| head`) ends the batch quietly.
 */
async function runBatch(t: Translator['t']): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let failed = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') failed = true;
    lines.close();
  });
  for await (const line of lines) {
    if (process.stdout.destroyed) break;
    if (line.trim() === '') continue;
    const out = answer(line, t);
    if ('error' in out) failed = true;
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
  return failed ? 1 : 0;
}

function answer(line: string, t: Translator['t']): Record<string, unknown> {
  const parsed = parseLine(line);
  if (!parsed.ok) return { id: parsed.id, error: t(`cli.${parsed.error}`, { max: MAX_TEXT_CHARS }) };
  const { id, text, context } = parsed.input;
  try {
    return resultLine(id, analyzeClose(text, context));
  } catch (error) {
    if (error instanceof UnsupportedLanguageError) return { id, error: unsupported(t, error.locale) };
    throw error;
  }
}

function unsupported(t: Translator['t'], locale: string): string {
  return t('cli.unsupportedLocale', { locale, supported: SUPPORTED_LANGUAGES.join(', ') });
}

runMain(main);
