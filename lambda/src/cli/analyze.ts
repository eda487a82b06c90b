import type { Translator } from '../locales/index.ts';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { analyzeClose, type AnalysisContext } from '../analyzer/index.ts';
import { translatorFor } from '../locales/index.ts';
import { parseLine, resultLine } from './jsonl.ts';
import { formatReport, plainStyle, terminalStyle } from './report.ts';
import { runMain } from '../hosts/run-main.ts';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      jsonl: { type: 'boolean', default: false },
      role: { type: 'string' },
      company: { type: 'string' },
      locale: { type: 'string', default: 'en-US' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const { t } = translatorFor(values.locale);
  if (values.help) {
    process.stdout.write(`${t('cli.usage')}\n`);
    return 0;
  }
  if (values.jsonl) {
    await runBatch(t);
    return 0;
  }
  const text = positionals.join(' ');
  if (text.trim() === '') {
    process.stderr.write(`${t('cli.noText')}\n${t('cli.usage')}\n`);
    return 2;
  }
  const context: AnalysisContext = { locale: values.locale };
  if (values.role) context.role = values.role;
  if (values.company) context.company = values.company;
  const style = process.stdout.isTTY && !process.env.NO_COLOR ? terminalStyle : plainStyle;
  process.stdout.write(`${formatReport(analyzeClose(text, context), t, style)}\n`);
  return 0;
}

async function runBatch(t: Translator['t']): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const parsed = parseLine(line);
    const out = parsed.ok
      ? resultLine(parsed.input.id, analyzeClose(parsed.input.text, parsed.input.context))
      : JSON.stringify({ id: parsed.id, error: t(`cli.${parsed.error}`) });
    process.stdout.write(`${out}\n`);
  }
}

runMain(main);
