import { translatorFor } from '../locales/index.ts';
import { SUPPORTED_LOCALES } from '../skill/model/load-interaction-model.ts';
import { parseConsoleArguments } from './console/console-options.ts';
import { runConsole } from './console/run-console.ts';
import { runMain } from './run-main.ts';

/** `npm start`: a rehearsal with the skill in the terminal. Exit codes: 0 done, 1 failed, 2 bad arguments. */
async function main(): Promise<number> {
  const parsed = parseConsoleArguments(process.argv.slice(2));
  const { t } = translatorFor(parsed.kind === 'run' ? parsed.options.locale : 'en-US');
  const locales = SUPPORTED_LOCALES.join(', ');
  switch (parsed.kind) {
    case 'help':
      process.stdout.write(`${t('console.usage', { locales })}\n`);
      return 0;
    case 'bad-locale':
      process.stderr.write(`${t('console.badLocale', { locale: parsed.locale, locales })}\n`);
      return 2;
    case 'bad-arguments':
      process.stderr.write(`${parsed.message}\n\n${t('console.usage', { locales })}\n`);
      return 2;
    case 'run':
      break;
  }
  // Set before the skill runs: its log lines would otherwise interleave with the conversation.
  if (!parsed.options.verbose) process.env.CLOSING_COACH_QUIET = '1';
  return runConsole(parsed.options, {
    input: process.stdin,
    output: process.stdout,
    // isTTY is undefined, not false, on pipes and files; runConsole only tests it for truth.
    interactive: process.stdin.isTTY,
    // NO_COLOR counts only when set to something (no-color.org).
    colour: process.stdout.isTTY && !process.env.NO_COLOR,
  });
}

runMain(main);
