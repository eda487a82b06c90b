import type { AddressInfo } from 'node:net';
import { listen } from '../common/listen.ts';
import { consoleLog } from './server/create-server.ts';
import { exitOnShutdownSignals, shutDownGracefully } from './server/graceful-shutdown.ts';
import { createSelfHosted } from './server/self-hosted.ts';
import { parseServerArguments, SERVER_USAGE } from './server/server-options.ts';
import { createRequestVerifier } from './server/verify-request.ts';
import { runMain } from './run-main.ts';

/** Long enough for the skill's slowest answer; Alexa itself waits only about eight seconds. */
const DRAIN_TIMEOUT_MS = 10_000;

/**
 * `npm run serve`: the skill for self-hosting, with the embedded local store for progress. Exit codes:
 * 0 stopped cleanly, 1 failed or had to cut requests off, 2 bad arguments.
 */
async function main(): Promise<number | undefined> {
  const parsed = parseServerArguments(process.argv.slice(2), process.env);
  switch (parsed.kind) {
    case 'help':
      process.stdout.write(`${SERVER_USAGE}\n`);
      return 0;
    case 'bad-arguments':
      process.stderr.write(`${parsed.message}\n\n${SERVER_USAGE}\n`);
      return 2;
    case 'run':
      break;
  }
  const { options } = parsed;
  const log = consoleLog;
  if (!options.verify) {
    log.warn(
      'Alexa request verification is OFF (--no-verify / CLOSING_COACH_NO_VERIFY=1): anyone who can reach ' +
        'this port can drive the skill as any user. Use it only for local testing.',
    );
  }
  const { server, store } = await createSelfHosted({
    fresh: options.fresh,
    verify: options.verify ? createRequestVerifier() : false,
    log,
    ...(options.dataDir !== undefined && { dataDir: options.dataDir }),
    ...(options.skillId !== undefined && { skillId: options.skillId }),
  });
  let address: AddressInfo;
  try {
    address = await listen(server, options.port, options.host);
  } catch (error) {
    await store.close();
    throw error;
  }
  log.info(`Closing Coach listening on http://${address.address}:${String(address.port)} (POST / or /alexa)`);

  exitOnShutdownSignals(process, {
    shutDown: async (signal) => {
      log.info(`${signal}: no new connections; finishing requests in flight`);
      const outcome = await shutDownGracefully(server, { timeoutMs: DRAIN_TIMEOUT_MS });
      await store.close();
      log.info(outcome === 'drained' ? 'stopped' : 'stopped, cutting off requests that overran');
      return outcome === 'drained' ? 0 : 1;
    },
    exit: (code) => process.exit(code),
    forceExitAfterMs: DRAIN_TIMEOUT_MS + 5_000,
  });
  return undefined;
}

runMain(main);
