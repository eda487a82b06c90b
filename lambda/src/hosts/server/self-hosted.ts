import type { Server } from 'node:http';
import { busyAdapter } from '../../persistence/busy-adapter.ts';
import { type LocalStore, startLocalStore } from '../../persistence/local-store.ts';
import { buildSkill } from '../../skill/build-skill.ts';
import { consoleLog, createServer, type ServerLog } from './create-server.ts';
import { createRequestVerifier, type RequestVerifier } from './verify-request.ts';

/**
 * The local store runs in this process, so a write that has started is not abandoned at the skill's usual
 * 1.5 s: it could still land after the user was told it had not. The server's admission gate keeps the
 * work in flight small enough for writes to finish in milliseconds; these bounds are for a stalled
 * machine, and with the gate's 2 s of waiting they still fit Alexa's 8 s.
 */
const STORE_CALL_TIMEOUT_MS = 2_500;
const STORE_TURN_TIMEOUT_MS = 5_500;

export interface SelfHostedOptions {
  dataDir?: string;
  fresh?: boolean;
  /** The real verifier by default; `false` only when the operator asked for it by name. */
  verify?: RequestVerifier | false;
  skillId?: string;
  log?: ServerLog;
}

export interface SelfHosted {
  server: Server;
  store: LocalStore;
}

/** `npm run serve`'s skill, store and server, not yet listening; the load bench builds the same. */
export async function createSelfHosted(options: SelfHostedOptions = {}): Promise<SelfHosted> {
  const store = await startLocalStore({
    fresh: options.fresh ?? false,
    timeoutMs: STORE_CALL_TIMEOUT_MS,
    ...(options.dataDir !== undefined && { dataDir: options.dataDir }),
  });
  const server = createServer({
    skill: buildSkill({ persistenceAdapter: store.adapter, storeTimeoutMs: STORE_TURN_TIMEOUT_MS }),
    overloadSkill: buildSkill({ persistenceAdapter: busyAdapter() }),
    verify: options.verify ?? createRequestVerifier(),
    ...(options.skillId !== undefined && { skillId: options.skillId }),
    log: options.log ?? consoleLog,
  });
  return { server, store };
}
