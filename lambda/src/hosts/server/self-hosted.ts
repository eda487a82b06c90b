import type { Server } from 'node:http';
import { busyAdapter } from '../../persistence/busy-adapter.ts';
import { withKnownOutcome } from '../../persistence/known-outcome-adapter.ts';
import { type LocalStore, startLocalStore } from '../../persistence/local-store.ts';
import { buildSkill } from '../../skill/build-skill.ts';
import { consoleLog, createServer, DEFAULT_ADMISSION, type ServerLog } from './create-server.ts';
import { createRequestVerifier, type RequestVerifier } from './verify-request.ts';

/**
 * A turn's time, within Alexa's 8 s: up to ADMISSION_WAIT_MS queued at the admission gate, then the store
 * calls (a read and a write, and a read-back when the write's answer was late) of STORE_CALL_TIMEOUT_MS
 * each, inside STORE_TURN_TIMEOUT_MS, which is longer than all three so that the turn never gives up on a
 * write whose outcome is still coming.
 */
const ADMISSION_WAIT_MS = 3_500;
const STORE_CALL_TIMEOUT_MS = 1_200;
const STORE_TURN_TIMEOUT_MS = 4_000;

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
    skill: buildSkill({
      persistenceAdapter: withKnownOutcome(store.adapter),
      storeTimeoutMs: STORE_TURN_TIMEOUT_MS,
    }),
    overloadSkill: buildSkill({ persistenceAdapter: busyAdapter() }),
    admission: { ...DEFAULT_ADMISSION, maxWaitMs: ADMISSION_WAIT_MS },
    verify: options.verify ?? createRequestVerifier(),
    ...(options.skillId !== undefined && { skillId: options.skillId }),
    log: options.log ?? consoleLog,
  });
  return { server, store };
}
