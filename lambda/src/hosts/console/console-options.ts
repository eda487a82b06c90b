import { parseArgs } from 'node:util';
import { isSupportedLocale, type SupportedLocale } from '../../skill/model/load-interaction-model.ts';

export interface ConsoleOptions {
  locale: SupportedLocale;
  screen: boolean;
  speak: boolean;
  verbose: boolean;
  /** Start with a clean profile: the local store is wiped first. */
  fresh: boolean;
  /** Where the embedded store keeps progress between runs. */
  dataDir: string;
}

/** Git-ignored; CLOSING_COACH_DATA_DIR moves it (tests give every run its own). */
export const DEFAULT_DATA_DIR = '.data/dynamo';

export type ParsedArguments =
  | { kind: 'run'; options: ConsoleOptions }
  | { kind: 'help' }
  | { kind: 'bad-locale'; locale: string }
  | { kind: 'bad-arguments'; message: string };

/** Never throws: the entry decides what each outcome prints and which exit code it earns. */
export function parseConsoleArguments(
  argv: readonly string[],
  env: Record<string, string | undefined> = process.env,
): ParsedArguments {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      allowPositionals: false,
      strict: true,
      options: {
        locale: { type: 'string', default: 'en-US' },
        screen: { type: 'boolean', default: false },
        speak: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        fresh: { type: 'boolean', default: false },
        'data-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    return { kind: 'bad-arguments', message: error instanceof Error ? error.message : String(error) };
  }
  if (values.help) return { kind: 'help' };
  if (!isSupportedLocale(values.locale)) return { kind: 'bad-locale', locale: values.locale };
  return {
    kind: 'run',
    options: {
      locale: values.locale,
      screen: values.screen,
      speak: values.speak,
      verbose: values.verbose,
      fresh: values.fresh,
      dataDir: values['data-dir'] ?? env.CLOSING_COACH_DATA_DIR ?? DEFAULT_DATA_DIR,
    },
  };
}
