import { parseArgs } from 'node:util';

export interface ServerOptions {
  port: number;
  host: string;
  /** Alexa's signature and timestamp checks; off only when asked for by name. */
  verify: boolean;
  /** Start the local store empty. */
  fresh: boolean;
  /** Where the local store keeps progress; the store's own default when not given. */
  dataDir?: string;
  /** Requests for any other skill are refused; required while verification is on. */
  skillId?: string;
}

export type ParsedServerArguments =
  { kind: 'run'; options: ServerOptions } | { kind: 'help' } | { kind: 'bad-arguments'; message: string };

export const DEFAULT_PORT = 3000;
export const DEFAULT_HOST = '127.0.0.1';

export const SERVER_USAGE = `Usage: npm run serve -- [options]

Serves the skill to Alexa over HTTP: POST / or /alexa, GET /health. Put it behind an HTTPS reverse proxy.

Options:
  --port <n>         port to listen on (default ${String(DEFAULT_PORT)}, or PORT)
  --host <address>   address to bind (default ${DEFAULT_HOST}; the proxy connects here)
  --data-dir <path>  where the local store keeps progress (default .data/dynamo)
  --skill-id <id>    the skill's application id (or SKILL_ID); requests for any other skill are
                     refused. Required unless --no-verify
  --fresh            start with an empty local store (only a folder the store created itself)
  --no-verify        skip Alexa's signature and timestamp checks (or CLOSING_COACH_NO_VERIFY=1);
                     for local testing only
  -h, --help         show this help`;

function parsePort(raw: string): number | undefined {
  if (!/^\d{1,5}$/.test(raw)) return undefined;
  const port = Number(raw);
  return port <= 65_535 ? port : undefined;
}

/** Never throws: the entry decides what each outcome prints and which exit code it earns. */
export function parseServerArguments(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): ParsedServerArguments {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      allowPositionals: false,
      strict: true,
      options: {
        port: { type: 'string' },
        host: { type: 'string', default: DEFAULT_HOST },
        'data-dir': { type: 'string' },
        'skill-id': { type: 'string' },
        fresh: { type: 'boolean', default: false },
        'no-verify': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    return { kind: 'bad-arguments', message: error instanceof Error ? error.message : String(error) };
  }
  if (values.help) return { kind: 'help' };
  const rawPort = values.port ?? env.PORT ?? String(DEFAULT_PORT);
  const port = parsePort(rawPort);
  if (port === undefined) return { kind: 'bad-arguments', message: `not a port number: ${rawPort}` };
  if (values.host === '') return { kind: 'bad-arguments', message: '--host needs an address' };
  if (values['data-dir'] === '') return { kind: 'bad-arguments', message: '--data-dir needs a path' };
  const verify = !values['no-verify'] && env.CLOSING_COACH_NO_VERIFY !== '1';
  const skillId = (values['skill-id'] ?? env.SKILL_ID ?? '').trim();
  if (verify && skillId === '') {
    return {
      kind: 'bad-arguments',
      message:
        "With Alexa verification on, the server needs the skill's id (--skill-id or SKILL_ID), or any skill could use it.",
    };
  }
  return {
    kind: 'run',
    options: {
      port,
      host: values.host,
      verify,
      fresh: values.fresh,
      ...(values['data-dir'] !== undefined && { dataDir: values['data-dir'] }),
      ...(skillId !== '' && { skillId }),
    },
  };
}
